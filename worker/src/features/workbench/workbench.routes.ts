import { Hono } from 'hono';
import { z } from 'zod';
import type { WorkbenchStats } from '../../../core/api';
import type { AppEnv } from '../../app-env';
import { getDb } from '../../db/client';
import { query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { CLOCKED_STATUSES } from '../../../core/application-state';
import { countOverdue, countsBy, dueBy } from '../applications/applications.repo';
import { queueResponse, toQueueItem } from '../applications/applications.view';
import { workCalendar } from '../calendar/calendar.service';
import { allJurisdictions } from '../jurisdictions/jurisdictions.repo';
import { appToday } from '../../lib/clock';

const pageQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

/** Overviews of the staff workbench: deadline warnings, inspections, counts. */
export const workbenchRoutes = new Hono<AppEnv>()
  // 许可业务预警: cases whose deadline is at most one working day away, or already missed.
  .get('/warnings', requireStaff(), async (c) => {
    const p = staffOf(c);
    const db = getDb(c.env.DB);
    const [cal, all] = await Promise.all([workCalendar(db), allJurisdictions(db)]);
    const today = appToday(c.env);
    const horizon = cal.addWorkingDays(today, 1);
    const counties = p.role === 'inspector' ? [] : p.counties;
    const rows = await dueBy(c.env.DB, counties, [...CLOCKED_STATUSES], horizon, 200);
    return c.json({ items: rows.map((r) => toQueueItem(r, cal, today, all)) });
  })
  .get('/inspections', requireStaff(), query(pageQuery), async (c) => {
    const p = staffOf(c);
    const q = c.req.valid('query');
    const filter = {
      counties: p.counties,
      statuses: ['inspection' as const],
      inspectorId: p.role === 'inspector' ? p.id : undefined,
    };
    return c.json(await queueResponse(c.env.DB, filter, q.page, q.pageSize, appToday(c.env)));
  })
  .get('/stats', requireStaff('clerk', 'approver', 'admin'), async (c) => {
    const p = staffOf(c);
    const [byStatus, byType] = await Promise.all([
      countsBy(c.env.DB, p.counties, 'status'),
      countsBy(c.env.DB, p.counties, 'type'),
    ]);
    const overdue = await countOverdue(c.env.DB, p.counties, CLOCKED_STATUSES, appToday(c.env));
    const openTotal = CLOCKED_STATUSES.reduce((s, k) => s + (byStatus[k] ?? 0), 0);
    const stats: WorkbenchStats = { openTotal, overdue, byStatus, byType };
    return c.json(stats);
  });
