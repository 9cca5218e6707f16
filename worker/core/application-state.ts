/**
 * The application (申请) state machine. Every status change goes through nextStatus, so the
 * server, the PWA and the tests agree on what is allowed.
 */
import { TYPE_OUTCOMES, type BusinessType } from './business-types';
import type { StaffRole } from './roles';

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'correction_requested',
  'resubmitted',
  'accepted',
  'inspection',
  'approved',
  'refused',
  'delivered',
  'withdrawn',
  'terminated',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_ACTIONS = [
  'submit',
  'request_correction',
  'resubmit',
  'accept',
  'deem_accept',
  'require_inspection',
  'record_inspection',
  'approve',
  'refuse',
  'deliver',
  'withdraw',
  'terminate',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** Who performs an action: an applicant, a staff role, or the system's own clocks. */
export type ActionActor = 'applicant' | Exclude<StaffRole, 'admin'> | 'system';

type Text = { zh: string; en: string };

export const STATUS_LABELS: Record<ApplicationStatus, Text> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  correction_requested: { zh: '待补正', en: 'Correction requested' },
  resubmitted: { zh: '已补正', en: 'Corrected' },
  accepted: { zh: '已受理', en: 'Accepted' },
  inspection: { zh: '核查中', en: 'Under inspection' },
  approved: { zh: '准予许可', en: 'Approved' },
  refused: { zh: '不予许可', en: 'Refused' },
  delivered: { zh: '已送达', en: 'Delivered' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  terminated: { zh: '已终止办理', en: 'Handling terminated' },
};

/**
 * A case's status in the words of its business type: an approved 停业 reads 准予停业, a finished
 * 歇业 已办结 (TYPE_OUTCOMES); every other status reads the same for all types.
 */
export function caseStatusLabel(type: BusinessType, status: ApplicationStatus): Text {
  if (status === 'approved') return TYPE_OUTCOMES[type].approved;
  if (status === 'delivered') return TYPE_OUTCOMES[type].done;
  return STATUS_LABELS[status];
}

export const ACTION_LABELS: Record<ApplicationAction, Text> = {
  submit: { zh: '提交', en: 'Submit' },
  request_correction: { zh: '一次性告知补正', en: 'Request corrections' },
  resubmit: { zh: '提交补正材料', en: 'Submit corrections' },
  accept: { zh: '受理', en: 'Accept' },
  deem_accept: { zh: '逾期视为受理', en: 'Deem accepted' },
  require_inspection: { zh: '安排实地核查', en: 'Require inspection' },
  record_inspection: { zh: '录入核查结果', en: 'Record inspection' },
  approve: { zh: '准予许可', en: 'Approve' },
  refuse: { zh: '不予许可', en: 'Refuse' },
  deliver: { zh: '送达', en: 'Deliver' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  terminate: { zh: '终止办理', en: 'Terminate handling' },
};

export const ACTION_ACTORS: Record<ApplicationAction, ActionActor[]> = {
  submit: ['applicant'],
  resubmit: ['applicant'],
  withdraw: ['applicant'],
  request_correction: ['clerk', 'approver'],
  accept: ['clerk', 'approver'],
  require_inspection: ['clerk', 'approver'],
  deliver: ['clerk', 'approver'],
  // Only an officer assigned to the check records what they found (PRODUCT.md §9).
  record_inspection: ['inspector'],
  approve: ['approver'],
  refuse: ['approver'],
  // Ending a case without a decision is the bureau's act, taken by its head (负责人).
  terminate: ['approver'],
  deem_accept: ['system'],
};

/**
 * Whether the reason recorded with a case event is meant for the applicant, who reads their
 * case's history: the items to correct (补正告知), the reasons of a refusal, of a termination
 * or of an extension (all told by law), their own withdrawal. An approver's layout override, the inspectors'
 * notes, what to check and a delivery note are the bureau's own records: never shown to them.
 */
export const REASON_TOLD_TO_APPLICANT: Readonly<
  Record<ApplicationAction | 'extend' | 'create', boolean>
> = {
  submit: false,
  resubmit: false,
  withdraw: true,
  request_correction: true,
  accept: false,
  deem_accept: false,
  require_inspection: false,
  record_inspection: false,
  approve: false,
  refuse: true,
  terminate: true,
  deliver: false,
  extend: true,
  create: false,
};

/** Whether the applicant may read the reason recorded with an event of `action` (unknown: no). */
export function reasonToldToApplicant(action: string): boolean {
  return (REASON_TOLD_TO_APPLICANT as Record<string, boolean | undefined>)[action] === true;
}

/** Submitted or corrected, waiting to be accepted: the 5-day correction-notice clock runs. */
export const PENDING_ACCEPTANCE_STATUSES = [
  'submitted',
  'resubmitted',
] as const satisfies readonly ApplicationStatus[];

/**
 * Open = filed and not yet decided (submitted … inspection): with the bureau, still
 * withdrawable by the applicant (as is a draft), and terminable by the bureau (终止办理).
 */
export const OPEN_STATUSES = [
  'submitted',
  'correction_requested',
  'resubmitted',
  'accepted',
  'inspection',
] as const satisfies readonly ApplicationStatus[];

/**
 * The statuses whose statutory clock staff work against: the open ones plus `approved`, whose
 * 10-working-day delivery clock still runs (see clocks.ts `currentDeadline`). The staff queue's
 * default view, the workbench counts and the deadline warnings all read this one list.
 */
export const CLOCKED_STATUSES = [
  ...OPEN_STATUSES,
  'approved',
] as const satisfies readonly ApplicationStatus[];

const TRANSITIONS: Record<
  ApplicationAction,
  { from: readonly ApplicationStatus[]; to: ApplicationStatus }
> = {
  submit: { from: ['draft'], to: 'submitted' },
  request_correction: { from: PENDING_ACCEPTANCE_STATUSES, to: 'correction_requested' },
  resubmit: { from: ['correction_requested'], to: 'resubmitted' },
  accept: { from: PENDING_ACCEPTANCE_STATUSES, to: 'accepted' },
  // Set by the clock once the 5-working-day correction window lapses (补正告知 is then too late).
  deem_accept: { from: PENDING_ACCEPTANCE_STATUSES, to: 'accepted' },
  require_inspection: { from: ['accepted'], to: 'inspection' },
  record_inspection: { from: ['inspection'], to: 'accepted' },
  approve: { from: ['accepted'], to: 'approved' },
  refuse: { from: ['accepted'], to: 'refused' },
  deliver: { from: ['approved'], to: 'delivered' },
  withdraw: { from: ['draft', ...OPEN_STATUSES], to: 'withdrawn' },
  // 终止办理: the bureau ends an undecided case (no 补正 in time, premises not found …).
  terminate: { from: OPEN_STATUSES, to: 'terminated' },
};

const TERMINAL: readonly ApplicationStatus[] = ['refused', 'delivered', 'withdrawn', 'terminated'];

/** Facts from the application's history that the bare status does not carry. */
export interface TransitionContext {
  /** A correction was already requested once; the law wants all gaps listed at once. */
  correctionRequested?: boolean;
}

export type TransitionResult = { ok: true; to: ApplicationStatus } | { ok: false; reason: Text };

/** Runtime guard for statuses arriving as strings (database rows, query parameters). */
export function isApplicationStatus(s: string): s is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(s);
}

/** Runtime guard for actions arriving as strings (request bodies). */
export function isApplicationAction(s: string): s is ApplicationAction {
  return (APPLICATION_ACTIONS as readonly string[]).includes(s);
}

/** The status after `action` from `from`, or a bilingual reason why it is not allowed. */
export function nextStatus(
  from: ApplicationStatus,
  action: ApplicationAction,
  ctx: TransitionContext = {},
): TransitionResult {
  if (!isApplicationStatus(from) || !isApplicationAction(action)) {
    return {
      ok: false,
      reason: { zh: '未知的状态或操作。', en: 'Unknown status or action.' },
    };
  }
  const t = TRANSITIONS[action];
  if (!t.from.includes(from)) {
    const s = STATUS_LABELS[from];
    const a = ACTION_LABELS[action];
    return {
      ok: false,
      reason: {
        zh: `申请处于「${s.zh}」状态，不能执行「${a.zh}」。`,
        en: `An application that is "${s.en}" cannot take the action "${a.en}".`,
      },
    };
  }
  // Reaching 'resubmitted' needs an earlier correction request, so the status alone proves it.
  const alreadyRequested = ctx.correctionRequested === true || from === 'resubmitted';
  if (action === 'request_correction' && alreadyRequested) {
    return {
      ok: false,
      reason: {
        zh: '补正材料应一次性告知，本申请已告知过补正，不能再次要求补正。',
        en: 'Missing materials must be listed all at once; corrections were already requested for this application.',
      },
    };
  }
  return { ok: true, to: t.to };
}

/** The actions allowed from `status` (given the history facts in `ctx`), in canonical order. */
export function allowedActions(
  status: ApplicationStatus,
  ctx: TransitionContext = {},
): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((a) => nextStatus(status, a, ctx).ok);
}

/** No action leads out of a terminal status. */
export function isTerminal(status: ApplicationStatus): boolean {
  return TERMINAL.includes(status);
}

/** Whether `status` is one of OPEN_STATUSES. */
export function isOpen(status: ApplicationStatus): boolean {
  return (OPEN_STATUSES as readonly ApplicationStatus[]).includes(status);
}

/** Whether `status` is one of CLOCKED_STATUSES: staff work against its deadline. */
export function isClocked(status: ApplicationStatus): boolean {
  return (CLOCKED_STATUSES as readonly ApplicationStatus[]).includes(status);
}
