/**
 * A licence's supervision record: penalties (行政处罚) recorded by approvers lower its class,
 * complaints registered at the window raise its weight in a weighted draw; both audited, scoped
 * to the licence's county, and a refused entry changes nothing.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../core/dates';
import { monthsBefore } from '../../../core/deliveries';
import type { PlanDetail, SupervisionRecord } from '../../../core/supervision-api';
import { appToday } from '../../lib/clock';
import { GRID, LAT, LNG, setGrid } from '../../../test/cases';
import { call, count, loginStaff, seedWorld } from '../../../test/fixtures';

const today = appToday(env);

async function licences(): Promise<void> {
  await setGrid(100, 3);
  const stmts: D1PreparedStatement[] = [];
  for (let i = 0; i < 3; i++) {
    stmts.push(
      env.DB.prepare(
        `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
         VALUES (?, '370702', ?, ?, ?, ?, ?)`,
      ).bind(`pr_${i}`, `潍城区测试路${i + 1}号`, LAT + i * 1e-4, LNG, GRID, GRID),
      env.DB.prepare(
        `INSERT INTO licences (id, number, holder_name, shop_name, premises_id, jurisdiction_code,
         status, issued_on, expires_on) VALUES (?, ?, '赵秀英', ?, ?, '370702', ?, '2024-01-01',
         '2099-01-01')`,
      ).bind(
        `lic_${i}`,
        `370702202400${i}01`,
        `便民商店${i + 1}`,
        `pr_${i}`,
        i === 2 ? 'cancelled' : 'active',
      ),
    );
  }
  await env.DB.batch(stmts);
}

let clerk: string;
let approver: string;

beforeEach(async () => {
  await seedWorld();
  await licences();
  clerk = await loginStaff('clerk');
  approver = await loginStaff('approver');
});

const path = (id: string, what: string) => `/api/supervision/licences/${id}/${what}`;

async function record(cookie: string, id = 'lic_0'): Promise<SupervisionRecord> {
  const res = await call(path(id, 'record'), { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json<{ record: SupervisionRecord }>()).record;
}

const fine = {
  kind: 'fine',
  decidedOn: addCalendarDays(today, -10),
  reason: '违规销售未成年人卷烟',
  decisionNumber: '潍城烟罚〔2026〕第12号',
};
const complaint = {
  channel: 'hotline',
  receivedOn: addCalendarDays(today, -3),
  summary: '群众举报向未成年人售烟',
};

describe('penalties (行政处罚) on a licence', () => {
  it('an approver records one: the class falls, the entry is listed and audited', async () => {
    expect((await record(approver)).compliance).toMatchObject({ klass: 'A', score: 100 });
    const audits = await count('audit_log', `event = 'supervision_penalty_recorded'`);
    const res = await call(path('lic_0', 'penalties'), { cookie: approver, body: fine });
    expect(res.status, await res.clone().text()).toBe(201);
    const r = (await res.json<{ record: SupervisionRecord }>()).record;
    expect(r.compliance).toMatchObject({ klass: 'B', score: 90, penalties: 1 });
    expect(r.penalties).toEqual([
      expect.objectContaining({
        kind: 'fine',
        decidedOn: fine.decidedOn,
        decisionNumber: fine.decisionNumber,
        recordedBy: expect.any(String),
      }),
    ]);
    expect(await count('audit_log', `event = 'supervision_penalty_recorded'`)).toBe(audits + 1);
    // Three penalties in the window make it W whatever the score.
    for (const kind of ['warning', 'warning'])
      await call(path('lic_0', 'penalties'), { cookie: approver, body: { ...fine, kind } });
    expect((await record(clerk)).compliance.klass).toBe('W');
  });

  it('a clerk may read the record but not record a penalty; nothing changes', async () => {
    const res = await call(path('lic_0', 'penalties'), { cookie: clerk, body: fine });
    expect(res.status).toBe(403);
    expect(await count('penalties')).toBe(0);
    expect((await record(clerk)).may).toEqual({ recordPenalty: false, recordComplaint: true });
    expect((await record(approver)).may).toEqual({ recordPenalty: true, recordComplaint: true });
  });

  it('refuses a day in the future, before the licence, or on a cancelled licence', async () => {
    for (const decidedOn of [addCalendarDays(today, 1), '2023-12-31']) {
      const res = await call(path('lic_0', 'penalties'), {
        cookie: approver,
        body: { ...fine, decidedOn },
      });
      expect(res.status).toBe(422);
      expect((await res.json<{ error: { code: string } }>()).error.code).toBe(
        'SUPERVISION_DATE_INVALID',
      );
    }
    const gone = await call(path('lic_2', 'penalties'), { cookie: approver, body: fine });
    expect(gone.status).toBe(409);
    expect(await count('penalties')).toBe(0);
  });
});

describe('complaints about a licence', () => {
  it('a clerk registers one: listed, audited, and the licence weighs more in a weighted draw', async () => {
    const audits = await count('audit_log', `event = 'supervision_complaint_recorded'`);
    expect((await record(clerk)).drawWeight).toBe(1);
    const res = await call(path('lic_0', 'complaints'), { cookie: clerk, body: complaint });
    expect(res.status, await res.clone().text()).toBe(201);
    const r = (await res.json<{ record: SupervisionRecord }>()).record;
    expect(r.complaints).toEqual([expect.objectContaining({ channel: 'hotline' })]);
    expect(r).toMatchObject({ recentComplaints: 1, drawWeight: 1.5 });
    // The class is about results and penalties only.
    expect(r.compliance.klass).toBe('A');
    expect(await count('audit_log', `event = 'supervision_complaint_recorded'`)).toBe(audits + 1);

    // The draw stores the weight it used: the complained-of retailer weighs 1.5, the other 1.
    const plan = await call('/api/supervision/plans', {
      cookie: approver,
      body: {
        area: '370702',
        periodFrom: today,
        periodTo: addCalendarDays(today, 30),
        weighted: true,
        count: 2,
      },
    });
    expect(plan.status, await plan.clone().text()).toBe(201);
    const picks = (await plan.json<{ plan: PlanDetail }>()).plan.picks;
    expect(Object.fromEntries(picks.map((p) => [p.licenceId, p.weight]))).toEqual({
      lic_0: 1.5,
      lic_1: 1,
    });
  });

  it('months without deliveries (营销/配送/内管 records) weigh once they reach the rule', async () => {
    // lic_0 last delivered 4 months ago (rule: 3 months → ×1.5); lic_1 last week; no system
    // reports on a third licence, which stays unweighted (missing data is no evidence).
    const rec = (id: string, code: string, last: string) =>
      env.DB.prepare(
        `INSERT INTO licence_records (licence_id, source, customer_code, monthly_volume,
         last_delivery_on, status, imported_by) VALUES (?, 'distribution', ?, 20, ?, 'normal', 'stf_admin')`,
      ).bind(id, code, last);
    await env.DB.batch([
      rec('lic_0', 'PS0001', monthsBefore(today, 4)),
      rec('lic_1', 'PS0002', addCalendarDays(today, -7)),
    ]);
    expect(await record(clerk)).toMatchObject({ drawWeight: 1.5 });
    expect(await record(clerk, 'lic_1')).toMatchObject({ drawWeight: 1 });
    const plan = await call('/api/supervision/plans', {
      cookie: approver,
      body: {
        area: '370702',
        periodFrom: today,
        periodTo: addCalendarDays(today, 30),
        weighted: true,
        count: 2,
      },
    });
    expect(plan.status, await plan.clone().text()).toBe(201);
    const picks = (await plan.json<{ plan: PlanDetail }>()).plan.picks;
    expect(Object.fromEntries(picks.map((p) => [p.licenceId, p.weight]))).toEqual({
      lic_0: 1.5,
      lic_1: 1,
    });
  });

  it('a complaint older than the window no longer weighs', async () => {
    const old = { ...complaint, receivedOn: addCalendarDays(today, -400) };
    expect((await call(path('lic_0', 'complaints'), { cookie: clerk, body: old })).status).toBe(
      201,
    );
    expect(await record(clerk)).toMatchObject({ recentComplaints: 0, drawWeight: 1 });
  });

  it('staff of another county, and inspectors, learn nothing', async () => {
    const kuiwen = await loginStaff('clerk.kuiwen');
    const inspector = await loginStaff('inspector');
    expect((await call(path('lic_0', 'record'), { cookie: kuiwen })).status).toBe(404);
    expect(
      (await call(path('lic_0', 'complaints'), { cookie: kuiwen, body: complaint })).status,
    ).toBe(404);
    expect((await call(path('lic_0', 'record'), { cookie: inspector })).status).toBe(403);
    expect((await call(path('nope', 'record'), { cookie: clerk })).status).toBe(404);
    expect(await count('complaints')).toBe(0);
  });
});
