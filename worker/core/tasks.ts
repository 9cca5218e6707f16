/**
 * Inspection tasks (核查任务): one inspection of one place, by two or more officers on site
 * (the two-officer rule) or remotely. A task comes from a case (新办, 延续, 变更, 恢复营业 when
 * the rules want a look: the case's 安排实地核查) or, later, from a supervision plan. Its clock
 * runs on the working-day calendar. Who may do what with a task is this file's table, asked by
 * the worker on every route and by the PWA to decide what to offer.
 */
import type { WorkCalendar } from './calendar';
import type { Who } from './access';
import type { StaffRole } from './roles';

/**
 * `recorded`: one officer has sent the on-site record; it waits for a second officer of the task
 * to confirm it on their own phone (the two-officer rule: two officers stand behind a result).
 * Only the confirmation finishes the task and moves the case on.
 */
export const TASK_STATES = ['assigned', 'in_progress', 'recorded', 'done', 'cancelled'] as const;
/** The states of a task still to be worked on (the officers' "to do" list). */
export const OPEN_TASK_STATES = ['assigned', 'in_progress', 'recorded'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export const TASK_KINDS = ['on_site', 'remote'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_SOURCES = ['case', 'plan'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

export const TASK_ACTIONS = [
  'accept',
  'start',
  'set_window',
  'record',
  'confirm',
  'dispute',
  'reassign',
  'cancel',
] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

/** An on-site check needs two officers or more (烟草专卖行政执法: two officers, IDs shown). */
export const MIN_ON_SITE_OFFICERS = 2;
/** The most officers one task takes. */
export const MAX_OFFICERS = 6;
/** The checklist every task names until the catalogue (云上核查) versions its own. */
export const CHECKLIST_VERSION = 'onsite-2026.1';
/** Working days from assignment to the task's deadline. */
export const TASK_WORKING_DAYS = 5;

export const TASK_STATE_LABELS: Record<TaskState, { zh: string; en: string }> = {
  assigned: { zh: '已指派', en: 'Assigned' },
  in_progress: { zh: '核查中', en: 'In progress' },
  recorded: { zh: '待同组确认', en: 'Awaiting confirmation' },
  done: { zh: '已完成', en: 'Done' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

export const TASK_KIND_LABELS: Record<TaskKind, { zh: string; en: string }> = {
  on_site: { zh: '实地核查', en: 'On site' },
  remote: { zh: '远程核查', en: 'Remote' },
};

export const TASK_ACTION_LABELS: Record<TaskAction, { zh: string; en: string }> = {
  accept: { zh: '接受任务', en: 'Accept' },
  start: { zh: '到达现场，开始核查', en: 'Arrived: start' },
  set_window: { zh: '约定上门时间', en: 'Set the appointment' },
  record: { zh: '填写核查记录', en: 'Record the check' },
  confirm: { zh: '确认核查记录', en: 'Confirm the record' },
  dispute: { zh: '对记录有异议', en: 'Dispute the record' },
  reassign: { zh: '重新指派', en: 'Reassign' },
  cancel: { zh: '取消任务', en: 'Cancel' },
};

/**
 * Who may do what with a task (PRODUCT.md §9): clerks assign (through the case), approvers
 * reassign and cancel, the task's own officers accept, start and agree the appointment (the
 * clerk who arranged it may set the appointment too), and record the check: the checklist
 * record. Another officer of the task (never its author) confirms it or disputes it; the
 * confirmation is what finishes the task and, for a case's task, is the case's record_inspection.
 */
export const TASK_ACTORS: Record<TaskAction, readonly (StaffRole | 'officer')[]> = {
  accept: ['officer'],
  start: ['officer'],
  set_window: ['officer', 'clerk', 'approver'],
  record: ['officer'],
  confirm: ['officer'],
  dispute: ['officer'],
  reassign: ['approver'],
  cancel: ['approver'],
};

/** The actions only an officer other than the record's author may take. */
const NOT_BY_AUTHOR: readonly TaskAction[] = ['confirm', 'dispute'];

/** The states each action may start from. */
const FROM: Record<TaskAction, readonly TaskState[]> = {
  accept: ['assigned'],
  start: ['assigned', 'in_progress'],
  set_window: ['assigned'],
  record: ['assigned', 'in_progress'],
  confirm: ['recorded'],
  dispute: ['recorded'],
  reassign: ['assigned', 'in_progress'],
  cancel: ['assigned', 'in_progress'],
};

/** What the rules need to know about a task. */
export interface TaskScope {
  county: string;
  state: TaskState;
  source: TaskSource;
  officerIds: readonly string[];
  /** Who sent the record awaiting confirmation (state `recorded`). */
  recordedBy?: string | null;
}

/** Whether `who` may read the task: its officers, staff of its county, admins. */
export function mayReadTask(who: Who, t: TaskScope): boolean {
  if (who.kind !== 'staff') return false;
  if (who.role === 'admin') return true;
  if (who.role === 'inspector') return t.officerIds.includes(who.id);
  return who.counties.includes(t.county);
}

/** Whether `who` may take `action` on the task (the state is nextTaskState's question). */
export function mayPerformOnTask(who: Who, action: TaskAction, t: TaskScope): boolean {
  if (who.kind !== 'staff') return false;
  const actors = TASK_ACTORS[action];
  if (who.role === 'inspector') {
    if (NOT_BY_AUTHOR.includes(action) && t.recordedBy === who.id) return false;
    return actors.includes('officer') && t.officerIds.includes(who.id);
  }
  if (who.role === 'admin') return false;
  return actors.includes(who.role) && who.counties.includes(t.county);
}

/** The actions `who` may take on the task now (role and state). */
export function permittedTaskActions(who: Who, t: TaskScope): TaskAction[] {
  return TASK_ACTIONS.filter((a) => mayPerformOnTask(who, a, t) && nextTaskState(t.state, a));
}

/** The state after `action`, or null when the task's state does not allow it. */
export function nextTaskState(state: TaskState, action: TaskAction): TaskState | null {
  if (!FROM[action].includes(state)) return null;
  if (action === 'start') return 'in_progress';
  if (action === 'cancel') return 'cancelled';
  if (action === 'record') return 'recorded';
  if (action === 'confirm') return 'done';
  if (action === 'dispute') return 'in_progress';
  if (action === 'reassign') return 'assigned';
  return state;
}

/** Why a list of officers cannot take a task, or null when it can. */
export function officersProblem(kind: TaskKind, ids: readonly string[]): string | null {
  const unique = new Set(ids);
  if (unique.size !== ids.length) return 'duplicate';
  if (ids.length > MAX_OFFICERS) return 'too_many';
  const min = kind === 'on_site' ? MIN_ON_SITE_OFFICERS : 1;
  return ids.length < min ? 'too_few' : null;
}

/** The task's deadline: TASK_WORKING_DAYS working days after the day it was assigned. */
export function taskDeadline(assignedOn: string, cal: WorkCalendar): string {
  return cal.addWorkingDays(assignedOn, TASK_WORKING_DAYS);
}

/** `HH:MM` → minutes after midnight, or null. */
export function minutesOf(hhmm: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Why an appointment window is wrong, or null: it must end after it starts. */
export function windowProblem(from: string, to: string): 'format' | 'order' | null {
  const a = minutesOf(from);
  const b = minutesOf(to);
  if (a === null || b === null) return 'format';
  return b > a ? null : 'order';
}
