import type { ApplicationDetail, Page, QueueItem } from '../../../core/api';
import { getDb } from '../../db/client';
import { workCalendar } from '../calendar/calendar.service';
import { allJurisdictions } from '../jurisdictions/jurisdictions.repo';
import { reasonToldToApplicant } from '../../../core/application-state';
import { countedWithoutHolidays, type WorkCalendar } from '../../../core/calendar';
import { clockColour, workingDaysLeft } from '../../../core/clocks';
import { isPhoneField, maskPhone } from '../../../core/masking';
import {
  LAYOUT_GATE_RULES,
  type LayoutGateBreach,
  type LayoutOverrideRecord,
} from '../../../core/layout-gate';
import type { JurisdictionRow } from '../jurisdictions/jurisdictions.repo';
import { scopeOf } from './applications.access';
import { nameOf } from '../jurisdictions/jurisdictions.repo';
import {
  eventsOf,
  queuePage,
  type ApplicationRow,
  type EventRow,
  type QueueFilter,
} from './applications.repo';
import { caseSopView } from '../sop/sop.case';

function applicantName(row: ApplicationRow, form: Record<string, unknown>): string {
  const fromForm = typeof form.operatorName === 'string' ? form.operatorName : '';
  return row.applicant_name ?? fromForm;
}

/**
 * The form as shown: encrypted fields dropped, phone numbers masked. ID numbers in clear only
 * exist in the applicant's own drafts (submission encrypts them), and the draft needs them back.
 */
function displayForm(form: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(form)) {
    if (k.endsWith('Enc')) continue;
    out[k] = typeof v === 'string' && isPhoneField(k) ? maskPhone(v) : v;
  }
  return out;
}

function parseForm(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A queue row with its clock as of `today` (a China calendar date). */
export function toQueueItem(
  row: ApplicationRow,
  cal: WorkCalendar,
  today: string,
  all: JurisdictionRow[],
): QueueItem {
  const form = parseForm(row.form_json);
  return {
    id: row.id,
    ref: row.ref,
    type: row.type,
    status: row.status,
    applicantName: applicantName(row, form),
    shopName: row.shop_name,
    county: { code: row.jurisdiction_code, name: nameOf(row.jurisdiction_code, all) },
    address: row.address,
    submittedAt: row.submitted_on,
    deadline: row.deadline,
    deadlineEstimated: row.deadline ? countedWithoutHolidays(cal, today, row.deadline) : false,
    workingDaysLeft: row.deadline ? workingDaysLeft(row.deadline, today, cal) : null,
    clock: clockColour(row.deadline, today, cal),
  };
}

function parseData(json: string | null): Record<string, unknown> {
  return json ? parseForm(json) : {};
}

const isBreach = (v: unknown): v is LayoutGateBreach => {
  const b = v as Partial<LayoutGateBreach> | null;
  return (
    typeof b === 'object' &&
    b !== null &&
    LAYOUT_GATE_RULES.includes(b.rule as never) &&
    typeof b.zh === 'string' &&
    typeof b.en === 'string'
  );
};

/**
 * The approvals that overrode layout rules, from the case's history: recorded as
 * `{layoutOverride: {reason, rules}}`, or (before the rules were kept) as the reason alone.
 */
export function layoutOverridesOf(events: EventRow[]): LayoutOverrideRecord[] {
  const out: LayoutOverrideRecord[] = [];
  for (const e of events) {
    if (e.action !== 'approve') continue;
    const o = parseData(e.data_json).layoutOverride;
    if (typeof o === 'string') out.push({ at: e.at, actor: e.actor_name, reason: o, rules: [] });
    else if (o && typeof o === 'object') {
      const { reason, rules } = o as { reason?: unknown; rules?: unknown };
      out.push({
        at: e.at,
        actor: e.actor_name,
        reason: typeof reason === 'string' ? reason : (e.reason ?? ''),
        rules: Array.isArray(rules) ? rules.filter(isBreach) : [],
      });
    }
  }
  return out;
}

/**
 * Who reads a case: its applicant sees the reasons meant for them only (core's
 * REASON_TOLD_TO_APPLICANT: never an override reason or an inspector's note); staff see all.
 */
export type Audience = 'applicant' | 'staff';

/** The case page: the queue fields plus form, history and the masked ID number and phone. */
export function toDetail(
  row: ApplicationRow,
  events: EventRow[],
  cal: WorkCalendar,
  today: string,
  all: JurisdictionRow[],
  audience: Audience,
): ApplicationDetail {
  const form = parseForm(row.form_json);
  const correction = events.filter((e) => e.action === 'request_correction').at(-1);
  let correctionItems: string[] = [];
  if (correction?.reason) correctionItems = correction.reason.split('\n').filter(Boolean);
  return {
    ...toQueueItem(row, cal, today, all),
    version: row.version,
    extended: row.extended === 1,
    licenceNumber: row.licence_number,
    form: displayForm(form),
    licenceId: row.licence_id,
    inspectorIds: scopeOf(row).inspectorIds.slice(),
    applicantIdNumberMasked: row.applicant_id_masked,
    applicantPhoneMasked: row.applicant_phone ? maskPhone(row.applicant_phone) : null,
    // Who overrode which rule and why is the bureau's record, not told to the applicant.
    layoutOverrides: audience === 'staff' ? layoutOverridesOf(events) : [],
    correctionItems,
    // The ground and facts of a 终止办理 are told to the applicant (as a refusal's reasons are).
    termination:
      row.terminated_on && row.termination_ground
        ? {
            on: row.terminated_on,
            ground: row.termination_ground,
            reason: row.termination_reason ?? '',
          }
        : null,
    events: events.map((e) => ({
      id: e.id,
      at: e.at,
      actor: e.actor_name,
      actorKind: e.actor_kind,
      action: e.action,
      from: e.from_status,
      to: e.to_status,
      reason: audience === 'staff' || reasonToldToApplicant(e.action) ? e.reason : null,
    })),
  };
}

/** A case as its page shows it, with its history, clocks as of `today`. */
export async function caseDetail(
  d1: D1Database,
  row: ApplicationRow,
  today: string,
  audience: Audience,
): Promise<ApplicationDetail> {
  const db = getDb(d1);
  const [cal, all, events] = await Promise.all([
    workCalendar(db),
    allJurisdictions(db),
    eventsOf(d1, row.id),
  ]);
  const detail = toDetail(row, events, cal, today, all, audience);
  // The SOP, its promised deadline and the levels' opinions are the bureau's working record.
  if (audience === 'staff') detail.sop = await caseSopView(d1, row, cal);
  return detail;
}

/** One page of cases as the workbench shows them, clocks computed for today. */
export async function queueResponse(
  d1: D1Database,
  filter: Omit<QueueFilter, 'limit' | 'offset'>,
  page: number,
  pageSize: number,
  today: string,
): Promise<Page<QueueItem>> {
  const db = getDb(d1);
  const [cal, all, result] = await Promise.all([
    workCalendar(db),
    allJurisdictions(db),
    queuePage(d1, { ...filter, limit: pageSize, offset: (page - 1) * pageSize }),
  ]);
  return {
    items: result.rows.map((r) => toQueueItem(r, cal, today, all)),
    total: result.total,
    page,
    pageSize,
  };
}
