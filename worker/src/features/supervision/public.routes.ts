/**
 * 一公开: the results of finished supervision checks, open to anyone (no sign-in). What is
 * published is the licence number, the shop's name, its county, the day of the check and its
 * result; never a person: no holder, phone, ID number or inspector. Limited per client IP like
 * the e-licence verify page.
 */
import { Hono } from 'hono';
import {
  publicResultsQuery,
  type PublicPlan,
  type PublicResult,
  type PublicResultsPage,
} from '../../../core/supervision-api';
import type { AppEnv } from '../../app-env';
import { getDb } from '../../db/client';
import { config } from '../../env';
import { appNow } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { hit } from '../../lib/rate-limit';
import { query } from '../../lib/validate';
import { clientIp } from '../auth/login-throttle';

const PAGE_SIZE = 50;

/** China's calendar date of an instant. */
const chinaDay = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

export const publicSupervisionRoutes = new Hono<AppEnv>().get(
  '/results',
  query(publicResultsQuery),
  async (c) => {
    const now = appNow(c.env);
    const n = await hit(getDb(c.env.DB), `supervision:ip:${clientIp(c)}`, 60, now);
    if (n > config(c.env).verifyIpMinuteLimit) {
      throw new AppError('RATE_LIMITED', undefined, undefined, 60 - now.getUTCSeconds());
    }
    const q = c.req.valid('query');
    const d1 = c.env.DB;
    const area = q.area ? 'AND (p.area_code = ?1 OR t.jurisdiction_code = ?1)' : '';
    const args = q.area ? [q.area] : [];
    const [plans, rows, total] = await d1.batch([
      d1
        .prepare(
          `SELECT p.id, p.name, j.name AS area, p.period_from, p.period_to,
             (SELECT COUNT(*) FROM inspection_tasks t WHERE t.plan_id = p.id) AS drawn,
             (SELECT COUNT(*) FROM inspection_tasks t WHERE t.plan_id = p.id AND t.state = 'done')
               AS finished
           FROM supervision_plans p JOIN jurisdictions j ON j.code = p.area_code
           ${q.area ? 'WHERE p.area_code = ?1 OR EXISTS (SELECT 1 FROM jurisdictions u WHERE u.code = ?1 AND u.parent_code = p.area_code)' : ''}
           ORDER BY p.period_from DESC, p.id LIMIT 20`,
        )
        .bind(...args),
      d1
        .prepare(
          `SELECT t.plan_id, l.number, l.shop_name, j.name AS county, t.finished_at, t.passed
           FROM inspection_tasks t JOIN supervision_plans p ON p.id = t.plan_id
           JOIN licences l ON l.id = t.licence_id JOIN jurisdictions j ON j.code = t.jurisdiction_code
           WHERE t.state = 'done' ${area}
           ORDER BY t.finished_at DESC, t.id LIMIT ${PAGE_SIZE} OFFSET ${(q.page - 1) * PAGE_SIZE}`,
        )
        .bind(...args),
      d1
        .prepare(
          `SELECT COUNT(*) AS n FROM inspection_tasks t JOIN supervision_plans p ON p.id = t.plan_id
           WHERE t.state = 'done' ${area}`,
        )
        .bind(...args),
    ]);
    type P = {
      id: string;
      name: string;
      area: string;
      period_from: string;
      period_to: string;
      drawn: number;
      finished: number;
    };
    type R = {
      plan_id: string;
      number: string;
      shop_name: string;
      county: string;
      finished_at: string;
      passed: number;
    };
    const page: PublicResultsPage = {
      plans: ((plans?.results ?? []) as P[]).map((p): PublicPlan => ({
        id: p.id,
        name: p.name,
        area: p.area,
        periodFrom: p.period_from,
        periodTo: p.period_to,
        drawn: p.drawn,
        finished: p.finished,
      })),
      items: ((rows?.results ?? []) as R[]).map((r): PublicResult => ({
        planId: r.plan_id,
        licenceNumber: r.number,
        shopName: r.shop_name,
        county: r.county,
        checkedOn: chinaDay(r.finished_at),
        result: r.passed === 1 ? 'pass' : 'fail',
      })),
      page: q.page,
      pageSize: PAGE_SIZE,
      total: ((total?.results ?? [])[0] as { n: number } | undefined)?.n ?? 0,
    };
    return c.json(page);
  },
);
