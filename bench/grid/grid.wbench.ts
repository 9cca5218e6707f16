/**
 * (a) assign grids to 100,000 retailers and recompute every grid (counts and capacities);
 * (b) the layout check at 1,000 random points. Inside workerd, on local D1. Prints one
 * `BENCH_JSON:` line that run.mjs reads.
 */
import { env } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../worker/core/capacity';
import { applyStatements, planRecompute } from '../../worker/src/features/grids/grids.capacity';
import { recomputeCounts } from '../../worker/src/features/grids/grids.counts';
import { makeLocator } from '../../worker/src/features/grids/grids.locate';
import { layoutCheck } from '../../worker/src/features/layout/layout.service';
import { appNowIso } from '../../worker/src/lib/clock';

const N = 100_000;
const UNITS: [string, string, number, number, number][] = [
  ['370702', '潍城区', 119.02, 36.73, 8],
  ['370703', '寒亭区', 119.21, 36.77, 8],
  ['370704', '坊子区', 119.17, 36.65, 8],
  ['370705', '奎文区', 119.13, 36.71, 8],
  ['370724', '临朐县', 118.54, 36.51, 7],
  ['370725', '昌乐县', 118.83, 36.69, 7],
  ['370781', '青州市', 118.48, 36.68, 7],
  ['370782', '诸城市', 119.41, 35.99, 7],
  ['370783', '寿光市', 118.79, 36.86, 7],
  ['370784', '安丘市', 119.22, 36.48, 7],
  ['370785', '高密市', 119.76, 36.38, 7],
  ['370786', '昌邑市', 119.4, 36.86, 7],
];

let seed = 42;
const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const gauss = () => (rnd() + rnd() + rnd() - 1.5) / 1.5;
const point = () => {
  const u = UNITS[Math.floor(rnd() * UNITS.length)] as (typeof UNITS)[number];
  const spread = u[4] === 8 ? 0.06 : 0.15;
  return { county: u[0], lng: u[2] + gauss() * spread, lat: u[3] + gauss() * spread };
};

async function exec(sql: string[]): Promise<void> {
  for (let i = 0; i < sql.length; i += 50) {
    await env.DB.batch(sql.slice(i, i + 50).map((s) => env.DB.prepare(s)));
  }
}

it('grid benchmark', async () => {
  const d1 = env.DB;
  await exec([
    `INSERT INTO jurisdictions (code, name, kind, parent_code, seat_lng, seat_lat, h3_res) VALUES
     ('370700','潍坊市','city',NULL,119.16,36.71,8),` +
      UNITS.map((u) => `('${u[0]}','${u[1]}','district','370700',${u[2]},${u[3]},${u[4]})`).join(
        ',',
      ),
  ]);
  const pts = Array.from({ length: N }, point);

  // (a) cell assignment: one locator (counties + imported polygons read once), 100,000 points.
  const t0 = performance.now();
  const locate = await makeLocator(d1);
  const cells = pts.map((p) => locate(p.lat, p.lng, p.county)?.gridId ?? '');
  const assignMs = performance.now() - t0;

  // Loading the rows is set-up, timed apart: the import path, not the recompute.
  const t1 = performance.now();
  const prem: string[] = [];
  const lic: string[] = [];
  const statuses = ['active', 'active', 'active', 'active', 'suspended', 'cancelled', 'expired'];
  for (let i = 0; i < N; i += 500) {
    const rows = pts.slice(i, i + 500);
    prem.push(
      `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id) VALUES ` +
        rows
          .map(
            (p, j) =>
              `('p${i + j}','${p.county}','a',${p.lat},${p.lng},'${cells[i + j]}','${cells[i + j]}')`,
          )
          .join(','),
    );
    lic.push(
      `INSERT INTO licences (id, number, holder_name, shop_name, premises_id, jurisdiction_code, status, issued_on, expires_on) VALUES ` +
        rows
          .map(
            (p, j) =>
              `('l${i + j}','n${i + j}','h','店${i + j}','p${i + j}','${p.county}','${statuses[(i + j) % 7]}','2024-01-01','2029-01-01')`,
          )
          .join(','),
    );
  }
  const gridRows = new Map<string, string>();
  pts.forEach((p, i) => gridRows.set(cells[i] ?? '', p.county));
  const gridSql: string[] = [];
  const ids = [...gridRows.keys()];
  for (let i = 0; i < ids.length; i += 500) {
    gridSql.push(
      `INSERT INTO grids (id, jurisdiction_code, kind, h3_res, population, consumption_index, operating_cost_index) VALUES ` +
        ids
          .slice(i, i + 500)
          .map(
            (id, j) =>
              `('${id}','${gridRows.get(id)}','h3',8,${1000 + (((i + j) * 523) % 9000)},1.1,0.9)`,
          )
          .join(','),
    );
  }
  await exec(gridSql);
  await exec(prem);
  await exec(lic);
  const loadMs = performance.now() - t1;

  // (a) recompute all grids: counts from the register, then every capacity from the formula.
  const t2 = performance.now();
  const changedCounts = await recomputeCounts(d1, appNowIso(env));
  const countsMs = performance.now() - t2;
  const { all } = await planRecompute(d1, DEFAULT_WEIGHTS);
  const stmts = applyStatements(d1, all, appNowIso(env));
  if (stmts.length) await d1.batch(stmts);
  const recomputeMs = performance.now() - t2;
  const grids =
    (await d1.prepare('SELECT COUNT(*) AS n FROM grids').first<{ n: number }>())?.n ?? 0;

  // (b) layout check at 1,000 random points.
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const p = point();
    const s = performance.now();
    const r = await layoutCheck(d1, p);
    times.push(performance.now() - s);
    expect(r).not.toBeNull();
  }
  times.sort((a, b) => a - b);
  const pct = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  console.log(
    `BENCH_JSON:${JSON.stringify({
      retailers: N,
      grids,
      assignMs,
      loadMs,
      recomputeMs,
      countsMs,
      countsChanged: changedCounts.length,
      capacitiesChanged: all.length,
      checkP50: pct(0.5),
      checkP95: pct(0.95),
      checkMax: pct(1),
    })}`,
  );
});
