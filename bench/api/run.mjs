// `npm run bench:api`: the API under load on local workerd with the seeded Weifang data
// (40,000 retailers, > 10,000 open cases). 10 concurrent clients for 10 s against each of
// (a) GET /api/health, (b) the clerk's queue, first page, (c) a submission with a fresh
// idempotency key, (d) one case with its history. Absolute numbers drift on a shared 2-core
// machine, so (b)–(d) are also printed as ratios to (a) measured in the same run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = process.env.BENCH_PORT || '8789';
const base = `http://127.0.0.1:${port}`;
const CLIENTS = Number(process.env.BENCH_CLIENTS || 10);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
// A database of its own, kept between runs (seeding takes ~15 s); delete bench/out/api-db to reset.
const persist = join(root, 'bench/out/api-db');
mkdirSync(persist, { recursive: true });

// Earlier runs signed in many times: clear the sign-in rate limits of this bench database
// (it fails harmlessly on the very first run, before the tables exist).
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
    'DELETE FROM rate_limits; DELETE FROM sms_codes',
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
  for (let i = 0; i < 400; i++) {
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

function cookieOf(res) {
  const m = /xuke_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  if (!m) throw new Error(`no session cookie (${res.status})`);
  return `xuke_session=${m[1]}`;
}

async function json(path, init = {}) {
  const res = await fetch(`${base}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

async function signIn() {
  const staff = cookieOf(
    await json('/api/auth/staff/login', {
      method: 'POST',
      body: JSON.stringify({ username: 'clerk', password: 'Xuke#2026' }),
    }),
  );
  const phone = '13800000001';
  // The resend interval may still run from a previous bench run: then wait it out.
  for (let i = 0; ; i++) {
    const r = await fetch(`${base}/api/auth/sms/request`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone }),
    });
    if (r.ok) break;
    if (i > 70) throw new Error(`sms request: ${r.status}`);
    await new Promise((res) => setTimeout(res, 1000));
  }
  const outbox = await (await json(`/api/dev/outbox?phone=${phone}`)).json();
  const code = /(\d{6})/.exec(outbox.messages[0].text)[1];
  const applicant = cookieOf(
    await json('/api/auth/sms/verify', { method: 'POST', body: JSON.stringify({ phone, code }) }),
  );
  return { staff, applicant };
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
    p99: pct(lat, 99),
  };
  console.log(
    `${name.padEnd(8)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  (${r.n} requests, ${errors} errors)`,
  );
  return r;
}

await up();
const { staff, applicant } = await signIn();
const licences = await (await json('/api/my/licences', { headers: { cookie: applicant } })).json();
const licence = licences.items.find((l) => l.status === 'active' || l.status === 'suspended');
const queue = await (await json('/api/applications?page=1', { headers: { cookie: staff } })).json();
const caseId = queue.items[0].id;
const stats = await (await json('/api/stats', { headers: { cookie: staff } })).json();
console.log(
  `data: clerk of 潍城区 sees ${queue.total} open cases; ${stats.openTotal} open in scope; ${CLIENTS} clients × ${SECONDS} s each`,
);

// Every submission carries the applicant's consent to the privacy notice in force.
const privacy = readFileSync(join(root, 'worker/core/privacy.ts'), 'utf8');
const CONSENT = {
  noticeVersion: /PRIVACY_NOTICE_VERSION = '([^']+)'/.exec(privacy)?.[1],
  promise: true,
  personalInfo: true,
  sensitiveInfo: true,
};

const health = await load('health', () => fetch(`${base}/api/health`));
const queueR = await load('queue', () =>
  fetch(`${base}/api/applications?page=1&pageSize=20`, { headers: { cookie: staff } }),
);
const submit = await load('submit', () =>
  fetch(`${base}/api/my/applications/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: applicant },
    body: JSON.stringify({
      idempotencyKey: crypto.randomUUID(),
      type: 'reissue',
      licenceId: licence.id,
      form: { reason: 'damaged', statement: '许可证受潮损坏，申请补办。' },
      consent: CONSENT,
    }),
  }),
);
const caseR = await load('case', () =>
  fetch(`${base}/api/applications/${caseId}`, { headers: { cookie: staff } }),
);

const x = (r) => (r.rps / health.rps).toFixed(2);
const p = (r) => (r.p95 / health.p95).toFixed(1);
const ok = [queueR, submit, caseR].every(
  (r) => r.rps / health.rps >= 0.3 && r.p95 / health.p95 <= 4,
);
console.log(
  `api: queue ${x(queueR)}x, submit ${x(submit)}x, case ${x(caseR)}x of health req/s; p95 ratios ${p(queueR)}x ${p(submit)}x ${p(caseR)}x (targets ≥ 0.30x, ≤ 4x: ${ok ? 'met' : 'NOT met'})`,
);
stop();
process.exit(0);
