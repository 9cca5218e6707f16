// `npm run bench:stats`: the analysis page's data (办证智能分析) for the whole city on local
// workerd with the seeded Weifang data (40,000 retailers, 12,000 cases). The roll-up is built by
// the clock jobs (as the nightly cron would); then 10 concurrent clients for 10 s against
// (a) GET /api/health and (b) GET /api/analysis as the city-wide approver (default period), and
// (c) the same for one county and one business type. Absolute numbers drift on a shared
// machine, so p95 is printed as a ratio to health's in the same run (target ≤ 3×).
import { CLIENTS, load, SECONDS, staffCookie, startApp } from '../harness.mjs';

const TARGET = 3;

/** Waits until the roll-up exists (the start's first cron run builds it; run it if need be). */
async function rolledUp(base, cookie) {
  for (let i = 0; i < 240; i++) {
    const res = await fetch(`${base}/api/analysis`, { headers: { cookie } });
    const data = await res.json();
    if (res.ok && data.builtAt) return data;
    if (i % 20 === 0) await fetch(`${base}/cdn-cgi/local/scheduled`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the analysis roll-up was not built');
}

const { base, stop } = await startApp({
  port: process.env.BENCH_PORT || '8790',
  // Seeding takes a while: kept between runs; delete bench/out/stats-db to reset.
  db: 'stats-db',
  // Earlier runs signed in many times; the last roll-up is forgotten so that the clock jobs
  // build it afresh with this code.
  clearSql: 'DELETE FROM rate_limits; DELETE FROM analysis_runs',
  waitSeconds: 600,
});
const approver = await staffCookie(base, 'approver');
const data = await rolledUp(base, approver);
const filed = data.filed.reduce(
  (s, m) => s + Object.values(m.byType).reduce((a, b) => a + b, 0),
  0,
);
const bytes = JSON.stringify(data).length;
console.log(
  `data: whole city ${data.selection.from}…${data.selection.to}: ${filed} cases filed, ${data.steps.find((s) => s.step === 'decision')?.cases ?? 0} decided, ${data.inspections.length} inspectors; answer ${(bytes / 1024).toFixed(1)} KiB; ${CLIENTS} clients × ${SECONDS} s each`,
);

const health = await load('health', () => fetch(`${base}/api/health`), 16);
const city = await load(
  'analysis city',
  () => fetch(`${base}/api/analysis`, { headers: { cookie: approver } }),
  16,
);
const narrow = await load(
  'analysis 1 unit',
  () => fetch(`${base}/api/analysis?county=370702&type=new`, { headers: { cookie: approver } }),
  16,
);

const ratio = (r) => r.p95 / health.p95;
const met = ratio(city) <= TARGET && city.errors === 0;
console.log(
  `stats: analysis p95 ${ratio(city).toFixed(2)}× health's for the whole city (${ratio(narrow).toFixed(2)}× for one county and type); target ≤ ${TARGET}×: ${met ? 'met' : 'NOT met'}`,
);
stop();
process.exit(met ? 0 : 1);
