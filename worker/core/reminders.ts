/**
 * Reminders (掌上服务): which reminder falls due on which day, its once-only key and its text.
 * Pure: the scheduled job in the worker gathers the facts, asks `dueReminders`, and sends each
 * reminder whose key it could insert first.
 *
 * - 延续: 60 and 35 working days before a licence expires, so there is still time to file at
 *   least 30 working days before (PRODUCT.md §2).
 * - 停业期满: 5 working days before a suspension ends (resume, or the licence is cancelled).
 * - 补正: 3 working days before the applicant's correction period ends.
 * - 核查预约: the day before an agreed inspection appointment.
 *
 * A reminder is due from its day until its subject's own date (a cron that missed a day still
 * sends it late rather than never); a later stage replaces an earlier one not yet sent.
 */
import type { WorkCalendar } from './calendar';
import { addCalendarDays, compareDates } from './dates';

export const REMINDER_KINDS = [
  'renewal_60',
  'renewal_35',
  'suspension_end',
  'correction_due',
  'inspection_appointment',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Working days before expiry of each renewal reminder, and the last day to file. */
export const RENEWAL_REMINDER_DAYS = [60, 35] as const;
export const RENEWAL_FILE_BY_DAYS = 30;
/** Working days before a suspension ends. */
export const SUSPENSION_REMINDER_DAYS = 5;
/** The applicant's correction period (补正期限) in working days, and the reminder before its end. */
export const CORRECTION_PERIOD_DAYS = 10;
export const CORRECTION_REMINDER_DAYS = 3;

export interface LicenceFacts {
  id: string;
  number: string;
  holderApplicantId: string;
  shopName: string;
  status: 'active' | 'suspended' | string;
  expiresOn: string;
  suspendedUntil: string | null;
}

export interface CorrectionFacts {
  applicationId: string;
  ref: string;
  applicantId: string;
  /** The day corrections were requested (China date). */
  requestedOn: string;
}

export interface AppointmentFacts {
  taskId: string;
  applicationId: string;
  ref: string;
  applicantId: string;
  placeName: string;
  windowOn: string;
  windowFrom: string | null;
  windowTo: string | null;
}

export interface ReminderFacts {
  licences: LicenceFacts[];
  corrections: CorrectionFacts[];
  appointments: AppointmentFacts[];
}

export interface DueReminder {
  /** Once-only key: the kind and everything that would make it a different reminder. */
  key: string;
  kind: ReminderKind;
  applicantId: string;
  dueOn: string;
  /** The PWA page the reminder opens. */
  url: string;
  zh: { title: string; body: string };
  en: { title: string; body: string };
  sms: string;
}

const within = (today: string, from: string, to: string) =>
  compareDates(from, today) <= 0 && compareDates(today, to) <= 0;

/** The days the renewal reminders fall due and the last day to file, for a licence. */
export function renewalDates(expiresOn: string, cal: WorkCalendar) {
  return {
    at60: cal.subtractWorkingDays(expiresOn, RENEWAL_REMINDER_DAYS[0]),
    at35: cal.subtractWorkingDays(expiresOn, RENEWAL_REMINDER_DAYS[1]),
    fileBy: cal.subtractWorkingDays(expiresOn, RENEWAL_FILE_BY_DAYS),
  };
}

/** The last day of the applicant's correction period and the day its reminder falls due. */
export function correctionDates(requestedOn: string, cal: WorkCalendar) {
  const by = cal.addWorkingDays(requestedOn, CORRECTION_PERIOD_DAYS);
  return { by, remindOn: cal.subtractWorkingDays(by, CORRECTION_REMINDER_DAYS) };
}

/** Every reminder due on `today` (China date) for the given facts. */
export function dueReminders(
  facts: ReminderFacts,
  today: string,
  cal: WorkCalendar,
): DueReminder[] {
  const out: DueReminder[] = [];
  for (const l of facts.licences) {
    const url = `/services/licences/${l.id}`;
    if (l.status === 'active') {
      const d = renewalDates(l.expiresOn, cal);
      const stage = within(today, d.at35, l.expiresOn)
        ? { kind: 'renewal_35' as const, dueOn: d.at35 }
        : within(today, d.at60, d.at35) && today !== d.at35
          ? { kind: 'renewal_60' as const, dueOn: d.at60 }
          : null;
      if (stage) {
        const late = compareDates(today, d.fileBy) > 0;
        const zh = `您的烟草专卖零售许可证（${l.number}，${l.shopName}）将于${l.expiresOn}到期。${
          late
            ? '已不足30个工作日，请尽快到窗口咨询办理延续。'
            : `请于${d.fileBy}前（到期前30个工作日）在“办理”中申请延续。`
        }`;
        const en = `Your tobacco retail licence (${l.number}, ${l.shopName}) expires on ${l.expiresOn}. ${
          late
            ? 'Fewer than 30 working days remain: please ask the service window about renewal now.'
            : `Please apply for renewal under "Apply" by ${d.fileBy} (30 working days before expiry).`
        }`;
        out.push({
          key: `${stage.kind}:${l.id}:${l.expiresOn}`,
          kind: stage.kind,
          applicantId: l.holderApplicantId,
          dueOn: stage.dueOn,
          url,
          zh: { title: '许可证延续提醒', body: zh },
          en: { title: 'Licence renewal reminder', body: en },
          sms: `【许可微厅】${zh}`,
        });
      }
    }
    if (l.status === 'suspended' && l.suspendedUntil) {
      const dueOn = cal.subtractWorkingDays(l.suspendedUntil, SUSPENSION_REMINDER_DAYS);
      if (within(today, dueOn, l.suspendedUntil)) {
        const zh = `您的许可证（${l.number}，${l.shopName}）停业期限至${l.suspendedUntil}届满。请在届满前申请恢复营业，逾期未恢复营业的，许可证将依法注销。`;
        const en = `The suspension of your licence (${l.number}, ${l.shopName}) ends on ${l.suspendedUntil}. Apply to resume business before then, or the licence will be cancelled.`;
        out.push({
          key: `suspension_end:${l.id}:${l.suspendedUntil}`,
          kind: 'suspension_end',
          applicantId: l.holderApplicantId,
          dueOn,
          url,
          zh: { title: '停业期满提醒', body: zh },
          en: { title: 'Suspension ending', body: en },
          sms: `【许可微厅】${zh}`,
        });
      }
    }
  }
  for (const c of facts.corrections) {
    const d = correctionDates(c.requestedOn, cal);
    if (!within(today, d.remindOn, d.by)) continue;
    const zh = `您的申请（${c.ref}）尚待补正材料，请于${d.by}前在“办理”中补正后重新提交。`;
    const en = `Your application (${c.ref}) is still waiting for corrections: please correct and resubmit under "Apply" by ${d.by}.`;
    out.push({
      key: `correction_due:${c.applicationId}:${c.requestedOn}`,
      kind: 'correction_due',
      applicantId: c.applicantId,
      dueOn: d.remindOn,
      url: `/apply/${c.applicationId}`,
      zh: { title: '补正期限提醒', body: zh },
      en: { title: 'Corrections due', body: en },
      sms: `【许可微厅】${zh}`,
    });
  }
  for (const a of facts.appointments) {
    const dueOn = addCalendarDays(a.windowOn, -1);
    if (!within(today, dueOn, a.windowOn)) continue;
    const time = a.windowFrom ? ` ${a.windowFrom}${a.windowTo ? `–${a.windowTo}` : ''}` : '';
    const zh = `核查人员将于${a.windowOn}${time}到${a.placeName}实地核查（申请${a.ref}），请安排人员在场。`;
    const en = `Inspectors will visit ${a.placeName} on ${a.windowOn}${time} (application ${a.ref}); please make sure someone is there.`;
    out.push({
      key: `inspection_appointment:${a.taskId}:${a.windowOn}:${a.windowFrom ?? ''}`,
      kind: 'inspection_appointment',
      applicantId: a.applicantId,
      dueOn,
      url: `/apply/${a.applicationId}`,
      zh: { title: '实地核查预约提醒', body: zh },
      en: { title: 'Inspection appointment', body: en },
      sms: `【许可微厅】${zh}`,
    });
  }
  return out;
}
