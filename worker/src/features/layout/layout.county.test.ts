import { env } from 'cloudflare:workers';
import { latLngToCell } from 'h3-js';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LayoutCheckAnswer, LayoutCountyAnswer } from '../../../core/api';
import { call, loginApplicant, seedWorld } from '../../../test/fixtures';

// The test world's seats: 潍城区 119.02 E 36.73 N, 奎文区 119.13 E 36.71 N.
const WEICHENG_SPOT = { lat: 36.7301, lng: 119.0302 };
const MIDWAY = { lat: 36.72, lng: 119.076 };

describe('the county of a point (GET /api/layout/county, and in the layout check)', () => {
  let cookie: string;
  beforeEach(async () => {
    await seedWorld();
    cookie = await loginApplicant('13900000001');
  });
  const county = async (p: { lat: number; lng: number }) => {
    const res = await call(`/api/layout/county?lat=${p.lat}&lng=${p.lng}`, { cookie });
    return { status: res.status, body: await res.json<LayoutCountyAnswer>() };
  };

  it('near a seat, with no grid there: that seat’s county, settled', async () => {
    const { status, body } = await county(WEICHENG_SPOT);
    expect(status).toBe(200);
    expect(body).toEqual({
      county: { code: '370702', name: '潍城区' },
      source: 'seat',
      candidates: [{ code: '370702', name: '潍城区' }],
    });
  });

  it('a grid at the point decides over the seats', async () => {
    await env.DB.prepare(
      `INSERT INTO grids (id, jurisdiction_code, kind, h3_res, capacity_computed, capacity, retailer_count)
       VALUES (?, '370705', 'h3', 8, 5, 5, 0)`,
    )
      .bind(latLngToCell(WEICHENG_SPOT.lat, WEICHENG_SPOT.lng, 8))
      .run();
    const { body } = await county(WEICHENG_SPOT);
    expect(body).toMatchObject({ county: { code: '370705' }, source: 'grid' });
  });

  it('midway between two seats the point is ambiguous: either may be named, no other', async () => {
    const { body } = await county(MIDWAY);
    expect(body.candidates.map((c) => c.code).sort()).toEqual(['370702', '370705']);
    for (const c of ['370702', '370705']) {
      const res = await call('/api/layout/check', { cookie, body: { ...MIDWAY, county: c } });
      expect(res.status).toBe(200);
      expect((await res.json<LayoutCheckAnswer>()).point.county).toBe(c);
    }
  });

  it('the layout check sets the county from the point when none is named', async () => {
    const res = await call('/api/layout/check', { cookie, body: WEICHENG_SPOT });
    expect(res.status).toBe(200);
    const body = await res.json<LayoutCheckAnswer>();
    expect(body.point.county).toBe('370702');
    expect(body.county).toMatchObject({ county: { name: '潍城区' }, source: 'seat' });
    expect(body.standing).toBe('room');
  });

  it('naming another county is refused with the right one; outside the city in words', async () => {
    const wrong = await call('/api/layout/check', {
      cookie,
      body: { ...WEICHENG_SPOT, county: '370705' },
    });
    expect(wrong.status).toBe(422);
    const w = await wrong.json<{ error: { code: string; message: string } }>();
    expect(w.error.code).toBe('LOCATION_COUNTY_MISMATCH');
    expect(w.error.message).toContain('潍城区');
    const out = await call('/api/layout/county?lat=35.65&lng=118.15', { cookie });
    expect(out.status).toBe(422);
    const o = await out.json<{ error: { code: string; message: string } }>();
    expect(o.error.code).toBe('LOCATION_OUTSIDE_CITY');
    expect(o.error.message).toContain('该位置不在潍坊市范围内');
    const en = await call('/api/layout/county?lat=39.9&lng=116.4', {
      cookie,
      headers: { 'accept-language': 'en' },
    });
    expect((await en.json<{ error: { message: string } }>()).error.message).toContain(
      'outside 潍坊市',
    );
  });
});
