/**
 * The task routes' shared steps: find a task the caller may read (404 otherwise, as if it did
 * not exist), check that they may take an action on it now (403, then the state, then the
 * version), apply a change only if the task is still at the version read, and answer the task
 * as the caller sees it. Every decision is core's (core/tasks.ts).
 */
import { mayPerformOnTask, mayReadTask, nextTaskState } from '../../../core/tasks';
import { permittedTaskActions, type TaskAction } from '../../../core/tasks';
import type { TaskView } from '../../../core/tasks-api';
import type { AuditEvent } from '../../../core/audit-events';
import type { Ctx, StaffPrincipal } from '../../app-env';
import { getDb } from '../../db/client';
import { appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { staffWho } from '../applications/applications.access';
import { audit } from '../audit/audit.service';
import { workCalendar } from '../calendar/calendar.service';
import { findTask, taskScopeOf, taskView, type TaskRow } from './tasks.repo';

/** The task if the caller may read it (404 otherwise, as if it did not exist). */
export async function readableTask(c: Ctx, p: StaffPrincipal, id: string): Promise<TaskRow> {
  const row = id.length <= 64 ? await findTask(c.env.DB, id) : null;
  if (!row || !mayReadTask(staffWho(p), taskScopeOf(row))) throw new AppError('NOT_FOUND');
  return row;
}

/** The task if the caller may take `action` on it now, at the version they read. */
export async function actionableTask(
  c: Ctx,
  p: StaffPrincipal,
  id: string,
  action: TaskAction,
  version: number,
): Promise<TaskRow> {
  const row = await readableTask(c, p, id);
  if (!mayPerformOnTask(staffWho(p), action, taskScopeOf(row))) throw new AppError('FORBIDDEN');
  if (!nextTaskState(row.state, action)) throw new AppError('ILLEGAL_TRANSITION');
  if (row.version !== version) throw new AppError('CONFLICT');
  return row;
}

/** Runs the change only if the task is still at `version`; CONFLICT when someone was first. */
export async function applyChange(
  c: Ctx,
  row: TaskRow,
  statements: D1PreparedStatement[],
  event: AuditEvent,
  detail: Record<string, unknown>,
): Promise<void> {
  const d1 = c.env.DB;
  const bump = d1
    .prepare('UPDATE inspection_tasks SET version = version + 1 WHERE id = ? AND version = ?')
    .bind(row.id, row.version);
  const [first] = await d1.batch([bump, ...statements]);
  if ((first?.meta.changes ?? 0) !== 1) throw new AppError('CONFLICT');
  await audit(c, { event, subjectType: 'inspection_task', subjectId: row.id, detail });
}

/** The task as the caller sees it now, with the actions core lets them take. */
export async function answer(c: Ctx, p: StaffPrincipal, id: string): Promise<TaskView> {
  const row = await readableTask(c, p, id);
  const cal = await workCalendar(getDb(c.env.DB));
  return taskView(row, appToday(c.env), cal, permittedTaskActions(staffWho(p), taskScopeOf(row)));
}
