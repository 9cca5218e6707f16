/**
 * Post-licence supervision, 双随机、一公开: plans that draw licensed retailers at random and pair
 * inspectors at random, and publish the results. Who may do what is this file's table, asked by
 * the worker on every route and by the PWA to decide what to offer.
 */
import type { Who } from './access';
import type { StaffRole } from './roles';

export const SUPERVISION_ACTIONS = [
  'read_plans',
  'create_plan',
  'verify_draw',
  'read_conflicts',
  'manage_conflicts',
  'read_rules',
  'write_rules',
  'read_record',
  'record_penalty',
  'record_complaint',
] as const;
export type SupervisionAction = (typeof SUPERVISION_ACTIONS)[number];

/**
 * Approvers plan and draw within their counties; clerks and approvers read their counties'
 * plans and may re-run a draw (anyone who holds the plan may); admins read everything and keep
 * the conflict register and the class rules with the approvers. Inspectors see their checks as
 * tasks, not the plans. A licence's supervision record (penalties and complaints, which feed its
 * class and its weight in a draw): read by the county's clerks and approvers and by admins;
 * complaints are registered at the window (clerks, approvers), penalties are the bureau's
 * decisions (行政处罚), recorded by approvers and admins.
 */
export const SUPERVISION_ACTORS: Record<SupervisionAction, readonly StaffRole[]> = {
  read_plans: ['clerk', 'approver', 'admin'],
  create_plan: ['approver'],
  verify_draw: ['clerk', 'approver', 'admin'],
  read_conflicts: ['approver', 'admin'],
  manage_conflicts: ['approver', 'admin'],
  read_rules: ['clerk', 'approver', 'inspector', 'admin'],
  write_rules: ['admin'],
  read_record: ['clerk', 'approver', 'admin'],
  record_penalty: ['approver', 'admin'],
  record_complaint: ['clerk', 'approver', 'admin'],
};

/**
 * Whether `who` may take `action`, on the county-level units it concerns (a plan's area: one
 * unit, or every unit of the city for a city-wide plan; a conflict's retailer). Admins cover
 * every unit.
 */
export function mayOnSupervision(
  who: Who,
  action: SupervisionAction,
  counties: readonly string[] = [],
): boolean {
  if (who.kind !== 'staff' || !SUPERVISION_ACTORS[action].includes(who.role)) return false;
  if (who.role === 'admin') return true;
  return counties.every((c) => who.counties.includes(c));
}

/** The longest plan period, in calendar days. */
export const MAX_PLAN_DAYS = 366;
/** The most retailers one plan inspects (one task each). */
export const MAX_PLAN_COUNT = 2000;

export const SKIP_REASON_LABELS = {
  conflict: { zh: '核查员回避', en: 'Inspector conflict' },
  same_pair: { zh: '避免同组连续核查', en: 'Same pair as last time' },
  no_inspectors: { zh: '核查员不足', en: 'Too few inspectors' },
} as const;

/** The published result of a finished check (一公开). */
export const PUBLIC_RESULT_LABELS = {
  pass: { zh: '合格', en: 'Compliant' },
  fail: { zh: '责令整改', en: 'Ordered to correct' },
} as const;

/** Where a complaint about a retailer came in. */
export const COMPLAINT_CHANNELS = ['hotline', 'letter', 'online', 'walk_in'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_CHANNEL_LABELS: Record<ComplaintChannel, { zh: string; en: string }> = {
  hotline: { zh: '12313 热线', en: '12313 hotline' },
  letter: { zh: '来信', en: 'Letter' },
  online: { zh: '网上投诉', en: 'Online' },
  walk_in: { zh: '来访', en: 'In person' },
};
