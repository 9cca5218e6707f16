/**
 * Who may file which business type, and when (PRODUCT.md §2). Pure checks on the facts of the
 * existing licence and the dates the applicant gives; every failing reason is listed, so the
 * applicant can fix everything in one go.
 */
import { LICENCE_STATUS_LABELS, type BusinessType, type LicenceStatus } from './business-types';
import type { DayUnit, WorkCalendar } from './calendar';
import { addCalendarDays, addYears, compareDates, isIsoDate, isLeapYear, yearOf } from './dates';

/** Window lengths, all counted in `unit` except the suspension maximum (calendar years). */
export interface PreconditionRules {
  /** Renewal must be filed at least this many days before expiry. */
  renewalLeadDays: number;
  /** A change must be filed within this many days after it happened. */
  changeWindowDays: number;
  /** A closure must be filed within this many days of closing. */
  closureWindowDays: number;
  unit: DayUnit;
  /** Longest suspension, in calendar years. */
  maxSuspensionYears: number;
}

export const DEFAULT_PRECONDITION_RULES: Readonly<PreconditionRules> = {
  renewalLeadDays: 30,
  changeWindowDays: 30,
  closureWindowDays: 30,
  unit: 'working',
  maxSuspensionYears: 1,
};

/** Licence validity in years (烟草专卖零售许可证 is valid for at most 5 years). */
export const LICENCE_VALIDITY_YEARS = 5;

export interface LicenceFacts {
  status: LicenceStatus;
  issuedOn: string;
  expiresOn: string;
  /** Last day of the current suspension, when suspended. */
  suspendedUntil?: string | null;
}

export const CHANGE_KINDS = [
  'name',
  'address_name',
  'legal_rep',
  'address_move',
  'operator',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

type Text = { zh: string; en: string };

/**
 * What changed, in the words the applicant picks from and the clerk reads on the case: one table,
 * so both see the same choice. The wording follows the fields of the licence as this app shows
 * it (店铺名称, 经营地址, and the holder, who for a company is its 法定代表人/负责人), with the
 * licence's printed term in brackets where it differs (字号 is the registered trade name on the
 * business licence), so a shop owner recognises the field and a clerk the legal term. A move or
 * a new operator is not a change (PRODUCT.md §2): their labels say it needs a new application.
 */
export const CHANGE_KIND_LABELS: Record<ChangeKind, Text> = {
  name: { zh: '店铺名称（字号）', en: 'Shop name (trade name)' },
  address_name: {
    zh: '经营地址名称（门牌更名，未搬迁）',
    en: 'Address name (renamed, not moved)',
  },
  legal_rep: { zh: '法定代表人（负责人）', en: 'Legal representative' },
  address_move: { zh: '迁移经营场所（须新办）', en: 'Moved to new premises (new application)' },
  operator: { zh: '更换经营者（须新办）', en: 'New operator (new application)' },
};

export interface PreconditionInput {
  /** Today in China (YYYY-MM-DD). */
  today: string;
  licence?: LicenceFacts;
  changeDate?: string;
  closureDate?: string;
  suspendFrom?: string;
  suspendUntil?: string;
  changeKind?: ChangeKind;
}

export interface PreconditionReason {
  code: string;
  zh: string;
  en: string;
}

export type PreconditionResult = { ok: true } | { ok: false; reasons: PreconditionReason[] };

/**
 * Last day of the licence: the day before the same date five years on. A licence issued on
 * 29 February runs to 28 February, as the anniversary does not exist in a common year.
 */
export function licenceExpiry(issuedOn: string, years = LICENCE_VALIDITY_YEARS): string {
  const target = yearOf(issuedOn) + years;
  if (issuedOn.slice(5) === '02-29' && !isLeapYear(target)) return `${target}-02-28`;
  return addCalendarDays(addYears(issuedOn, years), -1);
}

/** Last day a renewal may be filed: renewalLeadDays (working or calendar) before expiry. */
export function renewalDeadline(
  expiresOn: string,
  cal: WorkCalendar,
  rules: PreconditionRules = DEFAULT_PRECONDITION_RULES,
): string {
  return cal.subtractDays(expiresOn, rules.renewalLeadDays, rules.unit);
}

/** Last day a change may be filed, counted from the day of the change. */
export function changeDeadline(
  changeDate: string,
  cal: WorkCalendar,
  rules: PreconditionRules = DEFAULT_PRECONDITION_RULES,
): string {
  return cal.addDays(changeDate, rules.changeWindowDays, rules.unit);
}

/** Last day a closure may be filed, counted from the day of closing. */
export function closureDeadline(
  closureDate: string,
  cal: WorkCalendar,
  rules: PreconditionRules = DEFAULT_PRECONDITION_RULES,
): string {
  return cal.addDays(closureDate, rules.closureWindowDays, rules.unit);
}

/** Latest allowed last day of a suspension starting on `from`. */
export function maxSuspendUntil(
  from: string,
  rules: PreconditionRules = DEFAULT_PRECONDITION_RULES,
): string {
  return addYears(from, rules.maxSuspensionYears);
}

/** All reasons why `type` cannot be filed now; ok when there are none. */
export function checkPreconditions(
  type: BusinessType,
  input: PreconditionInput,
  cal: WorkCalendar,
  rules: PreconditionRules = DEFAULT_PRECONDITION_RULES,
): PreconditionResult {
  const reasons: PreconditionReason[] = [];
  const add = (code: string, zh: string, en: string): void => void reasons.push({ code, zh, en });
  const { today, licence } = input;
  const u = unitText(rules.unit);

  // A move or a new operator is filed as 'new' while the old licence still exists, so a new
  // application neither needs nor forbids a licence; layout rules are checked elsewhere.
  if (type === 'new') return { ok: true };

  if (!licence) {
    add(
      'licence_required',
      '请选择要办理的许可证。',
      'Choose the licence this application is for.',
    );
    return { ok: false, reasons };
  }

  const needStatus = (allowed: LicenceStatus[]): void => {
    if (allowed.includes(licence.status)) return;
    const now = LICENCE_STATUS_LABELS[licence.status];
    const want = allowed.map((s) => LICENCE_STATUS_LABELS[s]);
    add(
      'licence_status',
      `许可证当前为「${now.zh}」状态，须为「${want.map((w) => w.zh).join('」或「')}」状态。`,
      `The licence is ${now.en.toLowerCase()}; it must be ${want.map((w) => w.en.toLowerCase()).join(' or ')}.`,
    );
  };
  // A licence already marked expired says so through its status; this catches the days before a
  // nightly job flips the status.
  const expiredByDate = (): boolean =>
    licence.status !== 'expired' && compareDates(today, licence.expiresOn) > 0;
  const needNotExpired = (): void => {
    if (!expiredByDate()) return;
    add(
      'licence_expired',
      `许可证已于${licence.expiresOn}到期。`,
      `The licence expired on ${licence.expiresOn}.`,
    );
  };
  // The validated date, or null after adding a reason for a missing or malformed one.
  const dateOf = (value: string | undefined, code: string, zh: string, en: string) => {
    if (value !== undefined && isIsoDate(value)) return value;
    if (value === undefined || value === '') add(code, `请填写${zh}。`, `Enter the ${en}.`);
    else add('date_invalid', `${zh}无效。`, `The ${en} is not a valid date.`);
    return null;
  };

  switch (type) {
    case 'renewal': {
      needStatus(['active']);
      needNotExpired();
      const last = renewalDeadline(licence.expiresOn, cal, rules);
      // Past expiry, "too late" is already said by the expiry or status reason.
      const pastExpiry = compareDates(today, licence.expiresOn) > 0;
      if (!pastExpiry && compareDates(today, last) > 0) {
        add(
          'renewal_too_late',
          `延续申请应在有效期届满${rules.renewalLeadDays}${u.zh}前提出，即不晚于${last}。`,
          `A renewal must be filed ${rules.renewalLeadDays} ${u.en} before expiry, by ${last}.`,
        );
      }
      break;
    }
    case 'change': {
      needStatus(['active']);
      needNotExpired();
      if (input.changeKind === undefined) {
        add('change_kind_required', '请选择变更事项。', 'Choose what has changed.');
      } else if (input.changeKind === 'address_move' || input.changeKind === 'operator') {
        add(
          'change_needs_new_application',
          '迁移经营场所或更换经营者不属于变更，请按新办申请许可证。',
          'A move to new premises or a new operator is not a change: file a new application.',
        );
      }
      const date = dateOf(
        input.changeDate,
        'change_date_required',
        '变更日期',
        'date of the change',
      );
      if (date) {
        const last = changeDeadline(date, cal, rules);
        if (compareDates(date, today) > 0) {
          add(
            'change_date_in_future',
            '变更日期不能晚于今天：请在变更完成后申请。',
            'The date of the change cannot be after today: apply once the change has happened.',
          );
        } else if (compareDates(today, last) > 0) {
          add(
            'change_window_passed',
            `变更应在变更之日起${rules.changeWindowDays}${u.zh}内申请，即不晚于${last}。`,
            `A change must be filed within ${rules.changeWindowDays} ${u.en} of it, by ${last}.`,
          );
        }
      }
      break;
    }
    case 'suspension': {
      needStatus(['active']);
      needNotExpired();
      const from = dateOf(input.suspendFrom, 'suspend_from_required', '停业开始日期', 'start date');
      const until = dateOf(
        input.suspendUntil,
        'suspend_until_required',
        '停业结束日期',
        'end date',
      );
      if (from && compareDates(from, today) < 0) {
        add(
          'suspend_from_past',
          '停业申请应在停业前提出，开始日期不能早于今天。',
          'A suspension must be filed beforehand; it cannot start before today.',
        );
      }
      if (from && until) {
        const max = maxSuspendUntil(from, rules);
        if (compareDates(until, from) <= 0) {
          add(
            'suspend_range_invalid',
            '停业结束日期应晚于开始日期。',
            'The suspension must end after it starts.',
          );
        } else if (compareDates(until, max) > 0) {
          add(
            'suspend_too_long',
            `停业期限最长${rules.maxSuspensionYears}年，结束日期不能晚于${max}。`,
            `A suspension lasts at most ${rules.maxSuspensionYears} year(s): it must end by ${max}.`,
          );
        }
      }
      break;
    }
    case 'resume': {
      needStatus(['suspended']);
      needNotExpired();
      const until = licence.suspendedUntil;
      if (licence.status === 'suspended' && until && compareDates(today, until) > 0) {
        add(
          'resume_too_late',
          `停业期已于${until}届满，逾期未申请恢复营业的，许可证将被注销。`,
          `The suspension ended on ${until}; without a timely resumption the licence is cancelled.`,
        );
      }
      break;
    }
    case 'reissue':
      needStatus(['active', 'suspended']);
      needNotExpired();
      break;
    case 'closure': {
      // No expiry check: a shop may report closing even if its licence ran out meanwhile.
      needStatus(['active', 'suspended']);
      const date = dateOf(input.closureDate, 'closure_date_required', '歇业日期', 'closing date');
      if (date) {
        const last = closureDeadline(date, cal, rules);
        if (compareDates(today, last) > 0) {
          add(
            'closure_window_passed',
            `歇业应在歇业之日起${rules.closureWindowDays}${u.zh}内申请，即不晚于${last}。`,
            `A closure must be filed within ${rules.closureWindowDays} ${u.en} of closing, by ${last}.`,
          );
        }
      }
      break;
    }
  }
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

function unitText(unit: DayUnit): { zh: string; en: string } {
  return unit === 'working' ? { zh: '个工作日', en: 'working days' } : { zh: '日', en: 'days' };
}
