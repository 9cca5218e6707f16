import { Hono } from 'hono';
import { type WorkbenchStats } from '../../../core/api';
import type { AppEnv } from '../../app-env';
import { requireStaff, staffOf } from '../../middleware/auth';
import { CLOCKED_STATUSES } from '../../../core/application-state';
import { countOverdue, countsBy } from '../applications/applications.repo';
import { appToday } from '../../lib/clock';
import { countLateFollowUps } from '../ratings/ratings.repo';

/** Overviews of the staff workbench: live counts (warnings: warnings/; remote inspections: remote/). */
export const workbenchRoutes = new Hono<AppEnv>().get(
  '/stats',
  requireStaff('clerk', 'approver', 'admin'),
  async (c) => {
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
  },
);
