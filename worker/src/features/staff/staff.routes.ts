import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env';
import { AppError } from '../../lib/errors';
import { query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { inspectorsOf } from './staff.repo';

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
    return c.json({ items: await inspectorsOf(c.env.DB, county) });
  },
);
