// What the load benchmarks share: the app on local workerd with a database of its own (kept
// between runs under bench/out), sign-ins, and N clients hammering one request for S seconds.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLIENTS = Number(process.env.BENCH_CLIENTS || 10);
export const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the app (`npm start`'s path: build, migrate, seed once, wrangler dev) on `port` with the
 * database in bench/out/<db>, after running `clearSql` on it (rate limits of earlier runs…; it
 * fails harmlessly before the tables exist). Resolves once /api/health answers; the server stops
 * when the process exits.
 */
export async function startApp({ port, db, clearSql, waitSeconds = 300 }) {
  const persist = join(root, 'bench/out', db);
  mkdirSync(persist, { recursive: true });
  if (clearSql) {
    spawnSync(
      join(root, 'node_modules/.bin/wrangler'),
      ['d1', 'execute', 'DB', '--local', '--persist-to', persist, '--command', clearSql],
      { cwd: root, env: { ...process.env, CI: 'true' }, stdio: 'ignore' },
    );
  }
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('node', [join(root, 'worker/scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: port, XUKE_PERSIST_DIR: persist, XUKE_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  // The whole process group: wrangler dev does not always end on SIGTERM, and a server left
  // behind would hold the port. SQLite's journal keeps the kept database safe.
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // gone
    }
  };
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));
  for (let i = 0; i < waitSeconds * 2; i++) {
    if (server.exitCode !== null) break;
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, persist, stop };
    } catch {
      // starting
    }
    await sleep(500);
  }
  console.error(log);
  throw new Error('server did not start');
}

export function cookieOf(res) {
  const m = /xuke_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  if (!m) throw new Error(`no session cookie (${res.status})`);
  return `xuke_session=${m[1]}`;
}

/** A staff member's session cookie (demo password). */
export async function staffCookie(base, username) {
  const res = await fetch(`${base}/api/auth/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ username, password: 'Xuke#2026' }),
  });
  if (!res.ok) throw new Error(`sign-in of ${username}: ${res.status} ${await res.text()}`);
  return cookieOf(res);
}

/** An applicant's session cookie: SMS code from the local outbox (waits out a resend interval). */
export async function applicantCookie(base, phone) {
  const post = (path, body) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify(body),
    });
  for (let i = 0; ; i++) {
    const r = await post('/api/auth/sms/request', { phone });
    if (r.ok) break;
    if (i > 70) throw new Error(`sms request: ${r.status}`);
    await sleep(1000);
  }
  const outbox = await (await fetch(`${base}/api/dev/outbox?phone=${phone}`)).json();
  const code = /(\d{6})/.exec(outbox.messages[0].text)[1];
  const res = await post('/api/auth/sms/verify', { phone, code });
  if (!res.ok) throw new Error(`sms verify: ${res.status} ${await res.text()}`);
  return cookieOf(res);
}

/** The p-th percentile of sorted numbers. */
export function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * CLIENTS clients send `makeRequest(k)` (k counts the requests made, to vary them) one after
 * the other for SECONDS seconds; prints and
 * returns requests per second, latency percentiles and errors (a non-2xx answer is one).
 */
export async function load(name, makeRequest, width = 8) {
  const lat = [];
  let errors = 0;
  let k = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          const res = await makeRequest(k++);
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
    p99: pct(lat, 99),
  };
  console.log(
    `${name.padEnd(width)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (${r.n} requests, ${errors} errors)`,
  );
  return r;
}
