// `npm start`: build the PWA, migrate and seed the local D1 database (once), then run the
// worker in workerd with `wrangler dev` on 127.0.0.1:$PORT (default 8787). No prompts, no
// network: wrangler reads .env for its offline switches.
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Wrangler needs Node >= 22: refuse early and clearly when run outside npm scripts.
await import('./check-node.mjs');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = process.env.PORT || '8787';
const persist = process.env.XUKE_PERSIST_DIR ? resolve(process.env.XUKE_PERSIST_DIR) : null;
const persistArgs = persist ? ['--persist-to', persist] : [];
const bin = (name) => join(root, 'node_modules', '.bin', name);

// XUKE_TODAY pins the app's date (development and tests only): from the environment, else from
// .dev.vars. The demo data is generated for the same day the worker will call today.
function pinnedToday() {
  if (process.env.XUKE_TODAY) return process.env.XUKE_TODAY.trim();
  const vars = join(root, '.dev.vars');
  if (!existsSync(vars)) return '';
  return /^XUKE_TODAY\s*=\s*"?([0-9-]+)"?\s*$/m.exec(readFileSync(vars, 'utf8'))?.[1] ?? '';
}
const today = pinnedToday();
const env = { ...process.env, CI: 'true', ...(today ? { XUKE_TODAY: today } : {}) };
const t0 = Date.now();

function step(label, cmd, args, opts = {}) {
  const t = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: root,
    env,
    stdio: opts.capture ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    if (opts.capture) process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    console.error(`\n✗ ${label} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return r.stdout ?? '';
}

if (!existsSync(join(root, '.dev.vars'))) {
  copyFileSync(join(root, '.dev.vars.example'), join(root, '.dev.vars'));
  console.log('✓ wrote .dev.vars from .dev.vars.example (development values)');
}
// Secrets added after a .dev.vars was written: take their development values from the example.
{
  const vars = readFileSync(join(root, '.dev.vars'), 'utf8');
  const example = readFileSync(join(root, '.dev.vars.example'), 'utf8');
  for (const name of [
    'ELICENCE_KEY',
    'EVIDENCE_SEAL_KEY',
    'VAPID_PUBLIC_KEY',
    'VAPID_PRIVATE_KEY',
  ]) {
    const line = new RegExp(`^${name}=.*$`, 'm').exec(example)?.[0];
    if (line && !new RegExp(`^${name}\\s*=`, 'm').test(vars)) {
      appendFileSync(join(root, '.dev.vars'), `${vars.endsWith('\n') ? '' : '\n'}${line}\n`);
      console.log(`✓ added ${name} to .dev.vars (development value)`);
    }
  }
}

if (process.env.XUKE_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/pwa/index.html'))) {
  step('PWA built', bin('vite'), ['build', '--config', 'pwa/vite.config.ts', '--logLevel', 'warn']);
}

step(
  'D1 migrations applied',
  bin('wrangler'),
  ['d1', 'migrations', 'apply', 'DB', '--local', ...persistArgs],
  {
    capture: true,
  },
);

const probe = step(
  'database checked',
  bin('wrangler'),
  [
    'd1',
    'execute',
    'DB',
    '--local',
    ...persistArgs,
    '--json',
    '--command',
    'SELECT COUNT(*) AS n FROM jurisdictions',
  ],
  { capture: true },
);
const seeded = Number(JSON.parse(probe)[0]?.results?.[0]?.n ?? 0) > 0;
const seedFile = join(persist ?? join(root, '.wrangler'), 'seed', 'demo-seed.sql');
if (!seeded) {
  mkdirSync(dirname(seedFile), { recursive: true });
  step('demo data generated (Weifang)', bin('tsx'), ['worker/scripts/seed/generate.ts', seedFile]);
  step(
    'demo data loaded',
    bin('wrangler'),
    ['d1', 'execute', 'DB', '--local', ...persistArgs, '--file', seedFile],
    {
      capture: true,
    },
  );
  // The demo's evidence (the on-site record's photo and signature, the sealed remote
  // inspections' recordings, stills, signatures and manifests), written beside the SQL, into
  // the local R2 bucket in one bulk put.
  const r2 = join(dirname(seedFile), 'r2');
  const files = existsSync(r2) ? readdirSync(r2, { recursive: true, withFileTypes: true }) : [];
  const pairs = files
    .filter((x) => x.isFile())
    .map((f) => {
      const file = join(f.parentPath, f.name);
      return {
        key: file
          .slice(r2.length + 1)
          .split('\\')
          .join('/'),
        file,
      };
    });
  if (pairs.length > 0) {
    const list = join(dirname(seedFile), 'r2-objects.json');
    writeFileSync(list, JSON.stringify(pairs));
    step(
      `demo evidence stored (${pairs.length} objects)`,
      bin('wrangler'),
      ['r2', 'bulk', 'put', 'xuke-evidence', '--local', ...persistArgs, '--filename', list],
      { capture: true },
    );
  }
} else {
  // The demo is generated for the day of the first start and ages from there.
  const header = existsSync(seedFile) ? readFileSync(seedFile, 'utf8').slice(0, 400) : '';
  const day = /"today":"(\d{4}-\d{2}-\d{2})"/.exec(header)?.[1];
  console.log(`✓ demo data already present${day ? ` (generated for ${day})` : ''}`);
  if (day && !today && Date.now() - Date.parse(day) > 7 * 86_400_000) {
    console.log('  its open cases have aged: delete .wrangler/state to generate it for today');
  }
}
if (today) console.log(`✓ the app's date is pinned to ${today} (XUKE_TODAY)`);

console.log(
  `… starting workerd on http://127.0.0.1:${port} (${((Date.now() - t0) / 1000).toFixed(1)} s so far)`,
);
// XUKE_VARS="NAME:value NAME2:value2" overrides wrangler.toml's [vars] for this run (the
// browser journeys raise the per-IP throttles: every journey signs in from 127.0.0.1).
const extraVars = (process.env.XUKE_VARS ?? '').split(/\s+/).filter((v) => /^[A-Z0-9_]+:/.test(v));
const dev = spawn(
  bin('wrangler'),
  [
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    port,
    '--show-interactive-dev-session=false',
    ...persistArgs,
    ...(today ? ['--var', `XUKE_TODAY:${today}`] : []),
    ...extraVars.flatMap((v) => ['--var', v]),
  ],
  { cwd: root, env: process.env, stdio: 'inherit' },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => dev.kill(sig));

// wrangler dev never fires cron triggers: run the clock jobs (deemed acceptance, expiry, lapsed
// suspensions) as production would, once the server answers and then every ten minutes
// (wrangler.toml [triggers]). XUKE_NO_CRON=1 leaves them to be triggered by hand.
if (process.env.XUKE_NO_CRON !== '1') {
  const base = `http://127.0.0.1:${port}`;
  const tick = async () => {
    try {
      const res = await fetch(`${base}/cdn-cgi/local/scheduled`);
      if (!res.ok) console.error(`clock jobs: ${res.status}`);
    } catch {
      // the server is not up yet, or is stopping
    }
  };
  const waitUp = async () => {
    for (let i = 0; i < 240; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) return true;
      } catch {
        // not yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    return false;
  };
  void waitUp().then(async (up) => {
    if (!up) return;
    await tick();
    setInterval(() => void tick(), 10 * 60_000).unref();
  });
}
dev.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
