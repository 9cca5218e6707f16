import { env } from 'cloudflare:workers';
import { latLngToCell } from 'h3-js';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PolygonImportReport, RecomputePreviewView } from '../../../core/api';
import { saturationLevel } from '../../../core/saturation';
import { call, count, loginStaff, seedWorld } from '../../../test/fixtures';
import { findGrid } from './grids.service';

const CELL = latLngToCell(36.7301, 119.0602, 8);
const ring = [
  [119.05, 36.72],
  [119.07, 36.72],
  [119.07, 36.74],
  [119.05, 36.74],
  [119.05, 36.72],
];
const unit = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: `${code} 市场单元`,
  county: '潍城区',
  population: 3000,
  geometry: { type: 'Polygon', coordinates: [ring] },
  ...extra,
});

/** Two shops in CELL (inside the polygon): one active, one cancelled. */
async function shops() {
  await env.DB.prepare(
    `INSERT INTO grids (id, jurisdiction_code, kind, h3_res, capacity_computed, capacity,
       retailer_count) VALUES (?, '370702', 'h3', 8, 5, 5, 1)`,
  )
    .bind(CELL)
    .run();
  for (const [i, status] of ['active', 'cancelled'].entries()) {
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
         VALUES (?, '370702', '胜利街', ?, 119.0602, ?, ?)`,
      ).bind(`p${i}`, 36.7301 + i * 0.0001, CELL, CELL),
      env.DB.prepare(
        `INSERT INTO licences (id, number, holder_name, shop_name, premises_id, jurisdiction_code,
           status, issued_on, expires_on, updated_at)
         VALUES (?, ?, '张三', '便利店', ?, '370702', ?, '2024-01-01', '2029-01-01', '2024-01-01')`,
      ).bind(`l${i}`, `37070220240000${i}`, `p${i}`, status),
    ]);
  }
}

describe('polygon import', () => {
  beforeEach(async () => {
    await seedWorld();
    await shops();
  });

  it('a dry run counts the retailers that would move and lists rejected units with reasons', async () => {
    const admin = await loginStaff('admin');
    const units = [
      unit('WC-01'),
      unit('WC-02', { county: '火星区' }),
      unit('WC-03', { geometry: { type: 'Polygon', coordinates: [ring.slice(0, 4)] } }),
      unit('WC-01'),
    ];
    const res = await call('/api/grids/polygons', {
      cookie: admin,
      body: { crs: 'WGS84', dryRun: true, units },
    });
    expect(res.status).toBe(200);
    const r = await res.json<PolygonImportReport>();
    expect(r.accepted).toHaveLength(1);
    expect(r.accepted[0]).toMatchObject({ id: 'poly-370702-WC-01', premises: 2, retailers: 1 });
    expect(r.accepted[0]?.capacity).toBe(14); // 3000/1000 × 4 × 1.2 (urban), current weights
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 3]);
    expect(r.rejected[0]?.reasons[0]?.zh).toContain('未知县市区');
    expect(r.rejected[1]?.reasons[0]?.zh).toContain('几何图形无效');
    expect(r.rejected[2]?.reasons[0]?.zh).toContain('编码重复');
    expect(await count('grids', "kind = 'polygon'")).toBe(0);

    const commit = await call('/api/grids/polygons', {
      cookie: admin,
      body: { crs: 'WGS84', dryRun: false, units },
    });
    expect(commit.status).toBe(422);
    expect(await count('grids', "kind = 'polygon'")).toBe(0);
    expect(await count('premises', 'grid_id = ?', CELL)).toBe(2);
  });

  it('a commit moves the premises and rebuilds both grids’ counts in one batch', async () => {
    const admin = await loginStaff('admin');
    const res = await call('/api/grids/polygons', {
      cookie: admin,
      body: { crs: 'WGS84', dryRun: false, units: [unit('WC-01', { locationClass: 'town' })] },
    });
    expect(res.status).toBe(200);
    expect((await res.json<PolygonImportReport>()).committed).toBe(true);
    const poly = await findGrid(env.DB, 'poly-370702-WC-01');
    expect(poly).toMatchObject({ retailer_count: 1, capacity: 12 });
    expect((await findGrid(env.DB, CELL))?.retailer_count).toBe(0);
    expect(await count('premises', 'grid_id = ?', 'poly-370702-WC-01')).toBe(2);
  });

  it('a re-import with a smaller outline returns the premises left outside to their cell', async () => {
    const admin = await loginStaff('admin');
    const first = await call('/api/grids/polygons', {
      cookie: admin,
      body: { crs: 'WGS84', dryRun: false, units: [unit('WC-01')] },
    });
    expect(first.status).toBe(200);
    // The new outline ends south of the active shop (36.7301): it no longer holds either shop.
    const south = [
      [119.05, 36.72],
      [119.07, 36.72],
      [119.07, 36.73],
      [119.05, 36.73],
      [119.05, 36.72],
    ];
    const smaller = unit('WC-01', { geometry: { type: 'Polygon', coordinates: [south] } });
    const dry = await call('/api/grids/polygons', {
      cookie: admin,
      body: { crs: 'WGS84', dryRun: true, units: [smaller] },
    });
    expect((await dry.json<PolygonImportReport>()).accepted[0]?.premises).toBe(2);
    const again = await call('/api/grids/polygons', {
      cookie: admin,
      body: { crs: 'WGS84', dryRun: false, units: [smaller] },
    });
    expect(again.status).toBe(200);
    expect(await count('premises', 'grid_id = ?', 'poly-370702-WC-01')).toBe(0);
    expect(await count('premises', 'grid_id = ?', CELL)).toBe(2);
    expect((await findGrid(env.DB, CELL))?.retailer_count).toBe(1);
    expect((await findGrid(env.DB, 'poly-370702-WC-01'))?.retailer_count).toBe(0);
  });
});

describe('recompute preview', () => {
  beforeEach(async () => {
    await seedWorld();
    await shops();
  });

  it('lists each changed grid with its county, capacities, count and both colours', async () => {
    const admin = await loginStaff('admin');
    await call('/api/grids/polygons', {
      cookie: admin,
      body: { crs: 'WGS84', dryRun: false, units: [unit('WC-01', { locationClass: 'town' })] },
    });
    await env.DB.prepare(
      `INSERT INTO grids (id, jurisdiction_code, kind, h3_res, population, location_class,
         capacity_computed, capacity, retailer_count) VALUES (?, '370705', 'h3', 8, 2000, 'town', 10, 10, 9)`,
    )
      .bind(latLngToCell(36.71, 119.13, 8))
      .run();
    const weights = {
      baseRate: 1,
      classWeight: { urban: 1, town: 1, rural: 1 },
      consumptionWeight: 1,
      costWeight: 1,
      retailerWeight: 0,
    };
    const res = await call('/api/grids/recompute/preview', { cookie: admin, body: { weights } });
    const p = await res.json<RecomputePreviewView>();
    const poly = p.changes.find((c) => c.id === 'poly-370702-WC-01');
    expect(poly).toMatchObject({
      county: '370702',
      countyName: '潍城区',
      count: 1,
      from: 12,
      to: 3,
      levelFrom: 'green',
      levelTo: saturationLevel(1, 3),
    });
    expect((poly?.geometry as { type: string }).type).toBe('Polygon');
    const kw = p.changes.find((c) => c.county === '370705');
    expect(kw).toMatchObject({ countyName: '奎文区', from: 10, to: 2, levelFrom: 'yellow' });
    expect(kw?.levelTo).toBe('red');
    expect(kw?.geometry).toBeUndefined();
    expect(p.colourShifts['yellow>red']).toBe(1);
  });
});

describe('distance rules settings', () => {
  beforeEach(async () => {
    await seedWorld();
  });

  it('the admin saves spacing and school buffer; bad values and other roles are refused', async () => {
    const admin = await loginStaff('admin');
    const get = async () =>
      (await call('/api/grids/settings', { cookie: admin })).json<{
        weights: unknown;
        rules: { minSpacingM: number; schoolBufferM: number };
      }>();
    const s = await get();
    expect(s.rules).toEqual({ minSpacingM: 50, schoolBufferM: 50 });
    const put = (cookie: string, rules: unknown) =>
      call('/api/grids/settings', { method: 'PUT', cookie, body: { ...s, rules } });
    expect((await put(admin, { minSpacingM: 30, schoolBufferM: -1 })).status).toBe(400);
    expect((await put(admin, { minSpacingM: 30.5, schoolBufferM: 50 })).status).toBe(400);
    expect(
      (await put(await loginStaff('approver'), { minSpacingM: 0, schoolBufferM: 0 })).status,
    ).toBe(403);
    expect((await put(admin, { minSpacingM: 80, schoolBufferM: 100 })).status).toBe(200);
    expect((await get()).rules).toEqual({ minSpacingM: 80, schoolBufferM: 100 });
  });
});
