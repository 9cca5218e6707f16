/**
 * 核查任务: the inspection tasks. An inspector sees their own tasks, nearest deadline first,
 * accepts them, agrees an appointment with the shop and marks the arrival; approvers reassign
 * or cancel; clerks and approvers see their counties' tasks. Every decision about who may do
 * what is core's (core/tasks.ts): a caller who may not read a task gets 404, as if it did not
 * exist; one who may read it but not act gets 403.
 */
import { Hono } from 'hono';
import { OPEN_TASK_STATES, officersProblem, permittedTaskActions } from '../../../core/tasks';
import { windowProblem } from '../../../core/tasks';
import {
  taskAcceptSchema,
  taskCancelSchema,
  taskListQuery,
  taskReassignSchema,
  taskStartSchema,
  taskWindowSchema,
  type TaskPage,
} from '../../../core/tasks-api';
import { insideCity } from '../../../core/coords';
import type { AppEnv, Ctx } from '../../app-env';
import { getDb } from '../../db/client';
import { appNowIso, appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json, query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { staffWho } from '../applications/applications.access';
import { audit } from '../audit/audit.service';
import { workCalendar } from '../calendar/calendar.service';
import { listTasks, taskScopeOf, taskView, type TaskRow } from './tasks.repo';
import { actionableTask, answer, applyChange } from './tasks.access';

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
        states: q.state === 'open' ? OPEN_TASK_STATES : [q.state],
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
