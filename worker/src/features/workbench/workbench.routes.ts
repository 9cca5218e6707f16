import { Hono } from 'hono';
import { warningsQuerySchema, type WarningsPage, type WorkbenchStats } from '../../../core/api';
import type { AppEnv } from '../../app-env';
import { getDb } from '../../db/client';
import { query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { CLOCKED_STATUSES } from '../../../core/application-state';
import { countCases, countOverdue, countsBy } from '../applications/applications.repo';
import { queueResponse } from '../applications/applications.view';
import { workCalendar } from '../calendar/calendar.service';
import { appToday } from '../../lib/clock';
import { caseReadIsAudited } from '../../../core/access';
import { whoOf } from '../applications/applications.access';
import { audit } from '../audit/audit.service';
import { countLateFollowUps } from '../ratings/ratings.repo';

/** Overviews of the staff workbench: deadline warnings and counts (remote inspections: remote/). */
export const workbenchRoutes = new Hono<AppEnv>()
  // 许可业务预警: cases whose deadline is at most one working day away (yellow), or already
  // missed (red), most overdue first, paged, with the true count of each colour. Clerks and
  // approvers see their counties, an inspector the cases assigned to them.
  .get('/warnings', requireStaff(), query(warningsQuerySchema), async (c) => {
    const p = staffOf(c);
    const q = c.req.valid('query');
    if (caseReadIsAudited(whoOf(p))) {
      await audit(c, { event: 'application_list_read_admin', detail: { warnings: true, ...q } });
    }
    const today = appToday(c.env);
    const cal = await workCalendar(getDb(c.env.DB));
    const yesterday = cal.addDays(today, -1, 'calendar');
    const horizon = cal.addWorkingDays(today, 1);
    const scope = {
      counties: q.county ? p.counties.filter((k) => k === q.county) : p.counties,
      statuses: CLOCKED_STATUSES,
      inspectorId: p.role === 'inspector' ? p.id : undefined,
    };
    const red = { ...scope, deadlineTo: yesterday };
    const yellow = { ...scope, deadlineFrom: today, deadlineTo: horizon };
    const [[nRed, nYellow], page] = await Promise.all([
      countCases(c.env.DB, [red, yellow]),
      queueResponse(
        c.env.DB,
        q.level === 'red' ? red : q.level === 'yellow' ? yellow : { ...scope, deadlineTo: horizon },
        q.page,
        q.pageSize,
        today,
      ),
    ]);
    const answer: WarningsPage = { ...page, counts: { red: nRed ?? 0, yellow: nYellow ?? 0 } };
    return c.json(answer);
  })
  .get('/stats', requireStaff('clerk', 'approver', 'admin'), async (c) => {
    const p = staffOf(c);
    const [byStatus, byType] = await Promise.all([
      countsBy(c.env.DB, p.counties, 'status'),
      countsBy(c.env.DB, p.counties, 'type'),
    ]);
    const today = appToday(c.env);
    const [overdue, followUps] = await Promise.all([
      countOverdue(c.env.DB, p.counties, CLOCKED_STATUSES, today),
      countLateFollowUps(c.env.DB, p.counties, today),
    ]);
    const openTotal = CLOCKED_STATUSES.reduce((s, k) => s + (byStatus[k] ?? 0), 0);
    const stats: WorkbenchStats = {
      openTotal,
      overdue,
      byStatus,
      byType,
      followUpsLate: followUps.late,
    };
    return c.json(stats);
  });
