// Runs the browser journeys: starts the real stack (`npm start` path: build, migrate, seed,
// wrangler dev) on a spare port with its own fresh local storage, waits for /api/health,
// runs the Playwright journeys, then stops the server whatever happened. The SFU journeys
// run afterwards against a second start with the SFU settings (see below).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = process.env.E2E_PORT || '8788';
const baseUrl = `http://127.0.0.1:${port}`;
const persist = mkdtempSync(join(tmpdir(), 'xuke-e2e-'));

// Journeys through the Realtime SFU (`*.sfu.e2e.ts`) need the worker started with the SFU
// settings: they run after the others, against a second start of the same stack (same storage,
// already seeded, so it comes up in seconds) whose REALTIME_API_URL is the SFU stand-in that
// the journey itself runs on a port chosen here (pwa/e2e/sfu-standin/).
const filters = process.argv.slice(2);
const journeys = readdirSync(join(root, 'pwa/e2e')).filter((f) => f.endsWith('.e2e.ts'));
const chosen = (f) => filters.length === 0 || filters.some((x) => `pwa/e2e/${f}`.includes(x));
const plainRun = journeys.some((f) => !f.endsWith('.sfu.e2e.ts') && chosen(f));
const sfuRun = journeys.some((f) => f.endsWith('.sfu.e2e.ts') && chosen(f));

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address();
      probe.close(() => ok(p));
    });
  });
}
const sfuPort = String(await freePort());
const sfuSettings = {
  XUKE_SFU_PORT: sfuPort,
  XUKE_SFU_APP_ID: 'e2e-app',
  XUKE_SFU_SECRET: randomBytes(24).toString('hex'),
  XUKE_SFU_TURN_KEY_ID: 'e2e-turn-key',
  XUKE_SFU_TURN_SECRET: randomBytes(24).toString('hex'),
};
const sfuVars = [
  'REALTIME_PROVIDER:cloudflare',
  `REALTIME_API_URL:http://127.0.0.1:${sfuPort}/v1`,
  `REALTIME_APP_ID:${sfuSettings.XUKE_SFU_APP_ID}`,
  `REALTIME_APP_SECRET:${sfuSettings.XUKE_SFU_SECRET}`,
  `REALTIME_TURN_KEY_ID:${sfuSettings.XUKE_SFU_TURN_KEY_ID}`,
  `REALTIME_TURN_KEY_SECRET:${sfuSettings.XUKE_SFU_TURN_SECRET}`,
];

// Every journey signs in and verifies from 127.0.0.1: the per-IP hourly throttles (tested on
// their own in the worker tests) would stop the suite half-way.
const THROTTLES =
  'SMS_PHONE_HOURLY_LIMIT:1000 SMS_IP_HOURLY_LIMIT:1000 REALNAME_IP_HOURLY_LIMIT:1000 GEOCODE_MINUTE_LIMIT:1000';

let server = null;
let log = '';

function startServer(vars, extraEnv = {}) {
  const s = spawn('node', [join(root, 'worker/scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      ...extraEnv,
      PORT: port,
      XUKE_PERSIST_DIR: persist,
      XUKE_VARS: [THROTTLES, ...vars].join(' '),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  s.stdout.on('data', (d) => (log += d));
  s.stderr.on('data', (d) => (log += d));
  return s;
}

// The whole process group at once, without a grace period: wrangler dev does not always end on
// SIGTERM, and a server left behind would answer the next run's journeys on the same port (from
// a storage directory deleted meanwhile). The storage is thrown away anyway.
function stop() {
  try {
    if (server) process.kill(-server.pid, 'SIGKILL');
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

/** Waits until nothing answers on the port any more (the stopped server has let go of it). */
async function waitForDown(ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      await fetch(`${baseUrl}/api/health`);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Starts the stack with `vars`, runs the chosen journeys of one kind; their exit status. */
async function phase(label, vars, sfu, extraEnv = {}) {
  const t0 = Date.now();
  log = '';
  // The first phase built the PWA; a second start need not build it again.
  server = startServer(vars, sfu && plainRun ? { XUKE_SKIP_BUILD: '1' } : {});
  if (!(await waitForHealth(240_000))) {
    console.error(`✗ the server did not come up on ${baseUrl}:\n${log}`);
    return 1;
  }
  console.log(`✓ server up on ${baseUrl}${label} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const r = spawnSync(
    join(root, 'node_modules/.bin/vitest'),
    // Optional filters, e.g. `node pwa/e2e/run.mjs grid-admin`: only the journeys whose file
    // name contains one of them.
    ['run', '--config', 'vitest.e2e.config.ts', ...filters],
    {
      cwd: root,
      // Vitest overwrites process.env.BASE_URL with Vite's base ('/'): helpers read
      // XUKE_BASE_URL. The server's storage too: the evidence journey changes a stored object
      // as an attacker would.
      env: {
        ...process.env,
        ...extraEnv,
        BASE_URL: baseUrl,
        XUKE_BASE_URL: baseUrl,
        XUKE_E2E_PERSIST_DIR: persist,
        ...(sfu ? { XUKE_E2E_SFU: '1' } : {}),
      },
      stdio: 'inherit',
    },
  );
  if (r.status !== 0 && process.env.E2E_SHOW_SERVER_LOG !== '0') {
    console.error(`--- server log (last 4000 chars) ---\n${log.slice(-4000)}`);
  }
  stop();
  await waitForDown(30_000);
  return r.status ?? 1;
}

let status = 0;
if (plainRun || !sfuRun) status = await phase('', [], false);
if (sfuRun) {
  const s = await phase(' with the SFU settings (stand-in)', sfuVars, true, sfuSettings);
  status = status || s;
}
process.exit(status);
