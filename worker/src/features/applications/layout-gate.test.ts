import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, count, loginApplicant, loginStaff, seedWorld } from '../../../test/fixtures';
import { acceptedNewCase, act, LAT, LNG, row, setGrid } from '../../../test/cases';
import { isAssertionFailure } from '../../lib/batch';
import { findApplication } from './applications.repo';
import { approvalLayoutGate } from './layout-gate';

/** Metres north of the test point, in degrees of latitude. */
const north = (m: number) => m / 111_320;

async function school(name: string, metresNorth: number) {
  await env.DB.prepare(
    `INSERT INTO schools (id, jurisdiction_code, name, kind, lat, lng)
     VALUES (?, '370702', ?, 'primary', ?, ?)`,
  )
    .bind(crypto.randomUUID(), name, LAT + north(metresNorth), LNG)
    .run();
}

async function layoutOf(cookie: string, id: string) {
  const res = await call(`/api/applications/${id}/layout`, { cookie });
  return { status: res.status, body: await res.json<Record<string, unknown>>() };
}

beforeEach(async () => {
  await seedWorld();
  await setGrid(10, 2);
});

describe('the layout gate at approval: distance rules (合理布局)', () => {
  it('refuses inside the school zone and says why; an override with a reason grants', async () => {
    await school('潍城区实验小学', 30);
    const id = await acceptedNewCase('near_school');
    const approver = await loginStaff('approver');

    const seen = await layoutOf(approver, id);
    expect(seen.status).toBe(200);
    const layout = seen.body.layout as { verdict: string; schoolZone: boolean };
    expect(layout.verdict).toBe('refused');
    expect(layout.schoolZone).toBe(true);

    const res = await act(approver, id, { action: 'approve' });
    expect(res.status).toBe(409);
    const { error } = await res.json<{ error: { code: string; message: string } }>();
    expect(error.code).toBe('LAYOUT_RULES');
    expect(error.message).toContain('潍城区实验小学');
    expect(error.message).toContain('50 米');
    expect((await row(id))?.status).toBe('accepted');
    expect(await count('licences')).toBe(0);

    const granted = await act(approver, id, {
      action: 'approve',
      layoutOverrideReason: '学校已迁址，原址改为社区中心',
    });
    expect(granted.status).toBe(200);
    expect((await row(id))?.layout_override_reason).toBe('学校已迁址，原址改为社区中心');
  });

  it('keeps the minimum spacing between retailers', async () => {
    const approver = await loginStaff('approver');
    const first = await acceptedNewCase('first', { acceptedOn: '2026-11-09' });
    expect((await act(approver, first, { action: 'approve' })).status).toBe(200);

    const close = await acceptedNewCase('close', { lat: LAT + north(20) });
    const res = await act(approver, close, { action: 'approve' });
    expect(res.status).toBe(409);
    const { error } = await res.json<{ error: { code: string; message: string } }>();
    expect(error.code).toBe('LAYOUT_RULES');
    expect(error.message).toContain('first店');

    const apart = await acceptedNewCase('apart', { lat: LAT + north(120) });
    expect((await act(approver, apart, { action: 'approve' })).status).toBe(200);
  });

  it('holds the spacing inside the approval transaction (two approvals 20 m apart)', async () => {
    const approver = await loginStaff('approver');
    const a = await acceptedNewCase('race_a', { acceptedOn: '2026-11-09' });
    const b = await acceptedNewCase('race_b', { lat: LAT + north(20) });
    // b passed its check; then a is granted before b's batch commits.
    const gate = await approvalLayoutGate(
      env.DB,
      (await findApplication(env.DB, b))!,
      '2026-11-20',
    );
    expect(gate).toHaveLength(1);
    expect((await act(approver, a, { action: 'approve' })).status).toBe(200);
    const failed = await env.DB.batch(gate).then(
      () => null,
      (err: unknown) => err,
    );
    expect(isAssertionFailure(failed)).toBe(true);

    const both = await Promise.all(
      [
        await acceptedNewCase('race_c', { lat: LAT + north(400) }),
        await acceptedNewCase('race_d', { lat: LAT + north(420) }),
      ].map((id) => act(approver, id, { action: 'approve' })),
    );
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const lost = both.find((r) => r.status === 409);
    expect((await lost?.json<{ error: { code: string } }>())?.error.code).toBe('LAYOUT_RULES');
  });

  it('follows the distances the admin sets', async () => {
    await school('东关幼儿园', 30);
    const admin = await loginStaff('admin');
    const current = await (
      await call('/api/grids/settings', { cookie: admin })
    ).json<{
      weights: unknown;
    }>();
    const put = await call('/api/grids/settings', {
      cookie: admin,
      method: 'PUT',
      body: { weights: current.weights, rules: { minSpacingM: 50, schoolBufferM: 20 } },
    });
    expect(put.status).toBe(200);
    const id = await acceptedNewCase('outside_20m');
    const approver = await loginStaff('approver');
    expect((await act(approver, id, { action: 'approve' })).status).toBe(200);
  });

  it('shows the layout only to staff who may read the case', async () => {
    const id = await acceptedNewCase('scoped');
    const applicant = await loginApplicant('13900000001');
    expect((await layoutOf(applicant, id)).status).toBeGreaterThanOrEqual(401);
    const otherCounty = await loginStaff('clerk.kuiwen');
    expect((await layoutOf(otherCounty, id)).status).toBe(404);
    const clerk = await loginStaff('clerk');
    const mine = await layoutOf(clerk, id);
    expect(mine.status).toBe(200);
    expect((mine.body.layout as { verdict: string }).verdict).toBe('ok');
  });
});

interface Detail {
  application: {
    status: string;
    layoutOverrides: {
      at: string;
      actor: string;
      reason: string;
      rules: { rule: string; zh: string; en: string }[];
    }[];
  };
}

describe('the gate names every rule; an override stays on the record', () => {
  it('names the school zone, the spacing and the queue at once', async () => {
    await school('东关小学', 20);
    const approver = await loginStaff('approver');
    const granted = await acceptedNewCase('neighbour', { acceptedOn: '2026-11-01' });
    expect(
      (await act(approver, granted, { action: 'approve', layoutOverrideReason: '学校已迁址' }))
        .status,
    ).toBe(200);
    // The grid is full now (capacity 3, three retailers), and an earlier case still waits.
    await setGrid(3, 3);
    await acceptedNewCase('earlier', { acceptedOn: '2026-11-03', lat: LAT + north(600) });
    const id = await acceptedNewCase('late', { acceptedOn: '2026-11-05', lat: LAT + north(10) });
    const res = await act(approver, id, { action: 'approve' });
    expect(res.status).toBe(409);
    const { error } = await res.json<{
      error: { code: string; message: string; issues: { path: string }[] };
    }>();
    expect(error.code).toBe('LAYOUT_RULES');
    expect(error.issues.map((i) => i.path).sort()).toEqual([
      'layout.grid_place',
      'layout.school_zone',
      'layout.too_close_retailer',
    ]);
    expect(error.message).toContain('东关小学');
    expect(error.message).toContain('neighbour店');
    expect(error.message).toContain('轮候第2位');
    expect((await row(id))?.status).toBe('accepted');
  });

  it('keeps who, when, which rules and why; the case page shows the check as decided', async () => {
    await school('潍城区实验小学', 30);
    await setGrid(4, 4);
    const id = await acceptedNewCase('override');
    const approver = await loginStaff('approver');
    const refused = await act(approver, id, { action: 'approve' });
    expect((await refused.json<{ error: { code: string } }>()).error.code).toBe('LAYOUT_RULES');
    const granted = await act(approver, id, {
      action: 'approve',
      layoutOverrideReason: '市政府重点扶持的便民服务点，学校已迁址',
    });
    expect(granted.status).toBe(200);

    // Whoever reads the case later sees the override: by whom, when, over which rules, why.
    const clerk = await loginStaff('clerk');
    const seen = await (await call(`/api/applications/${id}`, { cookie: clerk })).json<Detail>();
    expect(seen.application.status).toBe('approved');
    expect(seen.application.layoutOverrides).toHaveLength(1);
    const o = seen.application.layoutOverrides[0];
    expect(o?.actor).toBe('测试approver');
    expect(o?.reason).toBe('市政府重点扶持的便民服务点，学校已迁址');
    expect(o?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(o?.rules.map((r) => r.rule).sort()).toEqual(['grid_place', 'school_zone']);
    expect(o?.rules.find((r) => r.rule === 'school_zone')?.zh).toContain('潍城区实验小学');

    // The 合理布局 panel after the decision: the check as it stood then, labelled so — not a
    // check now, where the shop's own licence would stand 0 m away.
    const layout = await layoutOf(clerk, id);
    expect(layout.status).toBe(200);
    expect(layout.body.asOf).toMatchObject({ kind: 'decision', action: 'approve' });
    expect((layout.body.layout as { verdict: string }).verdict).toBe('refused');
    expect((layout.body.layout as { grid: { count: number } }).grid.count).toBe(4);
  });

  it('an override reason where nothing is broken is no override', async () => {
    const approver = await loginStaff('approver');
    const id = await acceptedNewCase('plain');
    const res = await act(approver, id, { action: 'approve', layoutOverrideReason: '以防万一' });
    expect(res.status).toBe(200);
    const d = await res.json<Detail>();
    expect(d.application.layoutOverrides).toEqual([]);
    expect((await row(id))?.layout_override_reason).toBeNull();
  });

  it('a decision made before checks were kept shows the check now, labelled', async () => {
    const approver = await loginStaff('approver');
    const id = await acceptedNewCase('old_decision');
    expect((await act(approver, id, { action: 'approve' })).status).toBe(200);
    await env.DB.prepare(
      `UPDATE application_events SET data_json = NULL WHERE application_id = ? AND action = 'approve'`,
    )
      .bind(id)
      .run();
    const layout = await layoutOf(approver, id);
    expect(layout.body.asOf).toEqual({ kind: 'now', decided: true });
    // Its own licence is not a neighbour of itself.
    const check = layout.body.layout as { nearest: { distanceM: number }[]; verdict: string };
    expect(check.nearest.every((n) => n.distanceM > 0)).toBe(true);
    expect(check.verdict).toBe('ok');
  });
});
