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

/** Every reason a filing can be refused for; the PWA picks some by code (see REASON_TEXTS). */
export const PRECONDITION_CODES = [
  'licence_required',
  'licence_status',
  'licence_expired',
  'date_invalid',
  'renewal_too_late',
  'change_kind_required',
  'change_needs_new_application',
  'change_date_required',
  'change_date_in_future',
  'change_window_passed',
  'suspend_from_required',
  'suspend_until_required',
  'suspend_from_past',
  'suspend_range_invalid',
  'suspend_too_long',
  'resume_too_late',
  'closure_date_required',
  'closure_window_passed',
] as const;
export type PreconditionCode = (typeof PRECONDITION_CODES)[number];

export interface PreconditionReason extends Text {
  code: PreconditionCode;
}

export type PreconditionResult = { ok: true } | { ok: false; reasons: PreconditionReason[] };

/** The dates a filing may need, as the reasons name them. */
const DATE_FIELDS = {
  changeDate: { zh: '变更日期', en: 'date of the change' },
  suspendFrom: { zh: '停业开始日期', en: 'start date' },
  suspendUntil: { zh: '停业结束日期', en: 'end date' },
  closureDate: { zh: '歇业日期', en: 'closing date' },
} satisfies Record<string, Text>;

const required = (field: Text): Text => ({
  zh: `请填写${field.zh}。`,
  en: `Enter the ${field.en}.`,
});

const unitText = (unit: DayUnit): Text =>
  unit === 'working' ? { zh: '个工作日', en: 'working days' } : { zh: '日', en: 'days' };

/** The words of every reason, in both languages; the arguments are the facts each one quotes. */
const REASON_TEXTS = {
  licence_required: () => ({
    zh: '请选择要办理的许可证。',
    en: 'Choose the licence this application is for.',
  }),
  licence_status: (now: LicenceStatus, allowed: readonly LicenceStatus[]) => {
    const is = LICENCE_STATUS_LABELS[now];
    const want = allowed.map((s) => LICENCE_STATUS_LABELS[s]);
    return {
      zh: `许可证当前为「${is.zh}」状态，须为「${want.map((w) => w.zh).join('」或「')}」状态。`,
      en: `The licence is ${is.en.toLowerCase()}; it must be ${want.map((w) => w.en.toLowerCase()).join(' or ')}.`,
    };
  },
  licence_expired: (expiresOn: string) => ({
    zh: `许可证已于${expiresOn}到期。`,
    en: `The licence expired on ${expiresOn}.`,
  }),
  date_invalid: (field: Text) => ({
    zh: `${field.zh}无效。`,
    en: `The ${field.en} is not a valid date.`,
  }),
  renewal_too_late: (days: number, unit: DayUnit, last: string) => ({
    zh: `延续申请应在有效期届满${days}${unitText(unit).zh}前提出，即不晚于${last}。`,
    en: `A renewal must be filed ${days} ${unitText(unit).en} before expiry, by ${last}.`,
  }),
  change_kind_required: () => ({ zh: '请选择变更事项。', en: 'Choose what has changed.' }),
  change_needs_new_application: () => ({
    zh: '迁移经营场所或更换经营者不属于变更，请按新办申请许可证。',
    en: 'A move to new premises or a new operator is not a change: file a new application.',
  }),
  change_date_required: () => required(DATE_FIELDS.changeDate),
  change_date_in_future: () => ({
    zh: '变更日期不能晚于今天：请在变更完成后申请。',
    en: 'The date of the change cannot be after today: apply once the change has happened.',
  }),
  change_window_passed: (days: number, unit: DayUnit, last: string) => ({
    zh: `变更应在变更之日起${days}${unitText(unit).zh}内申请，即不晚于${last}。`,
    en: `A change must be filed within ${days} ${unitText(unit).en} of it, by ${last}.`,
  }),
  suspend_from_required: () => required(DATE_FIELDS.suspendFrom),
  suspend_until_required: () => required(DATE_FIELDS.suspendUntil),
  suspend_from_past: () => ({
    zh: '停业申请应在停业前提出，开始日期不能早于今天。',
    en: 'A suspension must be filed beforehand; it cannot start before today.',
  }),
  suspend_range_invalid: () => ({
    zh: '停业结束日期应晚于开始日期。',
    en: 'The suspension must end after it starts.',
  }),
  suspend_too_long: (years: number, max: string) => ({
    zh: `停业期限最长${years}年，结束日期不能晚于${max}。`,
    en: `A suspension lasts at most ${years} year(s): it must end by ${max}.`,
  }),
  resume_too_late: (until: string) => ({
    zh: `停业期已于${until}届满，逾期未申请恢复营业的，许可证将被注销。`,
    en: `The suspension ended on ${until}; without a timely resumption the licence is cancelled.`,
  }),
  closure_date_required: () => required(DATE_FIELDS.closureDate),
  closure_window_passed: (days: number, unit: DayUnit, last: string) => ({
    zh: `歇业应在歇业之日起${days}${unitText(unit).zh}内申请，即不晚于${last}。`,
    en: `A closure must be filed within ${days} ${unitText(unit).en} of closing, by ${last}.`,
  }),
} satisfies Record<PreconditionCode, (...facts: never[]) => Text>;

type ReasonFacts<C extends PreconditionCode> = Parameters<(typeof REASON_TEXTS)[C]>;

function reason<C extends PreconditionCode>(code: C, ...facts: ReasonFacts<C>): PreconditionReason {
  const text = REASON_TEXTS[code] as (...f: ReasonFacts<C>) => Text;
  return { code, ...text(...facts) };
}

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
  const add = <C extends PreconditionCode>(code: C, ...facts: ReasonFacts<C>): void =>
    void reasons.push(reason(code, ...facts));
  const { today, licence } = input;

  // A move or a new operator is filed as 'new' while the old licence still exists, so a new
  // application neither needs nor forbids a licence; layout rules are checked elsewhere.
  if (type === 'new') return { ok: true };

  if (!licence) {
    add('licence_required');
    return { ok: false, reasons };
  }

  const needStatus = (allowed: LicenceStatus[]): void => {
    if (!allowed.includes(licence.status)) add('licence_status', licence.status, allowed);
  };
  // A licence already marked expired says so through its status; this catches the days before a
  // nightly job flips the status.
  const expiredByDate = (): boolean =>
    licence.status !== 'expired' && compareDates(today, licence.expiresOn) > 0;
  const needNotExpired = (): void => {
    if (expiredByDate()) add('licence_expired', licence.expiresOn);
  };
  // The validated date, or null after adding a reason for a missing or malformed one.
  const dateOf = (
    value: string | undefined,
    missing:
      | 'change_date_required'
      | 'suspend_from_required'
      | 'suspend_until_required'
      | 'closure_date_required',
    field: Text,
  ): string | null => {
    if (value !== undefined && isIsoDate(value)) return value;
    if (value === undefined || value === '') add(missing);
    else add('date_invalid', field);
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
        add('renewal_too_late', rules.renewalLeadDays, rules.unit, last);
      }
      break;
    }
    case 'change': {
      needStatus(['active']);
      needNotExpired();
      if (input.changeKind === undefined) {
        add('change_kind_required');
      } else if (input.changeKind === 'address_move' || input.changeKind === 'operator') {
        add('change_needs_new_application');
      }
      const date = dateOf(input.changeDate, 'change_date_required', DATE_FIELDS.changeDate);
      if (date) {
        const last = changeDeadline(date, cal, rules);
        if (compareDates(date, today) > 0) {
          add('change_date_in_future');
        } else if (compareDates(today, last) > 0) {
          add('change_window_passed', rules.changeWindowDays, rules.unit, last);
        }
      }
      break;
    }
    case 'suspension': {
      needStatus(['active']);
      needNotExpired();
      const from = dateOf(input.suspendFrom, 'suspend_from_required', DATE_FIELDS.suspendFrom);
      const until = dateOf(input.suspendUntil, 'suspend_until_required', DATE_FIELDS.suspendUntil);
      if (from && compareDates(from, today) < 0) add('suspend_from_past');
      if (from && until) {
        const max = maxSuspendUntil(from, rules);
        if (compareDates(until, from) <= 0) {
          add('suspend_range_invalid');
        } else if (compareDates(until, max) > 0) {
          add('suspend_too_long', rules.maxSuspensionYears, max);
        }
      }
      break;
    }
    case 'resume': {
      needStatus(['suspended']);
      needNotExpired();
      const until = licence.suspendedUntil;
      if (licence.status === 'suspended' && until && compareDates(today, until) > 0) {
        add('resume_too_late', until);
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
      const date = dateOf(input.closureDate, 'closure_date_required', DATE_FIELDS.closureDate);
      if (date) {
        const last = closureDeadline(date, cal, rules);
        if (compareDates(today, last) > 0) {
          add('closure_window_passed', rules.closureWindowDays, rules.unit, last);
        }
      }
      break;
    }
  }
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
