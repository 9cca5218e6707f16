/**
 * Statutory clocks (PRODUCT.md §2): correction notice, decision, extension and delivery periods.
 * All lengths and the unit are configuration; the defaults follow the 37号令.
 */
import type { ApplicationStatus } from './application-state';
import type { DayUnit, WorkCalendar } from './calendar';
import { compareDates } from './dates';

/** The traffic light of a case's deadline (see clockColour); `none` when no clock runs. */
export const CLOCK_COLOURS = ['green', 'yellow', 'red', 'none'] as const;
export type ClockColour = (typeof CLOCK_COLOURS)[number];

/** Words beside the colour, never colour alone (WCAG 1.4.1): staff queue, warnings, case pages. */
export const CLOCK_LABELS: Record<ClockColour, { zh: string; en: string }> = {
  green: { zh: '正常', en: 'On time' },
  yellow: { zh: '临期', en: 'Due soon' },
  red: { zh: '超期', en: 'Overdue' },
  none: { zh: '未计时', en: 'No clock' },
};

/** Period lengths for each clock, all counted in `unit`. */
export interface ClockRules {
  /** 补正告知: gaps must be listed within this many days of submission, or it is accepted. */
  correctionNoticeDays: number;
  /** Decision within this many days of acceptance. */
  decisionDays: number;
  /** One extension, with a reason, adds this many days to the decision period. */
  extensionDays: number;
  /** Licence delivered within this many days of approval. */
  deliveryDays: number;
  unit: DayUnit;
}

export const DEFAULT_CLOCK_RULES: Readonly<ClockRules> = {
  correctionNoticeDays: 5,
  decisionDays: 20,
  extensionDays: 10,
  deliveryDays: 10,
  unit: 'working',
};

/** Last day on which corrections may be requested; afterwards the application is deemed accepted. */
export function correctionDeadline(
  submittedOn: string,
  cal: WorkCalendar,
  rules: ClockRules = DEFAULT_CLOCK_RULES,
): string {
  return cal.addDays(submittedOn, rules.correctionNoticeDays, rules.unit);
}

/** Last day for the decision; an extension adds extensionDays on top of decisionDays. */
export function decisionDeadline(
  acceptedOn: string,
  extended: boolean,
  cal: WorkCalendar,
  rules: ClockRules = DEFAULT_CLOCK_RULES,
): string {
  const days = rules.decisionDays + (extended ? rules.extensionDays : 0);
  return cal.addDays(acceptedOn, days, rules.unit);
}

/** Last day to deliver the licence after approval. */
export function deliveryDeadline(
  approvedOn: string,
  cal: WorkCalendar,
  rules: ClockRules = DEFAULT_CLOCK_RULES,
): string {
  return cal.addDays(approvedOn, rules.deliveryDays, rules.unit);
}

/** The dates an application's clocks start from, as far as they are known. */
export interface ClockFacts {
  status: ApplicationStatus;
  /** For 'resubmitted', the caller passes the date the corrections came in. */
  submittedOn?: string | null;
  acceptedOn?: string | null;
  approvedOn?: string | null;
  extended?: boolean;
}

/**
 * The deadline of the step the application is in, or null when no clock runs (draft, waiting
 * for the applicant's corrections, decided) or the start date is unknown.
 */
export function currentDeadline(
  app: ClockFacts,
  cal: WorkCalendar,
  rules: ClockRules = DEFAULT_CLOCK_RULES,
): string | null {
  switch (app.status) {
    case 'submitted':
    case 'resubmitted':
      return app.submittedOn ? correctionDeadline(app.submittedOn, cal, rules) : null;
    case 'accepted':
    case 'inspection':
      return app.acceptedOn
        ? decisionDeadline(app.acceptedOn, app.extended === true, cal, rules)
        : null;
    case 'approved':
      return app.approvedOn ? deliveryDeadline(app.approvedOn, cal, rules) : null;
    default:
      return null;
  }
}

/** True once `today` is past the correction deadline: silence counts as acceptance. */
export function isDeemedAccepted(
  submittedOn: string,
  today: string,
  cal: WorkCalendar,
  rules: ClockRules = DEFAULT_CLOCK_RULES,
): boolean {
  return compareDates(today, correctionDeadline(submittedOn, cal, rules)) > 0;
}

/** Working days in (today, deadline]: 0 on the deadline day, negative once overdue. */
export function workingDaysLeft(deadline: string, today: string, cal: WorkCalendar): number {
  return cal.workingDaysBetween(today, deadline);
}

/**
 * Traffic light for a deadline: red once today is past it, yellow with one working day or less
 * left (the deadline day included), green otherwise, none without a deadline.
 */
export function clockColour(
  deadline: string | null,
  today: string,
  cal: WorkCalendar,
): ClockColour {
  if (deadline === null) return 'none';
  if (compareDates(today, deadline) > 0) return 'red';
  return workingDaysLeft(deadline, today, cal) <= 1 ? 'yellow' : 'green';
}

/**
 * The deadline the bureau promised (承诺时限, SOP settings) for the step the case is in, beside
 * the statutory one: `promised` holds the SOP's shorter periods. Never later than the law's
 * deadline, whatever the rules say; null when no clock runs.
 * @example promisedDeadline({ status: 'accepted', acceptedOn: '2026-03-02' }, cal, { ...DEFAULT_CLOCK_RULES, decisionDays: 10 }) === '2026-03-16'
 */
export function promisedDeadline(
  app: ClockFacts,
  cal: WorkCalendar,
  promised: ClockRules,
  rules: ClockRules = DEFAULT_CLOCK_RULES,
): string | null {
  const law = currentDeadline(app, cal, rules);
  const promise = currentDeadline(app, cal, promised);
  if (law === null || promise === null) return law;
  return compareDates(promise, law) < 0 ? promise : law;
}
