/**
 * 核查任务: the inspection tasks. An inspector sees their own tasks, nearest deadline first,
 * accepts them, agrees an appointment with the shop and marks the arrival; approvers reassign
 * or cancel; clerks and approvers see their counties' tasks. Every decision about who may do
 * what is core's (core/tasks.ts): a caller who may not read a task gets 404, as if it did not
 * exist; one who may read it but not act gets 403.
 */
import { Hono } from 'hono';
import { mayPerformOnTask, mayReadTask, nextTaskState, officersProblem } from '../../../core/tasks';
import { permittedTaskActions, windowProblem, type TaskAction } from '../../../core/tasks';
import {
  taskAcceptSchema,
  taskCancelSchema,
  taskListQuery,
  taskRecordSchema,
  taskReassignSchema,
  taskStartSchema,
  taskWindowSchema,
  type TaskPage,
  type TaskView,
} from '../../../core/tasks-api';
import { insideCity } from '../../../core/coords';
import type { AppEnv, Ctx, StaffPrincipal } from '../../app-env';
import { getDb } from '../../db/client';
import { appNowIso, appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json, query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { staffWho } from '../applications/applications.access';
import { audit } from '../audit/audit.service';
import { workCalendar } from '../calendar/calendar.service';
import { findTask, listTasks, taskScopeOf, taskView, type TaskRow } from './tasks.repo';
import type { AuditEvent } from '../../../core/audit-events';
import { checklistOutcome } from '../../../core/checklist';
import { findApplication } from '../applications/applications.repo';
import { performStaffAction } from '../applications/case-actions';

/** The task if the caller may read it (404 otherwise, as if it did not exist). */
async function readableTask(c: Ctx, p: StaffPrincipal, id: string): Promise<TaskRow> {
  const row = id.length <= 64 ? await findTask(c.env.DB, id) : null;
  if (!row || !mayReadTask(staffWho(p), taskScopeOf(row))) throw new AppError('NOT_FOUND');
  return row;
}

/** The task if the caller may take `action` on it now, at the version they read. */
async function actionableTask(
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
async function applyChange(
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

async function answer(c: Ctx, p: StaffPrincipal, id: string): Promise<TaskView> {
  const row = await readableTask(c, p, id);
  const cal = await workCalendar(getDb(c.env.DB));
  return taskView(row, appToday(c.env), cal, permittedTaskActions(staffWho(p), taskScopeOf(row)));
}

/** Inspectors of the task's county (or the whole city), active: who may be an officer. */
async function checkOfficers(c: Ctx, row: TaskRow, ids: readonly string[]): Promise<void> {
  if (officersProblem(row.kind, ids)) throw new AppError('TASK_OFFICERS');
  const res = await c.env.DB.prepare(
    `SELECT COUNT(DISTINCT u.id) AS n FROM staff_users u JOIN staff_scopes s ON s.staff_id = u.id
     WHERE u.id IN (${ids.map(() => '?').join(',')}) AND u.role = 'inspector' AND u.active = 1
       AND s.jurisdiction_code IN (?, (SELECT parent_code FROM jurisdictions WHERE code = ?))`,
  )
    .bind(...ids, row.jurisdiction_code, row.jurisdiction_code)
    .first<{ n: number }>();
  if ((res?.n ?? 0) !== ids.length) throw new AppError('TASK_OFFICERS');
}

export const taskRoutes = new Hono<AppEnv>()
  .get('/', requireStaff(), query(taskListQuery), async (c) => {
    const p = staffOf(c);
    const q = c.req.valid('query');
    const who = staffWho(p);
    const counties =
      p.role === 'admin' ? null : q.county ? p.counties.filter((k) => k === q.county) : p.counties;
    const { rows, total } = await listTasks(
      c.env.DB,
      {
        counties: p.role === 'admin' && q.county ? [q.county] : counties,
        // An inspector's list is their own tasks, whichever county.
        officerId: p.role === 'inspector' ? p.id : undefined,
        states: q.state === 'open' ? ['assigned', 'in_progress'] : [q.state],
        dueBy: q.dueBy,
      },
      q.page,
      q.pageSize,
    );
    if (p.role === 'admin')
      await audit(c, { event: 'application_list_read_admin', detail: { tasks: true, ...q } });
    const today = appToday(c.env);
    const cal = await workCalendar(getDb(c.env.DB));
    const page: TaskPage = {
      items: rows.map((r) => taskView(r, today, cal, permittedTaskActions(who, taskScopeOf(r)))),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
    return c.json(page);
  })
  .get('/:id', requireStaff(), async (c) => {
    const p = staffOf(c);
    return c.json({ task: await answer(c, p, c.req.param('id')) });
  })
  // The officer takes the task on (each officer on their own phone).
  .post('/:id/accept', requireStaff(), json(taskAcceptSchema), async (c) => {
    const p = staffOf(c);
    const b = c.req.valid('json');
    const row = await actionableTask(c, p, c.req.param('id'), 'accept', b.version);
    await applyChange(
      c,
      row,
      [
        c.env.DB.prepare(
          `UPDATE task_officers SET accepted_at = COALESCE(accepted_at, ?)
           WHERE task_id = ? AND staff_id = ?`,
        ).bind(appNowIso(c.env), row.id, p.id),
      ],
      'task_accepted',
      {},
    );
    return c.json({ task: await answer(c, p, row.id) });
  })
  // Arrival on site: the task is in progress, with the time and (if given) the position.
  .post('/:id/start', requireStaff(), json(taskStartSchema), async (c) => {
    const p = staffOf(c);
    const b = c.req.valid('json');
    if (b.lat !== undefined && b.lng !== undefined && !insideCity(b.lng, b.lat)) {
      throw new AppError('LOCATION_OUTSIDE_CITY');
    }
    const row = await actionableTask(c, p, c.req.param('id'), 'start', b.version);
    await applyChange(
      c,
      row,
      [
        c.env.DB.prepare(
          `UPDATE inspection_tasks SET state = 'in_progress',
           started_at = COALESCE(started_at, ?), start_lat = COALESCE(start_lat, ?),
           start_lng = COALESCE(start_lng, ?) WHERE id = ?`,
        ).bind(appNowIso(c.env), b.lat ?? null, b.lng ?? null, row.id),
      ],
      'task_started',
      { lat: b.lat ?? null, lng: b.lng ?? null },
    );
    return c.json({ task: await answer(c, p, row.id) });
  })
  // The appointment agreed with the shop (a window the day's route honours).
  .put('/:id/window', requireStaff(), json(taskWindowSchema), async (c) => {
    const p = staffOf(c);
    const b = c.req.valid('json');
    if (windowProblem(b.from, b.to) || b.on < appToday(c.env)) {
      throw new AppError('TASK_WINDOW_INVALID');
    }
    const row = await actionableTask(c, p, c.req.param('id'), 'set_window', b.version);
    await applyChange(
      c,
      row,
      [
        c.env.DB.prepare(
          'UPDATE inspection_tasks SET window_on = ?, window_from = ?, window_to = ? WHERE id = ?',
        ).bind(b.on, b.from, b.to, row.id),
      ],
      'task_window_set',
      { on: b.on, from: b.from, to: b.to },
    );
    return c.json({ task: await answer(c, p, row.id) });
  })
  // An approver hands the task to other officers (the case's inspectors follow).
  .post('/:id/reassign', requireStaff(), json(taskReassignSchema), async (c) => {
    const p = staffOf(c);
    const b = c.req.valid('json');
    const row = await actionableTask(c, p, c.req.param('id'), 'reassign', b.version);
    await checkOfficers(c, row, b.officerIds);
    const d1 = c.env.DB;
    const caseRows = row.application_id
      ? [
          d1
            .prepare('DELETE FROM case_inspectors WHERE application_id = ?')
            .bind(row.application_id),
          ...b.officerIds.map((id, i) =>
            d1
              .prepare(
                'INSERT INTO case_inspectors (application_id, staff_id, position) VALUES (?, ?, ?)',
              )
              .bind(row.application_id, id, i + 1),
          ),
          d1
            .prepare('UPDATE applications SET assigned_inspector_id = ? WHERE id = ?')
            .bind(b.officerIds[0] ?? null, row.application_id),
        ]
      : [];
    await applyChange(
      c,
      row,
      [
        d1.prepare(`UPDATE inspection_tasks SET state = 'assigned' WHERE id = ?`).bind(row.id),
        d1.prepare('DELETE FROM task_officers WHERE task_id = ?').bind(row.id),
        ...b.officerIds.map((id, i) =>
          d1
            .prepare('INSERT INTO task_officers (task_id, staff_id, position) VALUES (?, ?, ?)')
            .bind(row.id, id, i + 1),
        ),
        ...caseRows,
      ],
      'task_reassigned',
      { from: taskScopeOf(row).officerIds, to: b.officerIds, reason: b.reason },
    );
    return c.json({ task: await answer(c, p, row.id) });
  })
  // The on-site record from the officer's phone, exactly once per idempotency key: the
  // checklist as answered; a case's task moves its case on (record_inspection).
  .post('/:id/record', requireStaff(), json(taskRecordSchema), async (c) => {
    const p = staffOf(c);
    const b = c.req.valid('json');
    const d1 = c.env.DB;
    const id = c.req.param('id');
    const seen = await d1
      .prepare('SELECT task_id FROM inspection_records WHERE idempotency_key = ?')
      .bind(b.idempotencyKey)
      .first<{ task_id: string }>();
    if (seen) {
      // A replay (the phone lost the answer): the same answer, nothing written twice.
      if (seen.task_id !== id) throw new AppError('CONFLICT');
      return c.json({ task: await answer(c, p, id) });
    }
    const row = await actionableTask(c, p, id, 'record', b.version);
    const outcome = checklistOutcome(b.checklistVersion, b.items);
    if (outcome.problem || b.checklistVersion !== row.checklist_version) {
      throw new AppError('CHECKLIST_INCOMPLETE');
    }
    if (b.lat !== undefined && b.lng !== undefined && !insideCity(b.lng, b.lat)) {
      throw new AppError('LOCATION_OUTSIDE_CITY');
    }
    const now = appNowIso(c.env);
    const kase = row.application_id ? await findApplication(d1, row.application_id) : null;
    if (row.application_id && kase?.status !== 'inspection')
      throw new AppError('ILLEGAL_TRANSITION');
    const record = d1
      .prepare(
        `INSERT INTO inspection_records (task_id, idempotency_key, checklist_version, items_json,
         passed, notes, arrived_at, departed_at, lat, lng, recorded_by, recorded_at)
         SELECT ?, ?, ?, ?, ?, ?, started_at, ?, ?, ?, ?, ? FROM inspection_tasks
         WHERE id = ? AND version = ?`,
      )
      .bind(
        row.id,
        b.idempotencyKey,
        b.checklistVersion,
        JSON.stringify(b.items),
        outcome.passed ? 1 : 0,
        b.notes,
        b.departedAt ?? now,
        b.lat ?? null,
        b.lng ?? null,
        p.id,
        now,
        row.id,
        row.version,
      );
    const done = d1
      .prepare(
        `UPDATE inspection_tasks SET state = 'done', passed = ?, finished_at = ?,
         started_at = COALESCE(started_at, ?), version = version + 1
         WHERE id = ? AND version = ?`,
      )
      .bind(outcome.passed ? 1 : 0, now, now, row.id, row.version);
    const [inserted] = await d1.batch([record, done]);
    if ((inserted?.meta.changes ?? 0) !== 1) throw new AppError('CONFLICT');
    if (kase) {
      try {
        const cal = await workCalendar(getDb(d1));
        const input = {
          action: 'record_inspection' as const,
          version: kase.version,
          passed: outcome.passed,
          notes: b.notes,
        };
        await performStaffAction(c, p, kase, input, cal, appToday(c.env));
      } catch (err) {
        // The case did not move: neither does the task (the phone may send again).
        await d1.batch([
          d1.prepare('DELETE FROM inspection_records WHERE task_id = ?').bind(row.id),
          d1
            .prepare(
              `UPDATE inspection_tasks SET state = ?, passed = NULL, finished_at = NULL,
               started_at = ?, version = ? WHERE id = ?`,
            )
            .bind(row.state, row.started_at, row.version, row.id),
        ]);
        throw err;
      }
    }
    await audit(c, {
      event: 'task_recorded',
      subjectType: 'inspection_task',
      subjectId: row.id,
      detail: { passed: outcome.passed, applicationId: row.application_id },
    });
    return c.json({ task: await answer(c, p, row.id) });
  })
  // Cancelling a plan's check; a case's check is changed on the case (reassign or record).
  .post('/:id/cancel', requireStaff(), json(taskCancelSchema), async (c) => {
    const p = staffOf(c);
    const b = c.req.valid('json');
    const row = await actionableTask(c, p, c.req.param('id'), 'cancel', b.version);
    if (row.source === 'case') throw new AppError('TASK_BOUND_TO_CASE');
    await applyChange(
      c,
      row,
      [
        c.env.DB.prepare(
          `UPDATE inspection_tasks SET state = 'cancelled', cancel_reason = ? WHERE id = ?`,
        ).bind(b.reason, row.id),
      ],
      'task_cancelled',
      { reason: b.reason },
    );
    return c.json({ task: await answer(c, p, row.id) });
  });
