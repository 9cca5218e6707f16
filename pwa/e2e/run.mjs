// Runs the browser journeys: starts the real stack (`npm start` path: build, migrate, seed,
// wrangler dev) on a spare port with its own fresh local storage, waits for /api/health,
// runs the Playwright journeys, then stops the server whatever happened.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = process.env.E2E_PORT || '8788';
const baseUrl = `http://127.0.0.1:${port}`;
const persist = mkdtempSync(join(tmpdir(), 'xuke-e2e-'));

const server = spawn('node', [join(root, 'worker/scripts/start.mjs')], {
  cwd: root,
  env: {
    ...process.env,
    PORT: port,
    XUKE_PERSIST_DIR: persist,
    // Every journey signs in and verifies from 127.0.0.1: the per-IP hourly throttles (tested
    // on their own in the worker tests) would stop the suite half-way.
    XUKE_VARS:
      'SMS_PHONE_HOURLY_LIMIT:1000 SMS_IP_HOURLY_LIMIT:1000 REALNAME_IP_HOURLY_LIMIT:1000 GEOCODE_MINUTE_LIMIT:1000',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let log = '';
server.stdout.on('data', (d) => (log += d));
server.stderr.on('data', (d) => (log += d));

// The whole process group at once, without a grace period: wrangler dev does not always end on
// SIGTERM, and a server left behind would answer the next run's journeys on the same port (from
// a storage directory deleted meanwhile). The storage is thrown away anyway.
function stop() {
  try {
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));
process.on('exit', () => {
  stop();
  rmSync(persist, { recursive: true, force: true });
});

async function waitForHealth(ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.exitCode !== null) return false;
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

const t0 = Date.now();
if (!(await waitForHealth(240_000))) {
  console.error(`✗ the server did not come up on ${baseUrl}:\n${log}`);
  process.exit(1);
}
console.log(`✓ server up on ${baseUrl} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const r = spawnSync(
  join(root, 'node_modules/.bin/vitest'),
  // Optional filters, e.g. `node pwa/e2e/run.mjs grid-admin`: only the journeys whose file
  // name contains one of them.
  ['run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  {
    cwd: root,
    // Vitest overwrites process.env.BASE_URL with Vite's base ('/'): helpers read XUKE_BASE_URL.
    // The server's storage too: the evidence journey changes a stored object as an attacker would.
    env: {
      ...process.env,
      BASE_URL: baseUrl,
      XUKE_BASE_URL: baseUrl,
      XUKE_E2E_PERSIST_DIR: persist,
    },
    stdio: 'inherit',
  },
);
if (r.status !== 0 && process.env.E2E_SHOW_SERVER_LOG !== '0') {
  console.error(`--- server log (last 4000 chars) ---\n${log.slice(-4000)}`);
}
process.exit(r.status ?? 1);
