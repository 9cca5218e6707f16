import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env';
import { AppError } from '../../lib/errors';
import { query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';

const inspectorsQuery = z.object({ county: z.string().regex(/^\d{6}$/) }).strict();

/** Colleagues a clerk or approver can assign: inspectors covering a county of their scope. */
export const staffRoutes = new Hono<AppEnv>().get(
  '/inspectors',
  requireStaff('clerk', 'approver', 'admin'),
  query(inspectorsQuery),
  async (c) => {
    const p = staffOf(c);
    const { county } = c.req.valid('query');
    if (!p.counties.includes(county)) throw new AppError('NOT_FOUND');
    const res = await c.env.DB.prepare(
      `SELECT DISTINCT u.id, u.display_name FROM staff_users u
       JOIN staff_scopes s ON s.staff_id = u.id
       WHERE u.role = 'inspector' AND u.active = 1
         AND s.jurisdiction_code IN (?, (SELECT parent_code FROM jurisdictions WHERE code = ?))
       ORDER BY u.display_name`,
    )
      .bind(county, county)
      .all<{ id: string; display_name: string }>();
    return c.json({ items: res.results.map((r) => ({ id: r.id, displayName: r.display_name })) });
  },
);
