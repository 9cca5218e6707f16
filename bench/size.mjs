// `npm run bench:size`: what a phone downloads before the app can start. Reads the built PWA
// (builds it first if missing) and reports the initial JS and CSS — the entry script and the
// chunks it preloads — gzip-compressed, plus the lazy chunks for comparison.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist/pwa');
if (!existsSync(join(dist, 'index.html')) || process.argv.includes('--build')) {
  const r = spawnSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--config', 'pwa/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]),
);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

let js = 0;
let css = 0;
for (const f of initial) {
  const size = gz(f);
  if (f.endsWith('.js')) js += size;
  else css += size;
  console.log(`initial  ${kb(size).padStart(10)} gz  ${f}`);
}

const assets = readdirSync(join(dist, 'assets')).filter((f) => /\.(m?js)$/.test(f));
let lazy = 0;
for (const f of assets) {
  const rel = `assets/${f}`;
  if (initial.has(rel)) continue;
  const size = gz(rel);
  lazy += size;
  if (size > 20 * 1024) console.log(`lazy     ${kb(size).padStart(10)} gz  ${rel}`);
}
const total = statSync(dist).isDirectory() ? lazy + js : js;
console.log(
  `size: initial JS ${kb(js)} gz, initial CSS ${kb(css)} gz; lazy JS ${kb(lazy)} gz (total JS ${kb(total)} gz)`,
);
