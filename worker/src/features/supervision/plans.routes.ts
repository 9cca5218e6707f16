/**
 * 双随机 plans: approvers preview an area's population and create a plan (the draw and its
 * tasks); clerks, approvers and admins of the area read plans and re-run a draw to check it
 * reproduces. Who may is core's (core/supervision.ts): a plan outside the caller's counties is
 * 404, as if it did not exist; a role that may not act gets 403.
 */
import { Hono } from 'hono';
import { COMPLIANCE_CLASSES, type ComplianceClass } from '../../../core/compliance';
import { mayOnSupervision, type SupervisionAction } from '../../../core/supervision';
import {
  planCreateSchema,
  planListQuery,
  planPreviewQuery,
  type PlanPreview,
} from '../../../core/supervision-api';
import type { AppEnv, Ctx, StaffPrincipal } from '../../app-env';
import { getDb } from '../../db/client';
import { appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json, query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { staffWho } from '../applications/applications.access';
import { audit } from '../audit/audit.service';
import { allJurisdictions } from '../jurisdictions/jurisdictions.repo';
import { complianceRules } from './compliance.repo';
import { drawInputs } from './draw.service';
import { findPlan, listPlans, planDetail, planSummary, type PlanRow } from './plans.repo';
import { createPlan, verifyDraw } from './plans.service';

export interface Area {
  code: string;
  name: string;
  counties: string[];
}

/** A plan's area: a county-level unit, or the city (all its units); null if no such code. */
export async function areaOf(c: Ctx, code: string): Promise<Area | null> {
  const all = await allJurisdictions(getDb(c.env.DB));
  const j = all.find((r) => r.code === code);
  if (!j) return null;
  const counties =
    j.kind === 'city' ? all.filter((u) => u.parentCode === code).map((u) => u.code) : [code];
  return { code, name: j.name, counties };
}

/** The area if the caller may take `action` on it: 403 for the role, 404 outside the scope. */
async function areaFor(c: Ctx, p: StaffPrincipal, code: string, action: SupervisionAction) {
  const who = staffWho(p);
  if (!mayOnSupervision(who, action)) throw new AppError('FORBIDDEN');
  const area = await areaOf(c, code);
  if (!area) throw new AppError('SUPERVISION_AREA_INVALID');
  if (!mayOnSupervision(who, action, area.counties)) throw new AppError('NOT_FOUND');
  return area;
}

/** The plan if the caller may read it (404 otherwise). */
async function readablePlan(c: Ctx, p: StaffPrincipal, id: string, action: SupervisionAction) {
  const row = id.length <= 64 ? await findPlan(c.env.DB, id) : null;
  const area = row ? await areaOf(c, row.area_code) : null;
  if (!row || !area || !mayOnSupervision(staffWho(p), action, area.counties)) {
    throw new AppError('NOT_FOUND');
  }
  return row;
}

const codeFor = {
  area: 'SUPERVISION_AREA_INVALID',
  share: 'SUPERVISION_SIZE_INVALID',
  count: 'SUPERVISION_SIZE_INVALID',
  periodFrom: 'SUPERVISION_PERIOD_INVALID',
  periodTo: 'SUPERVISION_PERIOD_INVALID',
} as const;

export const planRoutes = new Hono<AppEnv>()
  .get('/plans', requireStaff(), query(planListQuery), async (c) => {
    const p = staffOf(c);
    const who = staffWho(p);
    if (!mayOnSupervision(who, 'read_plans')) throw new AppError('FORBIDDEN');
    const rows = await listPlans(c.env.DB, null, 1, 500);
    const all = await allJurisdictions(getDb(c.env.DB));
    const mine = rows.filter((r: PlanRow) => {
      const units = all.filter((u) => u.parentCode === r.area_code).map((u) => u.code);
      return mayOnSupervision(who, 'read_plans', units.length ? units : [r.area_code]);
    });
    const page = c.req.valid('query').page;
    const items = mine.slice((page - 1) * 20, page * 20).map(planSummary);
    return c.json({ items, page, pageSize: 20, total: mine.length });
  })
  .get('/preview', requireStaff(), query(planPreviewQuery, { codeFor }), async (c) => {
    const p = staffOf(c);
    const q = c.req.valid('query');
    const area = await areaFor(c, p, q.area, 'create_plan');
    const rules = await complianceRules(c.env.DB);
    const today = appToday(c.env);
    const weighted = q.weighted === 'true';
    const { members, input } = await drawInputs(c.env.DB, area.counties, today, rules, weighted);
    const classes = Object.fromEntries(COMPLIANCE_CLASSES.map((k) => [k, 0])) as Record<
      ComplianceClass,
      number
    >;
    for (const m of members) classes[m.klass]++;
    const preview: PlanPreview = {
      area: { code: area.code, name: area.name },
      population: members.length,
      classes,
      red: members.filter((m) => m.red).length,
      inspectors: new Set(Object.values(input.pools).flat()).size,
    };
    return c.json(preview);
  })
  .post('/plans', requireStaff(), json(planCreateSchema, { codeFor }), async (c) => {
    const p = staffOf(c);
    const b = c.req.valid('json');
    const area = await areaFor(c, p, b.area, 'create_plan');
    const id = await createPlan(c, p, { input: b, areaName: area.name, counties: area.counties });
    const row = (await findPlan(c.env.DB, id)) as PlanRow;
    return c.json({ plan: await planDetail(c.env.DB, row) }, 201);
  })
  .get('/plans/:id', requireStaff(), async (c) => {
    const p = staffOf(c);
    const row = await readablePlan(c, p, c.req.param('id'), 'read_plans');
    return c.json({ plan: await planDetail(c.env.DB, row) });
  })
  // Anyone who holds the plan re-runs its draw from the stored seed and inputs.
  .post('/plans/:id/verify', requireStaff(), async (c) => {
    const p = staffOf(c);
    const row = await readablePlan(c, p, c.req.param('id'), 'verify_draw');
    const result = await verifyDraw(row);
    await audit(c, {
      event: 'supervision_draw_verified',
      subjectType: 'supervision_plan',
      subjectId: row.id,
      detail: { reproduces: result.reproduces, differences: result.differences },
    });
    return c.json(result);
  });
