import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { ON_SITE_CHECKLIST } from '../../../core/checklist';
import { addCalendarDays } from '../../../core/dates';
import type {
  DrawVerification,
  PlanDetail,
  PlanPreview,
  PublicResultsPage,
} from '../../../core/supervision-api';
import type { TaskPage } from '../../../core/tasks-api';
import { appToday } from '../../lib/clock';
import { GRID, LAT, LNG, setGrid } from '../../../test/cases';
import { call, count, loginStaff, seedWorld } from '../../../test/fixtures';
import { recordBody } from '../../../test/records';
import { stateDigest } from '../../../test/state';

const today = appToday(env);
const until = addCalendarDays(today, 30);

/** `n` active licences in 潍城区, `lic_00`…, holders named, in the test grid. */
async function retailers(n: number): Promise<string[]> {
  await setGrid(100, n);
  const ids: string[] = [];
  const stmts: D1PreparedStatement[] = [];
  for (let i = 0; i < n; i++) {
    const id = `lic_${String(i).padStart(2, '0')}`;
    ids.push(id);
    stmts.push(
      env.DB.prepare(
        `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
         VALUES (?, '370702', ?, ?, ?, ?, ?)`,
      ).bind(`pr_${i}`, `潍城区测试路${i + 1}号`, LAT + i * 1e-4, LNG, GRID, GRID),
      env.DB.prepare(
        `INSERT INTO licences (id, number, holder_name, shop_name, premises_id, jurisdiction_code,
         status, issued_on, expires_on) VALUES (?, ?, '赵秀英', ?, ?, '370702', 'active',
         '2024-01-01', '2099-01-01')`,
      ).bind(id, `3707022024${String(i).padStart(5, '0')}`, `便民商店${i + 1}`, `pr_${i}`),
    );
  }
  await env.DB.batch(stmts);
  return ids;
}

/** A third 潍城区 inspector (the world has two). */
async function thirdInspector(): Promise<void> {
  const pw = await env.DB.prepare(
    `SELECT password_hash, password_salt FROM staff_users WHERE id = 'stf_inspector'`,
  ).first<{ password_hash: string; password_salt: string }>();
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO staff_users (id, username, display_name, role, password_hash, password_salt,
       password_iterations) VALUES ('stf_inspector3', 'inspector3', '测试inspector3', 'inspector', ?, ?, 100000)`,
    ).bind(pw?.password_hash, pw?.password_salt),
    env.DB.prepare(
      `INSERT INTO staff_scopes (staff_id, jurisdiction_code) VALUES ('stf_inspector3', '370702')`,
    ),
  ]);
}

async function plan(cookie: string, body: Record<string, unknown>): Promise<PlanDetail> {
  const res = await call('/api/supervision/plans', {
    cookie,
    body: { area: '370702', periodFrom: today, periodTo: until, weighted: true, ...body },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json<{ plan: PlanDetail }>()).plan;
}

const pairOf = (p: PlanDetail, licenceId: string) =>
  p.picks
    .find((x) => x.licenceId === licenceId)
    ?.officers.map((o) => o.id)
    .sort();

beforeEach(async () => {
  await seedWorld();
});

describe('supervision plans (双随机)', () => {
  it('draws the retailers and pairs, makes a task per retailer, audits, and re-runs to the same list', async () => {
    await retailers(12);
    const approver = await loginStaff('approver');
    const audits = await count('audit_log', `event LIKE 'supervision_%'`);
    const p = await plan(approver, { count: 5 });
    expect(p.picks).toHaveLength(5);
    expect(p.populationSize).toBe(12);
    expect(p.seed).toBeGreaterThanOrEqual(0);
    expect(new Set(p.picks.map((x) => x.licenceId)).size).toBe(5);
    for (const pick of p.picks) {
      expect(pick.officers.map((o) => o.id).sort()).toEqual(['stf_inspector', 'stf_inspector2']);
      expect(pick.task).toMatchObject({ state: 'assigned', dueOn: until });
    }
    expect(await count('inspection_tasks', `plan_id = ? AND source = 'plan'`, p.id)).toBe(5);
    expect(await count('audit_log', `event LIKE 'supervision_%'`)).toBe(audits + 2);

    // The officers see the checks in their own task list.
    const inspector = await loginStaff('inspector');
    const tasks = await (await call('/api/tasks', { cookie: inspector })).json<TaskPage>();
    const drawn = new Set(p.picks.map((x) => x.task?.id));
    expect(tasks.items.filter((t) => t.source === 'plan' && drawn.has(t.id))).toHaveLength(5);

    // Anyone holding the plan re-runs the draw from the stored seed and inputs.
    const clerk = await loginStaff('clerk');
    const v = await call(`/api/supervision/plans/${p.id}/verify`, { cookie: clerk, body: {} });
    expect(await v.json<DrawVerification>()).toMatchObject({
      reproduces: true,
      populationHashMatches: true,
      differences: 0,
    });

    // A list changed afterwards no longer reproduces: the check is real.
    await env.DB.prepare(
      `UPDATE supervision_plans SET draw_text = replace(draw_text, 'stf_inspector2 stf_inspector', 'X Y')
       || '' WHERE id = ?`,
    )
      .bind(p.id)
      .run();
    await env.DB.prepare(`UPDATE supervision_plans SET seed = seed + 1 WHERE id = ?`)
      .bind(p.id)
      .run();
    const w = await call(`/api/supervision/plans/${p.id}/verify`, { cookie: clerk, body: {} });
    const bad = await w.json<DrawVerification>();
    expect(bad.reproduces).toBe(false);
    expect(bad.differences).toBeGreaterThan(0);
  });

  it('never pairs an inspector with a retailer they declared a conflict with', async () => {
    const ids = await retailers(6);
    await thirdInspector();
    const approver = await loginStaff('approver');
    const declared = await call('/api/supervision/conflicts', {
      cookie: approver,
      body: {
        inspectorId: 'stf_inspector',
        licenceNumber: '370702202400003',
        reason: '近亲属经营',
      },
    });
    expect(declared.status).toBe(201);
    const p = await plan(approver, { share: 100 });
    expect(p.picks).toHaveLength(6);
    expect(pairOf(p, ids[3] as string)).toEqual(['stf_inspector2', 'stf_inspector3']);
    // Every inspector works: the least-loaded pairs share the six checks (the conflict aside).
    const load = new Map<string, number>();
    for (const x of p.picks) for (const o of x.officers) load.set(o.id, (load.get(o.id) ?? 0) + 1);
    const loads = [...load.values()];
    expect(loads).toHaveLength(3);
    expect(loads.reduce((a, b) => a + b)).toBe(12);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(2);
  });

  it('never sends the same pair to a retailer twice in a row, and says so when it cannot pair', async () => {
    const ids = await retailers(8);
    await thirdInspector();
    const approver = await loginStaff('approver');
    const first = await plan(approver, { share: 100 });
    const second = await plan(approver, { share: 100 });
    for (const id of ids) expect(pairOf(second, id)).not.toEqual(pairOf(first, id));

    // With two inspectors left, the only pair inspected everyone last time: nobody can be drawn.
    await env.DB.prepare(`UPDATE staff_users SET active = 0 WHERE id = 'stf_inspector3'`).run();
    const onlyPair = second.picks
      .filter((x) => x.officers.every((o) => o.id !== 'stf_inspector3'))
      .map((x) => x.licenceId);
    const before = await stateDigest();
    const res = await call('/api/supervision/plans', {
      cookie: approver,
      body: { area: '370702', periodFrom: today, periodTo: until, share: 100, weighted: false },
    });
    expect(res.status).toBe(422);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe(
      'SUPERVISION_TOO_FEW_INSPECTORS',
    );
    expect(await stateDigest()).toBe(before);
    // Those not last checked by the remaining pair can still be drawn.
    const n = ids.length - onlyPair.length;
    if (n > 0) {
      const third = await plan(approver, { count: n });
      for (const x of third.picks) expect(onlyPair).not.toContain(x.licenceId);
    }
  });

  it('weights the draw by compliance class: a W retailer weighs 5, and its class shows on the retailer card', async () => {
    const ids = await retailers(4);
    const w = ids[2] as string;
    await env.DB.batch(
      ['warning', 'fine', 'warning'].map((kind, i) =>
        env.DB.prepare(
          `INSERT INTO penalties (id, licence_id, kind, decided_on, reason) VALUES (?, ?, ?, ?, '超范围经营')`,
        ).bind(`pen_${i}`, w, kind, addCalendarDays(today, -30 * (i + 1))),
      ),
    );
    const approver = await loginStaff('approver');
    const preview = await call('/api/supervision/preview?area=370702', { cookie: approver });
    expect(await preview.json<PlanPreview>()).toMatchObject({
      population: 4,
      classes: { A: 3, B: 0, C: 0, W: 1 },
      inspectors: 2,
    });
    const weighted = await plan(approver, { count: 4 });
    expect(weighted.picks.find((x) => x.licenceId === w)?.weight).toBe(5);
    expect(weighted.picks.find((x) => x.licenceId !== w)?.weight).toBe(1);
    const card = await call(`/api/map/retailers/at?lat=${LAT + 2e-4}&lng=${LNG}`, {
      cookie: approver,
    });
    const found = await card.json<{ licences: { id: string; compliance: { klass: string } }[] }>();
    expect(found.licences.find((l) => l.id === w)?.compliance).toMatchObject({
      klass: 'W',
      nextCheckDue: today,
    });
  });
});

describe('published results (一公开)', () => {
  it('shows finished checks to anyone, with no personal data, and limits each IP', async () => {
    await retailers(3);
    const approver = await loginStaff('approver');
    const p = await plan(approver, { count: 2 });
    const pick = p.picks[0];
    const lead = pick?.officers[0]?.id === 'stf_inspector' ? 'inspector' : 'inspector2';
    const officer = await loginStaff(lead);
    const items = ON_SITE_CHECKLIST.items.map((i, n) => ({
      id: i.id,
      result: n === 0 ? 'fail' : 'pass',
    }));
    const rec = await call(`/api/tasks/${pick?.task?.id}/record`, {
      cookie: officer,
      body: { ...recordBody('sup-record-0001', 1), items, notes: '未按规定明码标价，责令整改' },
    });
    expect(rec.status, await rec.clone().text()).toBe(200);
    // The other officer stands behind the record: only then is the check done (and published).
    const version = (await rec.json<{ task: { version: number } }>()).task.version;
    const other = await loginStaff(lead === 'inspector' ? 'inspector2' : 'inspector');
    const confirmed = await call(`/api/tasks/${pick?.task?.id}/confirm`, {
      cookie: other,
      body: { decision: 'confirm', version },
    });
    expect(confirmed.status, await confirmed.clone().text()).toBe(200);

    const res = await call('/api/public/supervision/results');
    expect(res.status).toBe(200);
    const page = await res.json<PublicResultsPage>();
    expect(page.total).toBe(1);
    expect(page.items[0]).toEqual({
      planId: p.id,
      licenceNumber: pick?.licenceNumber,
      shopName: pick?.shopName,
      county: '潍城区',
      checkedOn: today,
      result: 'fail',
    });
    expect(page.plans[0]).toMatchObject({ id: p.id, drawn: 2, finished: 1 });
    const text = JSON.stringify(page);
    const people = (
      await env.DB.batch(
        [
          'SELECT display_name AS v FROM staff_users',
          'SELECT id AS v FROM staff_users',
          'SELECT holder_name AS v FROM licences',
          'SELECT phone AS v FROM applicants',
          'SELECT name AS v FROM applicants WHERE name IS NOT NULL',
          'SELECT id_number_masked AS v FROM applicants WHERE id_number_masked IS NOT NULL',
        ].map((q) => env.DB.prepare(q)),
      )
    ).flatMap((r) => r.results as { v: string }[]);
    expect(people.length).toBeGreaterThan(10);
    for (const { v } of people) expect(text, v).not.toContain(v);
    expect(text).not.toMatch(/1[3-9]\d{9}|\d{17}[\dX]|notes|officer|holder|inspector/i);

    // Limited per client IP like the public verify page.
    const ip = { 'cf-connecting-ip': '203.0.113.9' };
    let last = 0;
    for (let i = 0; i < 31; i++)
      last = (await call('/api/public/supervision/results', { headers: ip })).status;
    expect(last).toBe(429);
  });
});

describe('bad input changes nothing', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['share above 100%', { share: 101 }, 'SUPERVISION_SIZE_INVALID'],
    ['share of 0', { share: 0 }, 'SUPERVISION_SIZE_INVALID'],
    ['share and count', { share: 10, count: 2 }, 'SUPERVISION_SIZE_INVALID'],
    ['neither share nor count', {}, 'SUPERVISION_SIZE_INVALID'],
    ['an empty county', { area: '', count: 1 }, 'SUPERVISION_AREA_INVALID'],
    ['a county that does not exist', { area: '370799', count: 1 }, 'SUPERVISION_AREA_INVALID'],
    [
      'a county with no licensed retailer',
      { area: '370705', count: 1 },
      'SUPERVISION_POPULATION_EMPTY',
    ],
    [
      'a period ending before it starts',
      { periodTo: addCalendarDays(today, -1), count: 1 },
      'SUPERVISION_PERIOD_INVALID',
    ],
    [
      'a period in the past',
      { periodFrom: addCalendarDays(today, -5), count: 1 },
      'SUPERVISION_PERIOD_INVALID',
    ],
    [
      'a period of two years',
      { periodTo: addCalendarDays(today, 800), count: 1 },
      'SUPERVISION_PERIOD_INVALID',
    ],
    ['a date that is not one', { periodTo: '2026-02-30', count: 1 }, 'SUPERVISION_PERIOD_INVALID'],
    ['more than the population', { count: 4 }, 'SUPERVISION_COUNT_TOO_LARGE'],
    ['a fractional count', { count: 1.5 }, 'SUPERVISION_SIZE_INVALID'],
    ['an unknown field', { count: 1, seed: 42 }, 'VALIDATION_FAILED'],
  ];
  it.each(cases)('%s', async (_name, over, code) => {
    await retailers(3);
    const approver = await loginStaff('approver');
    const before = await stateDigest();
    const res = await call('/api/supervision/plans', {
      cookie: approver,
      body: { area: '370702', periodFrom: today, periodTo: until, weighted: true, ...over },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe(code);
    expect(await stateDigest()).toBe(before);
  });

  it('refuses a plan to a role that may not plan, a conflict that is not one, broken class rules', async () => {
    await retailers(2);
    const local = await loginStaff('clerk'); // a role that may not plan at all
    const before = await stateDigest();
    const res = await call('/api/supervision/plans', {
      cookie: local,
      body: { area: '370700', periodFrom: today, periodTo: until, count: 1, weighted: true },
    });
    expect(res.status).toBe(403);
    const approver = await loginStaff('approver');
    const wrong = await call('/api/supervision/conflicts', {
      cookie: approver,
      body: { inspectorId: 'stf_clerk', licenceNumber: '370702202400000', reason: '亲属' },
    });
    expect((await wrong.json<{ error: { code: string } }>()).error.code).toBe(
      'SUPERVISION_CONFLICT_INVALID',
    );
    const rules = await call('/api/supervision/rules', {
      method: 'PUT',
      cookie: await loginStaff('admin'),
      body: { minA: 50 },
    });
    expect(rules.status).toBe(400);
    expect(await stateDigest()).toBe(before);
  });
});
