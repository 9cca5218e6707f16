// `npm run bench:stats`: the analysis page's data (办证智能分析) for the whole city on local
// workerd with the seeded Weifang data (40,000 retailers, 12,000 cases). The roll-up is built by
// the clock jobs (as the nightly cron would); then 10 concurrent clients for 10 s against
// (a) GET /api/health and (b) GET /api/analysis as the city-wide approver (default period), and
// (c) the same for one county and one business type. Absolute numbers drift on a shared
// machine, so p95 is printed as a ratio to health's in the same run (target ≤ 3×).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = process.env.BENCH_PORT || '8790';
const base = `http://127.0.0.1:${port}`;
const CLIENTS = Number(process.env.BENCH_CLIENTS || 10);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const TARGET = 3;
// A database of its own, kept between runs (seeding takes a while); delete bench/out/stats-db to reset.
const persist = join(root, 'bench/out/stats-db');
mkdirSync(persist, { recursive: true });

// Earlier runs signed in many times: clear the sign-in rate limits; forget the last roll-up so the
// clock jobs build it afresh with this code (both harmless before the tables exist).
spawnSync(
  join(root, 'node_modules/.bin/wrangler'),
  [
    'd1',
    'execute',
    'DB',
    '--local',
    '--persist-to',
    persist,
    '--command',
    'DELETE FROM rate_limits; DELETE FROM analysis_runs',
  ],
  { cwd: root, env: { ...process.env, CI: 'true' }, stdio: 'ignore' },
);

const server = spawn('node', [join(root, 'worker/scripts/start.mjs')], {
  cwd: root,
  env: { ...process.env, PORT: port, XUKE_PERSIST_DIR: persist, XUKE_LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let log = '';
server.stdout.on('data', (d) => (log += d));
server.stderr.on('data', (d) => (log += d));
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // gone
  }
};
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));

async function up() {
  for (let i = 0; i < 1200; i++) {
    if (server.exitCode !== null) break;
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.error(log);
  throw new Error('server did not start');
}

async function signIn(username) {
  const res = await fetch(`${base}/api/auth/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Xuke#2026' }),
  });
  const m = /xuke_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  if (!m) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  return `xuke_session=${m[1]}`;
}

/** Waits until the roll-up exists (the start's first cron run builds it; run it if need be). */
async function rolledUp(cookie) {
  for (let i = 0; i < 240; i++) {
    const res = await fetch(`${base}/api/analysis`, { headers: { cookie } });
    const data = await res.json();
    if (res.ok && data.builtAt) return data;
    if (i % 20 === 0) await fetch(`${base}/cdn-cgi/local/scheduled`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the analysis roll-up was not built');
}

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function load(name, makeRequest) {
  const lat = [];
  let errors = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          const res = await makeRequest();
          await res.arrayBuffer();
          if (!res.ok) errors++;
        } catch {
          errors++;
        }
        lat.push(performance.now() - t);
      }
    }),
  );
  lat.sort((a, b) => a - b);
  const r = {
    name,
    n: lat.length,
    errors,
    rps: lat.length / SECONDS,
    p50: pct(lat, 50),
    p95: pct(lat, 95),
  };
  console.log(
    `${name.padEnd(16)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  (${r.n} requests, ${errors} errors)`,
  );
  return r;
}

await up();
const approver = await signIn('approver');
const data = await rolledUp(approver);
const filed = data.filed.reduce(
  (s, m) => s + Object.values(m.byType).reduce((a, b) => a + b, 0),
  0,
);
const bytes = JSON.stringify(data).length;
console.log(
  `data: whole city ${data.selection.from}…${data.selection.to}: ${filed} cases filed, ${data.steps.find((s) => s.step === 'decision')?.cases ?? 0} decided, ${data.inspections.length} inspectors; answer ${(bytes / 1024).toFixed(1)} KiB; ${CLIENTS} clients × ${SECONDS} s each`,
);

const health = await load('health', () => fetch(`${base}/api/health`));
const city = await load('analysis city', () =>
  fetch(`${base}/api/analysis`, { headers: { cookie: approver } }),
);
const narrow = await load('analysis 1 unit', () =>
  fetch(`${base}/api/analysis?county=370702&type=new`, { headers: { cookie: approver } }),
);

const ratio = (r) => r.p95 / health.p95;
const met = ratio(city) <= TARGET && city.errors === 0;
console.log(
  `stats: analysis p95 ${ratio(city).toFixed(2)}× health's for the whole city (${ratio(narrow).toFixed(2)}× for one county and type); target ≤ ${TARGET}×: ${met ? 'met' : 'NOT met'}`,
);
stop();
process.exit(met ? 0 : 1);
