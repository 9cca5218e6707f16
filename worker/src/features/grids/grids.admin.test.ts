import { env } from 'cloudflare:workers';
import { latLngToCell } from 'h3-js';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, loginStaff, seedWorld } from '../../../test/fixtures';
import { findGrid } from './grids.service';

const A = latLngToCell(36.7301, 119.0602, 8);
const B = latLngToCell(36.75, 119.08, 8);

async function grid(id: string, population: number, capacity: number, count: number) {
  await env.DB.prepare(
    `INSERT INTO grids (id, jurisdiction_code, kind, h3_res, population, location_class,
       consumption_index, operating_cost_index, capacity_computed, capacity, retailer_count)
     VALUES (?, '370702', 'h3', 8, ?, 'town', 1, 1, ?, ?, ?)`,
  )
    .bind(id, population, capacity, capacity, count)
    .run();
}

describe('capacity administration', () => {
  beforeEach(async () => {
    await seedWorld();
    await grid(A, 5000, 20, 18); // 90%: yellow
    await grid(B, 5000, 20, 5);
  });

  it('previews which grids change colour, then applies in one action', async () => {
    const admin = await loginStaff('admin');
    const weights = {
      baseRate: 3.5,
      classWeight: { urban: 1.2, town: 1, rural: 0.8 },
      consumptionWeight: 1,
      costWeight: 1,
      retailerWeight: 0,
    };
    const res = await call('/api/grids/recompute/preview', { cookie: admin, body: { weights } });
    const preview = await res.json<{ changed: number; colourShifts: Record<string, number> }>();
    expect(preview.changed).toBe(2);
    expect(preview.colourShifts).toEqual({ 'yellow>red': 1 });
    expect((await findGrid(env.DB, A))?.capacity).toBe(20); // a preview writes nothing
    const applied = await call('/api/grids/recompute/apply', { cookie: admin, body: { weights } });
    expect(applied.status).toBe(200);
    expect((await findGrid(env.DB, A))?.capacity).toBe(18);
    const settings = await (
      await call('/api/grids/settings', { cookie: admin })
    ).json<{ weights: { baseRate: number } }>();
    expect(settings.weights.baseRate).toBe(3.5);
  });

  it('an override needs a reason, wins over the computed value, and only admins write', async () => {
    const admin = await loginStaff('admin');
    const noReason = await call(`/api/grids/${A}/override`, {
      method: 'PUT',
      cookie: admin,
      body: { capacity: 30 },
    });
    expect(noReason.status).toBe(400);
    const ok = await call(`/api/grids/${A}/override`, {
      method: 'PUT',
      cookie: admin,
      body: { capacity: 30, reason: '新建商业综合体' },
    });
    expect(ok.status).toBe(200);
    expect((await findGrid(env.DB, A))?.capacity).toBe(30);
    const approver = await loginStaff('approver');
    const denied = await call(`/api/grids/${A}/override`, {
      method: 'PUT',
      cookie: approver,
      body: { capacity: 1, reason: '试试' },
    });
    expect(denied.status).toBe(403);
    const detail = await call(`/api/map/grids/${A}`, { cookie: approver });
    const d = await detail.json<{ override: number; computation: { formula: string } }>();
    expect(d.override).toBe(30);
    expect(d.computation.formula).toContain('→ 20');
  });

  it('an imported polygon takes precedence over the H3 cells it covers', async () => {
    const admin = await loginStaff('admin');
    const ring = [
      [119.05, 36.72],
      [119.07, 36.72],
      [119.07, 36.74],
      [119.05, 36.74],
      [119.05, 36.72],
    ];
    const body = {
      crs: 'WGS84',
      dryRun: false,
      units: [
        {
          code: 'WC-01',
          name: '胜利街市场单元',
          county: '370702',
          geometry: { type: 'Polygon', coordinates: [ring] },
        },
      ],
    };
    expect((await call('/api/grids/polygons', { cookie: admin, body })).status).toBe(200);
    const check = await call('/api/layout/check', {
      cookie: admin,
      body: { lat: 36.7301, lng: 119.0602, county: '370702' },
    });
    const r = await check.json<{ grid: { id: string; kind: string } }>();
    expect(r.grid).toMatchObject({ id: 'poly-370702-WC-01', kind: 'polygon' });
  });
});
