// `npm run bench:grid`: the grid and map figures of issue 5.
//   (a) assign grids to 100,000 retailers and recompute every grid, inside workerd (vitest)
//   (b) the layout check at 1,000 random points (p95), same run
//   (c) bytes the staff map downloads for the whole demo city (raw and gzip)
//   (d) first `idle` of the staff map in headless Chromium with all retailers and grids, as a
//       ratio to the same map with no data layers (software rendering: only the ratio matters)
// Uses XUKE_BASE_URL when given, else starts the demo stack on port 8797 with its own storage.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../pwa/e2e/chromium.mjs';
import { mapIdle } from './map-idle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// (a) + (b) inside workerd.
console.log('… (a)(b) 100,000 retailers in workerd');
const v = spawnSync(
  join(root, 'node_modules/.bin/vitest'),
  ['run', '--config', 'bench/grid/vitest.config.ts'],
  { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
);
const line = `${v.stdout}${v.stderr}`.split('\n').find((l) => l.includes('BENCH_JSON:'));
if (!line) {
  console.error(`${v.stdout}\n${v.stderr}\n✗ the workerd benchmark printed no result`);
  process.exit(1);
}
const w = JSON.parse(line.slice(line.indexOf('BENCH_JSON:') + 11));
const aMs = w.assignMs + w.recomputeMs;
console.log(
  `(a) ${w.retailers} retailers → ${w.grids} grids: assign ${w.assignMs.toFixed(0)} ms + recompute ` +
    `${w.recomputeMs.toFixed(0)} ms (counts ${w.countsMs.toFixed(0)} ms) = ${aMs.toFixed(0)} ms ` +
    `[set-up insert ${w.loadMs.toFixed(0)} ms, not counted]`,
);
console.log(
  `(b) layout check ×1000: p50 ${w.checkP50.toFixed(1)} ms, p95 ${w.checkP95.toFixed(1)} ms, max ${w.checkMax.toFixed(1)} ms`,
);

// A server with the demo city.
let server = null;
let persist = null;
let base = process.env.XUKE_BASE_URL?.replace(/\/$/, '');
if (!base) {
  persist = mkdtempSync(join(tmpdir(), 'xuke-bench-grid-'));
  base = 'http://127.0.0.1:8797';
  server = spawn('node', [join(root, 'worker/scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '8797',
      XUKE_PERSIST_DIR: persist,
      XUKE_SKIP_BUILD: existsSync(join(root, 'dist/pwa/index.html')) ? '1' : '0',
    },
    stdio: 'ignore',
    detached: true,
  });
}
const stop = () => {
  if (server) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  if (persist) rmSync(persist, { recursive: true, force: true });
};
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));

const until = Date.now() + 300_000;
for (;;) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {
    // not up yet
  }
  if (Date.now() > until) throw new Error(`no server at ${base}`);
  await new Promise((r) => setTimeout(r, 1000));
}

// (c) the staff map's download.
const login = await fetch(`${base}/api/auth/staff/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: base },
  body: JSON.stringify({ username: 'approver', password: 'Xuke#2026' }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
let raw = 0;
let gz = 0;
for (const path of ['/api/map/data', '/api/map/config']) {
  const body = Buffer.from(
    await (await fetch(`${base}${path}`, { headers: { cookie } })).arrayBuffer(),
  );
  raw += body.length;
  gz += gzipSync(body, { level: 6 }).length;
}
const assets = join(root, 'dist/pwa/assets');
const mapJs = existsSync(assets)
  ? readdirSync(assets)
      // The map screen, its data worker and maplibre (whatever name the bundler gives its chunk).
      .filter((f) => /^(map|maplibre)[-.].*\.js$/.test(f))
      .reduce((n, f) => n + gzipSync(readFileSync(join(assets, f))).length, 0)
  : 0;
console.log(
  `(c) staff map data: ${kb(raw)} raw, ${kb(gz)} gzip (map code, cached once: ${kb(mapJs)} gzip)`,
);

// (d) first idle, bare vs full, alternating, median of 3 each.
const browser = await launchChromium([]);
const idle = async (query) => (await mapIdle(browser, base, query)).ms;
const bare = [];
const full = [];
for (let i = 0; i < 3; i++) {
  bare.push(await idle('?layers=none'));
  full.push(await idle(''));
}
await browser.close();
const ratio = median(full) / median(bare);
console.log(
  `(d) first idle: bare ${median(bare).toFixed(0)} ms, with ${w.retailers ? 'all' : ''} retailers + grids ` +
    `${median(full).toFixed(0)} ms → ${ratio.toFixed(2)}× (runs: bare ${bare.join('/')}, full ${full.join('/')})`,
);

const ok = (b) => (b ? '✓' : '✗');
console.log(
  `bench:grid (a) ${(aMs / 1000).toFixed(2)} s ${ok(aMs < 2000)} · (b) p95 ${w.checkP95.toFixed(1)} ms ${ok(w.checkP95 < 20)} · ` +
    `(c) ${kb(gz)} gz ${ok(gz < 1.5 * 1024 * 1024)} · (d) ${ratio.toFixed(2)}× ${ok(ratio <= 1.5)}`,
);
stop();
process.exit(0);
