import { env } from 'cloudflare:workers';
import { latLngToCell } from 'h3-js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GeocodeAnswer } from '../../../core/geocode';
import { TiandituGeocoder } from '../../adapters/geocoder/geocoder.tianditu';
import { call, loginApplicant, seedWorld } from '../../../test/fixtures';

/** Premises and licences of a small city: roads, a township street, a village, shops. */
const SHOPS: [string, string, string, number, number][] = [
  ['370702', '潍坊市潍城区胜利西街12号', '鸿运便利店', 36.7312, 119.0281],
  ['370702', '潍坊市潍城区胜利西街30号', '百姓超市', 36.7318, 119.0302],
  ['370702', '潍坊市潍城区胜利西街88号', '如意烟酒店', 36.7325, 119.0333],
  ['370702', '潍坊市潍城区望留街道中心街5号', '兴隆商店', 36.6801, 119.0102],
  ['370702', '潍坊市潍城区符山镇王家庄村3号', '聚福副食店', 36.6402, 119.0005],
  ['370705', '潍坊市奎文区胜利东街8号', '万家超市', 36.7105, 119.1305],
];

async function seedShops(): Promise<void> {
  let n = 0;
  for (const [county, address, shop, lat, lng] of SHOPS) {
    n++;
    const cell = latLngToCell(lat, lng, 8);
    await env.DB.batch([
      env.DB.prepare(
        `INSERT OR IGNORE INTO grids (id, jurisdiction_code, kind, h3_res, capacity_computed, capacity, retailer_count)
         VALUES (?, ?, 'h3', 8, 5, 5, 0)`,
      ).bind(cell, county),
      env.DB.prepare(
        `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).bind(`pr_g${n}`, county, address, lat, lng, cell, cell),
      env.DB.prepare(
        `INSERT INTO licences (id, number, holder_name, shop_name, premises_id, jurisdiction_code,
         status, issued_on, expires_on) VALUES (?, ?, '王', ?, ?, ?, 'active', '2024-01-01', '2029-01-01')`,
      ).bind(`lic_g${n}`, `${county}2024${String(n).padStart(5, '0')}`, shop, `pr_g${n}`, county),
    ]);
  }
}

describe('place search (GET /api/geocode), local adapter', () => {
  let cookie: string;
  beforeAll(async () => {
    await seedWorld();
    await seedShops();
    cookie = await loginApplicant('13900000001');
  });

  const search = async (q: string) => {
    const res = await call(`/api/geocode?q=${encodeURIComponent(q)}`, { cookie });
    expect(res.status, await res.clone().text()).toBe(200);
    return res.json<GeocodeAnswer>();
  };

  it('finds roads by two characters, once per county, with their county', async () => {
    const a = await search('胜利');
    expect(a.provider).toBe('local');
    const roads = a.hits.filter((h) => h.kind === 'road');
    expect(roads.map((h) => [h.label, h.county.name])).toEqual([
      ['胜利西街', '潍城区'], // three premises: listed before the road with one
      ['胜利东街', '奎文区'],
    ]);
    // The road's pin is on one of its premises (the middle one), not between streets.
    expect(roads[0]).toMatchObject({ lat: 36.7318, lng: 119.0302 });
  });

  it('finds a shop by its name, at its premises, with the address beside it', async () => {
    const a = await search('鸿运');
    expect(a.hits[0]).toMatchObject({
      kind: 'shop',
      label: '鸿运便利店',
      detail: '潍坊市潍城区胜利西街12号',
      lat: 36.7312,
      lng: 119.0281,
      county: { code: '370702', name: '潍城区' },
    });
  });

  it('finds townships, villages and a town street, named with their township', async () => {
    expect((await search('望留')).hits[0]).toMatchObject({ kind: 'township', label: '望留街道' });
    expect((await search('中心街')).hits[0]).toMatchObject({
      kind: 'road',
      label: '望留街道中心街',
    });
    expect((await search('王家庄')).hits[0]).toMatchObject({
      kind: 'village',
      label: '王家庄村',
      detail: '符山镇',
      county: { name: '潍城区' },
    });
  });

  it('finds a county at its seat, without listing every address in it', async () => {
    const a = await search('潍城');
    expect(a.hits).toHaveLength(1);
    expect(a.hits[0]).toMatchObject({ kind: 'county', label: '潍城区', lat: 36.73, lng: 119.02 });
  });

  it('finds a full address (full-width digits too) and says nothing for an unknown name', async () => {
    expect((await search('胜利西街１２号')).hits[0]).toMatchObject({
      kind: 'address',
      label: '潍坊市潍城区胜利西街12号',
    });
    expect((await search('不存在的地方')).hits).toEqual([]);
  });

  it('is for signed-in users only', async () => {
    expect((await call('/api/geocode?q=胜利')).status).toBe(401);
  });

  it('limits searches per user and minute', async () => {
    // A fixed one-minute window: start early in a minute so that 31 searches share it.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 40_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
    const other = await loginApplicant('13900000009');
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) {
      codes.push((await call('/api/geocode?q=胜利', { cookie: other })).status);
    }
    expect(codes.slice(0, 30).every((s) => s === 200)).toBe(true);
    const over = await call('/api/geocode?q=胜利', { cookie: other });
    expect(over.status).toBe(429);
    expect(await over.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect(codes[30]).toBe(429);
  }, 90_000);
});

describe('the Tianditu adapter', () => {
  // Tianditu is not reachable from tests: `fetch` is replaced at that boundary only, answering
  // what its documentation shows, and the requests the adapter makes are checked.
  const asked: URL[] = [];
  const answer = (body: unknown) =>
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      asked.push(new URL(input instanceof Request ? input.url : String(input)));
      return Response.json(body);
    });
  afterEach(() => {
    vi.restoreAllMocks();
    asked.length = 0;
  });
  const geo = new TiandituGeocoder('KEY', '370700', 'https://api.tianditu.test');

  it('searches places within the city (queryType 12) with the key, and reads "lon,lat"', async () => {
    answer({
      resultType: 1,
      count: 1,
      status: { infocode: 1000, cndesc: '服务正常' },
      pois: [{ name: '潍坊火车站', address: '潍坊市奎文区', lonlat: '119.1234,36.7012' }],
    });
    const found = await geo.search('火车站', 10);
    expect(found).toEqual([
      { kind: 'place', label: '潍坊火车站', detail: '潍坊市奎文区', lng: 119.1234, lat: 36.7012 },
    ]);
    const u = asked[0] as URL;
    expect(u.pathname).toBe('/v2/search');
    expect(u.searchParams.get('tk')).toBe('KEY');
    expect(u.searchParams.get('type')).toBe('query');
    expect(JSON.parse(u.searchParams.get('postStr') ?? '')).toMatchObject({
      keyWord: '火车站',
      queryType: 12,
      specify: '156370700',
      count: 10,
    });
  });

  it('falls back to the geocoder for an address the place search does not know', async () => {
    let n = 0;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      asked.push(new URL(String(input)));
      return Response.json(
        n++ === 0
          ? { resultType: 1, count: 0, status: { infocode: 3001, cndesc: '没有找到数据' } }
          : {
              status: '0',
              msg: 'ok',
              location: { lon: '119.1301', lat: '36.7099', level: '门址', score: 100 },
            },
      );
    });
    const found = await geo.search('奎文区胜利东街100号', 10);
    expect(found).toEqual([
      {
        kind: 'address',
        label: '奎文区胜利东街100号',
        detail: '门址',
        lng: 119.1301,
        lat: 36.7099,
      },
    ]);
    expect(asked[1]?.pathname).toBe('/geocoder');
    expect(JSON.parse(asked[1]?.searchParams.get('ds') ?? '')).toEqual({
      keyWord: '奎文区胜利东街100号',
    });
  });

  it('says "unavailable" (503), not "nothing found", when Tianditu fails', async () => {
    answer({ status: { infocode: 3000, cndesc: '服务器出错' } });
    await expect(geo.search('火车站', 10)).rejects.toMatchObject({ code: 'GEOCODER_UNAVAILABLE' });
  });
});
