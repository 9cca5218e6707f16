import { env } from 'cloudflare:workers';
import { latLngToCell } from 'h3-js';
import { beforeEach, describe, expect, it } from 'vitest';
import { saturationLevel } from '../../../core/saturation';
import { convert, distanceMetres } from '../../../core/coords';
import { call, count, loginStaff, seedWorld, todayMinus } from '../../../test/fixtures';
import { layoutCheck } from '../layout/layout.service';
import { changeLicenceStatus, expireLicences, recomputeCounts } from './grids.counts';
import { findGrid } from './grids.service';
import { appNowIso } from '../../lib/clock';

const LAT = 36.7301;
const LNG = 119.0602;
const GRID = latLngToCell(LAT, LNG, 8);

async function grid(capacity: number, retailers = 0, id = GRID): Promise<void> {
  await env.DB.prepare(
    `INSERT INTO grids (id, jurisdiction_code, kind, h3_res, capacity_computed, capacity, retailer_count, population)
     VALUES (?, '370702', 'h3', 8, ?, ?, ?, 5000)`,
  )
    .bind(id, capacity, capacity, retailers)
    .run();
}

/** Grants a licence the way approval does: premises + licence + count +1. */
async function grant(n: number, lat = LAT, lng = LNG, expires = '2099-01-01'): Promise<string> {
  const id = `lic_${n}`;
  const cell = latLngToCell(lat, lng, 8);
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
       VALUES (?, '370702', '测试路', ?, ?, ?, ?)`,
    ).bind(`pr_${n}`, lat, lng, cell, cell),
    env.DB.prepare(
      `INSERT INTO licences (id, number, holder_name, shop_name, premises_id, jurisdiction_code,
       status, issued_on, expires_on) VALUES (?, ?, '王', ?, ?, '370702', 'active', '2024-01-01', ?)`,
    ).bind(id, `3707022024${String(n).padStart(5, '0')}`, `店${n}`, `pr_${n}`, expires),
    env.DB.prepare('UPDATE grids SET retailer_count = retailer_count + 1 WHERE id = ?').bind(cell),
  ]);
  return id;
}

const countOf = async (id = GRID) => (await findGrid(env.DB, id))?.retailer_count;

describe('saturation counts', () => {
  beforeEach(async () => {
    await seedWorld();
    await grid(10);
  });

  it('follow grant, suspend, resume, cancel and expire, and equal a full recompute', async () => {
    const a = await grant(1);
    const b = await grant(2);
    await grant(3, LAT + 0.0005, LNG, todayMinus(3));
    expect(await countOf()).toBe(3);
    await changeLicenceStatus(env.DB, a, 'suspended', appNowIso(env)); // suspended still occupies its place
    expect(await countOf()).toBe(3);
    await changeLicenceStatus(env.DB, a, 'active', appNowIso(env));
    expect(await countOf()).toBe(3);
    await changeLicenceStatus(env.DB, b, 'cancelled', appNowIso(env));
    expect(await countOf()).toBe(2);
    const touched = await expireLicences(env.DB, todayMinus(0), appNowIso(env));
    expect(touched).toEqual([GRID]);
    expect(await countOf()).toBe(1);
    expect(await count('licences', "status = 'expired'")).toBe(1);
    expect(await expireLicences(env.DB, todayMinus(0), appNowIso(env))).toEqual([]); // idempotent
    // The repair recompute lands on the same number the increments gave.
    expect(await recomputeCounts(env.DB, appNowIso(env))).toEqual([]);
    expect(await countOf()).toBe(1);
    await env.DB.prepare('UPDATE grids SET retailer_count = 7').run();
    expect(await recomputeCounts(env.DB, appNowIso(env))).toEqual([GRID]);
    expect(await countOf()).toBe(1);
  });

  it('colours at exactly 90% and 100%; capacity 0 is "no places set", not red', () => {
    expect(saturationLevel(8, 10)).toBe('green');
    expect(saturationLevel(9, 10)).toBe('yellow');
    expect(saturationLevel(10, 10)).toBe('red');
    expect(saturationLevel(0, 0)).toBe('none');
  });
});

describe('layout check', () => {
  beforeEach(async () => {
    await seedWorld();
  });

  it('ok with free places and no neighbours; queue when full; refused near a retailer or school', async () => {
    await grid(2);
    let r = await layoutCheck(env.DB, { lat: LAT, lng: LNG, county: '370702' });
    expect(r?.verdict).toBe('ok');
    expect(r?.free).toBe(2);
    await grant(1, LAT + 0.0003, LNG); // ~33 m north: inside the default 50 m spacing
    r = await layoutCheck(env.DB, { lat: LAT, lng: LNG, county: '370702' });
    expect(r?.verdict).toBe('refused');
    expect(r?.reasons.map((x) => x.code)).toContain('too_close_retailer');
    expect(r?.nearest[0]?.distanceM).toBeGreaterThan(30);
    await grant(2, LAT - 0.002, LNG + 0.002);
    const far = { lat: LAT + 0.002, lng: LNG - 0.001, county: '370702' };
    r = await layoutCheck(env.DB, far);
    expect(r?.grid.id).toBe(GRID);
    expect(r?.level).toBe('red');
    expect(r?.verdict).toBe('queue');
    await env.DB.prepare(
      `INSERT INTO schools (id, jurisdiction_code, name, kind, lat, lng) VALUES ('s1', '370702', '实验小学', 'primary', ?, ?)`,
    )
      .bind(far.lat + 0.0003, far.lng)
      .run();
    r = await layoutCheck(env.DB, far);
    expect(r?.schoolZone).toBe(true);
    expect(r?.verdict).toBe('refused');
    expect(r?.reasons.map((x) => x.code)).toContain('school_zone');
  });

  it('answers over HTTP to signed-in users; outside the city or the county it says so', async () => {
    const cookie = await loginStaff('clerk');
    const ok = await call('/api/layout/check', {
      cookie,
      body: { lat: LAT, lng: LNG, county: '370702' },
    });
    expect(ok.status).toBe(200);
    const bad = await call('/api/layout/check', {
      cookie,
      body: { lat: 30, lng: LNG, county: '370702' },
    });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: 'LOCATION_OUTSIDE_CITY' } });
    // A grid of 潍城区 stands here: naming 奎文区 is refused with the county that owns the spot.
    await env.DB.prepare(
      `INSERT OR IGNORE INTO grids (id, jurisdiction_code, kind, h3_res, capacity_computed, capacity, retailer_count)
       VALUES (?, '370702', 'h3', 8, 10, 10, 0)`,
    )
      .bind(latLngToCell(LAT, LNG, 8))
      .run();
    const elsewhere = await call('/api/layout/check', {
      cookie,
      body: { lat: LAT, lng: LNG, county: '370705' },
    });
    expect(elsewhere.status).toBe(422);
    const body = await elsewhere.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('LOCATION_COUNTY_MISMATCH');
    expect(body.error.message).toContain('潍城区');
    expect(
      (await call('/api/layout/check', { body: { lat: LAT, lng: LNG, county: '370702' } })).status,
    ).toBe(401);
  });
});

describe('coordinates', () => {
  it('round-trips GCJ-02 and BD-09 at Weifang within 1 m', () => {
    for (const [lng, lat] of [
      [119.1618, 36.7069],
      [118.4778, 36.6966],
      [119.7543, 35.9951],
    ] as const) {
      for (const crs of ['GCJ02', 'BD09'] as const) {
        const [x, y] = convert(lng, lat, 'WGS84', crs);
        expect(distanceMetres(lat, lng, y, x)).toBeGreaterThan(100); // really shifted
        const [bx, by] = convert(x, y, crs, 'WGS84');
        expect(distanceMetres(lat, lng, by, bx)).toBeLessThan(1);
      }
    }
  });
});

describe('retailer import', () => {
  beforeEach(async () => {
    await seedWorld();
  });
  const good = (n: number) => ({
    number: `37070220230${String(n).padStart(4, '0')}`,
    name: `导入店${n}`,
    address: '潍城区测试街',
    ...(([lng, lat]) => ({ lng, lat }))(convert(LNG + n * 0.001, LAT, 'WGS84', 'BD09')),
  });

  it('dry run reports, commit with a bad row writes nothing, clean commit writes all', async () => {
    const cookie = await loginStaff('admin');
    const rows = [good(1), good(2), { ...good(3), lat: 30 }, { ...good(4), name: '' }];
    const dry = await call('/api/imports/retailers', { cookie, body: { crs: 'BD09', rows } });
    const report = await dry.json<{
      accepted: unknown[];
      rejected: { index: number; reasons: { zh: string; en: string }[] }[];
    }>();
    expect(report.accepted).toHaveLength(2);
    expect(report.rejected.map((r) => r.index)).toEqual([2, 3]);
    expect(report.rejected[0]?.reasons[0]?.zh).toContain('坐标不在本市范围');
    expect(report.rejected[1]?.reasons[0]?.zh).toContain('缺少店名');
    const bad = await call('/api/imports/retailers', {
      cookie,
      body: { crs: 'BD09', dryRun: false, rows },
    });
    expect(bad.status).toBe(422);
    expect(await count('licences')).toBe(0);
    const ok = await call('/api/imports/retailers', {
      cookie,
      body: { crs: 'BD09', dryRun: false, rows: [good(1), good(2)] },
    });
    expect(ok.status).toBe(200);
    expect(await count('licences')).toBe(2);
    const p = await env.DB.prepare('SELECT lat, lng FROM premises ORDER BY lng LIMIT 1').first<{
      lat: number;
      lng: number;
    }>();
    expect(distanceMetres(LAT, LNG + 0.001, p?.lat ?? 0, p?.lng ?? 0)).toBeLessThan(1);
    expect(await recomputeCounts(env.DB, appNowIso(env))).toEqual([]); // the import's increments are right
    const clerk = await loginStaff('clerk');
    const denied = await call('/api/imports/retailers', {
      cookie: clerk,
      body: { crs: 'BD09', rows },
    });
    expect(denied.status).toBe(403);
  });

  it('refuses impossible dates and hidden characters in the dry run, so a commit never fails', async () => {
    const cookie = await loginStaff('admin');
    const rows = [
      { ...good(5), issuedOn: '2026-02-30' },
      { ...good(6), issuedOn: '2025-06-01', expiresOn: '2025-01-01' },
      { ...good(7), name: '<img src=x>店' },
      { ...good(8), name: '正常\u0000店' },
      { ...good(9), address: '潍城区\u202e街01' },
    ];
    const dry = await call('/api/imports/retailers', { cookie, body: { crs: 'BD09', rows } });
    const report = await dry.json<{ accepted: unknown[]; rejected: { index: number }[] }>();
    expect(report.accepted).toEqual([]);
    expect(report.rejected.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    const commit = await call('/api/imports/retailers', {
      cookie,
      body: { crs: 'BD09', dryRun: false, rows },
    });
    expect(commit.status).toBe(422);
    expect(await count('licences')).toBe(0);
  });
});
