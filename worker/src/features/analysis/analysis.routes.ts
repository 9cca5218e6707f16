/**
 * 办证智能分析: `GET /api/analysis?county&type&from&to` for clerks, approvers and admins, over
 * their counties, from the nightly roll-up. `/api/stats` (workbench) keeps the live counts.
 */
import { Hono } from 'hono';
import { analysisQuerySchema, MAX_PERIOD_MONTHS, monthsBetween } from '../../../core/analysis';
import type { AppEnv } from '../../app-env';
import { appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { allJurisdictions } from '../jurisdictions/jurisdictions.repo';
import { getDb } from '../../db/client';
import { analysisData, defaultPeriod } from './analysis.service';

export const analysisRoutes = new Hono<AppEnv>().get(
  '/',
  requireStaff('clerk', 'approver', 'admin'),
  query(analysisQuerySchema),
  async (c) => {
    const p = staffOf(c);
    const q = c.req.valid('query');
    const period = { ...defaultPeriod(appToday(c.env)), ...q };
    const n = monthsBetween(period.from, period.to).length;
    if (n === 0 || n > MAX_PERIOD_MONTHS) throw new AppError('ANALYSIS_PERIOD_INVALID');
    const units = (await allJurisdictions(getDb(c.env.DB))).filter((j) => j.kind !== 'city');
    const wholeCity = units.every((u) => p.counties.includes(u.code));
    return c.json(await analysisData(c.env.DB, { ...q, ...period }, p.counties, wholeCity));
  },
);
