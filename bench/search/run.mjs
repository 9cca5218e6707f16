// `npm run bench:search`: 综合查询 (GET /api/search) over 200,000 indexed records on local
// workerd — the seeded Weifang city (licences, applicants, cases and the other systems' records
// of its licences) plus generated imported records (licences of past years with their holders,
// bench/search/generate.ts) — against a mixed query list: two-character name fragments, address
// fragments, licence numbers (whole and prefix), phones (whole and prefix) and customer codes. 10 concurrent clients; p95 as a ratio to
// /api/health's p95 in the same run (target ≤ 3×), and the index's size. Summary last.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from '../harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = process.env.BENCH_PORT || '8796';
const base = `http://127.0.0.1:${port}`;
const TARGET = Number(process.env.BENCH_RECORDS || 200_000);
// A database of its own, kept between runs; delete bench/out/search-db to make it again.
const persist = join(root, 'bench/out/search-db');
mkdirSync(persist, { recursive: true });

function d1(sqlOrFile, file = false, attempt = 0) {
  const r = spawnSync(
    join(root, 'node_modules/.bin/wrangler'),
    [
      'd1',
      'execute',
      'DB',
      '--local',
      '--persist-to',
      persist,
      '--json',
      file ? '--file' : '--command',
      sqlOrFile,
    ],
    { cwd: root, env: { ...process.env, CI: 'true' }, encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  // The stopped server may hold the database for a moment longer.
  if (r.status !== 0 && /SQLITE_BUSY/.test(r.stderr) && attempt < 20) {
    spawnSync('sleep', ['1']);
    return d1(sqlOrFile, file, attempt + 1);
  }
  if (r.status !== 0)
    throw new Error(`d1 ${file ? sqlOrFile : sqlOrFile.slice(0, 80)}: ${r.stderr}`);
  return file ? null : (JSON.parse(r.stdout)[0]?.results ?? []);
}

let server = null;
let log = '';
function start() {
  log = '';
  server = spawn('node', [join(root, 'worker/scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: port,
      XUKE_PERSIST_DIR: persist,
      XUKE_LOG_LEVEL: 'warn',
      XUKE_NO_CRON: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
}
async function stop() {
  if (!server) return;
  const exited = new Promise((r) => server.once('exit', r));
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // gone
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15000))]);
  await new Promise((r) => setTimeout(r, 1000));
  server = null;
}
process.on('exit', () => {
  if (server) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // gone
    }
  }
});
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

const COUNT_SQL = `SELECT
  (SELECT COUNT(*) FROM licences) AS licences,
  (SELECT COUNT(*) FROM applicants) AS applicants,
  (SELECT COUNT(*) FROM applications WHERE status <> 'draft') AS cases,
  (SELECT COUNT(*) FROM licence_records) AS records`;
const total = (c) => c.licences + c.applicants + c.cases + c.records;

// 1. The seeded city (the first start seeds it), then imported records up to TARGET.
const t0 = performance.now();
if (!existsSync(join(persist, 'seed'))) {
  console.log('seeding the Weifang demo city (first run only)…');
  start();
  await up();
  await stop();
}
let counts = d1(COUNT_SQL)[0];
if (total(counts) < TARGET) {
  const missing = TARGET - total(counts);
  // Each imported record is a licence and its holder: two indexed objects.
  const n = Math.ceil(missing / 2);
  const file = join(persist, 'imports.sql');
  console.log(`generating ${n} imported licences with their holders (${2 * n} records)…`);
  const g = spawnSync(
    join(root, 'node_modules/.bin/tsx'),
    ['bench/search/generate.ts', file, String(n)],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (g.status !== 0) throw new Error('generate failed');
  d1(file, true);
  counts = d1(COUNT_SQL)[0];
}
const index = d1(`SELECT
  (SELECT COUNT(*) FROM registry_search_terms) AS registryTerms,
  (SELECT COUNT(*) FROM registry_search_keys) AS registryKeys,
  (SELECT COUNT(*) FROM case_search_terms) AS caseTerms,
  (SELECT COUNT(*) FROM case_search_keys) AS caseKeys`)[0];
// The index's share of the database file, read with Node's SQLite (dbstat) while no server runs.
function indexBytes() {
  const dir = join(persist, 'v3/d1/miniflare-D1DatabaseObject');
  const file = readdirSync(dir).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite');
  const db = new DatabaseSync(join(dir, file), { readOnly: true });
  try {
    const rows = db
      .prepare(
        `SELECT SUM(pgsize) AS b FROM dbstat WHERE name LIKE '%registry_search%' OR name LIKE '%case_search%'`,
      )
      .all();
    return { index: Number(rows[0]?.b ?? 0), file: statSync(join(dir, file)).size };
  } finally {
    db.close();
  }
}
const bytes = indexBytes();
console.log(
  `data: ${total(counts)} indexed records (${counts.licences} licences, ${counts.applicants} applicants, ${counts.cases} cases, ${counts.records} records of other systems) ready in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);

// 2. A mixed query list drawn from the data (fixed order, so runs compare).
const sample = d1(`SELECT l.number, l.holder_name AS holder, pr.address, ap.phone
  FROM licences l JOIN premises pr ON pr.id = l.premises_id
  LEFT JOIN applicants ap ON ap.id = l.holder_applicant_id
  WHERE l.rowid % 997 = 0 ORDER BY l.id LIMIT 40`);
const queries = [];
for (const [i, s] of sample.entries()) {
  const name = s.holder ?? '';
  // A surname with the first given character, or the given name alone.
  queries.push(i % 2 ? name.slice(0, 2) : name.slice(1, 3));
  // Two or three characters of the street, after 潍坊市 and the unit's name.
  const street = (s.address ?? '').replace(/^潍坊市.{2,3}?[区县市]/, '');
  queries.push(street.slice(i % 3, (i % 3) + (i % 2 ? 2 : 3)));
  queries.push(i % 2 ? s.number : s.number.slice(0, 10));
  if (s.phone) queries.push(i % 2 ? s.phone : s.phone.slice(0, 7));
}
// Customer codes of the other systems' records, whole or their first eight characters.
const codes = d1(`SELECT customer_code AS code FROM licence_records WHERE id % 997 = 0
  ORDER BY id LIMIT 12`);
for (const [i, { code }] of codes.entries()) queries.push(i % 2 ? code : code.slice(0, 8));
const mixed = queries.filter((q) => q && q.length >= 2);
writeFileSync(join(persist, 'queries.json'), JSON.stringify(mixed, null, 1));

// 3. The run: health, then the searches, as a city-wide approver (the widest scope).
start();
await up();
const login = await fetch(`${base}/api/auth/staff/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'approver', password: 'Xuke#2026' }),
});
const cookie = /xuke_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '');
if (!cookie) throw new Error(`sign-in failed: ${login.status}`);
const headers = { cookie: `xuke_session=${cookie[1]}` };
// Each query once, to check that the list finds things (and warm the isolate).
let found = 0;
const perKind = {};
for (const q of mixed) {
  const body = await (
    await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`, { headers })
  ).json();
  if (body.groups?.length) found++;
  for (const g of body.groups ?? []) perKind[g.kind] = (perKind[g.kind] ?? 0) + 1;
}
console.log(
  `queries: ${mixed.length} (${found} with results; groups ${JSON.stringify(perKind)}), e.g. ${mixed.slice(0, 8).join(' ')}`,
);
const health = await load('health', () => fetch(`${base}/api/health`));
const search = await load('search', (k) =>
  fetch(`${base}/api/search?q=${encodeURIComponent(mixed[k % mixed.length])}`, { headers }),
);
await stop();

const ratio = search.p95 / health.p95;
const rows = index.registryTerms + index.registryKeys + index.caseTerms + index.caseKeys;
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const size = `, ${mb(bytes.index)} of the ${mb(bytes.file)} database file`;
console.log(
  `index: ${rows} rows (register ${index.registryTerms} bigrams + ${index.registryKeys} keys, cases ${index.caseTerms} bigrams + ${index.caseKeys} keys)${size}; ${(rows / total(counts)).toFixed(1)} rows per record`,
);
console.log(
  `search: ${total(counts)} records, p95 ${search.p95.toFixed(1)} ms vs health ${health.p95.toFixed(1)} ms = ${ratio.toFixed(1)}x (target ≤ 3x: ${ratio <= 3 && search.errors === 0 ? 'met' : 'NOT met'}), ${found}/${mixed.length} queries found something`,
);
process.exit(0);
