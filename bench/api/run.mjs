// `npm run bench:api`: the API under load on local workerd with the seeded Weifang data
// (40,000 retailers, > 10,000 open cases). 10 concurrent clients for 10 s against each of
// (a) GET /api/health, (b) the clerk's queue, first page, (c) a submission with a fresh
// idempotency key, (d) one case with its history. Absolute numbers drift on a shared 2-core
// machine, so (b)–(d) are also printed as ratios to (a) measured in the same run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applicantCookie,
  CLIENTS,
  load,
  root,
  SECONDS,
  staffCookie,
  startApp,
} from '../harness.mjs';

const { base, stop } = await startApp({
  port: process.env.BENCH_PORT || '8789',
  // Seeding takes ~15 s: kept between runs; delete bench/out/api-db to reset.
  db: 'api-db',
  // Earlier runs signed in many times.
  clearSql: 'DELETE FROM rate_limits; DELETE FROM sms_codes',
});
const staff = await staffCookie(base, 'clerk');
const applicant = await applicantCookie(base, '13800000001');

async function json(path, init = {}) {
  const res = await fetch(`${base}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

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
