// `npm run bench:size`: what a device downloads. Reads the built PWA (builds it first if
// missing, or with --build) and reports, gzip-compressed and raw:
// - the initial JS and CSS before the app can start (the entry script, the chunks it
//   preloads, its stylesheet);
// - what each role installs for offline use: the shell Workbox precaches at install (plus the
//   service worker's own scripts), and the role's chunks the worker keeps once the page says
//   who signed in (dist/pwa/precache-roles.json, written by pwa/build/precache-by-role.ts).
//   Map engines and maplibre / tesseract / OCR assets are cached on first use and not counted
//   there;
// - the OCR download on an applicant's first scan (dist/pwa/ocr/, runtime-cached): the line
//   model's path every device fetches (ort's glue and WASM, the model, its dictionary), and
//   tesseract's part fetched only when needed (its worker and core with `eng` when a number
//   fails its check; `chi_sim` only when the line model cannot load).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist/pwa');
const planFile = join(dist, 'precache-roles.json');
if (!existsSync(planFile) || process.argv.includes('--build')) {
  const r = spawnSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--config', 'pwa/vite.config.ts', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const bytes = (file) => readFileSync(join(dist, file));
const size = (files) =>
  files.reduce(
    (s, f) => ({
      raw: s.raw + bytes(f).length,
      gz: s.gz + gzipSync(bytes(f), { level: 9 }).length,
    }),
    { raw: 0, gz: 0 },
  );
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const both = (s) => `${kb(s.gz)} gz (${kb(s.raw)} raw)`;

// Before first paint: what index.html loads.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const initialJs = size(initial.filter((f) => f.endsWith('.js')));
const initialCss = size(initial.filter((f) => f.endsWith('.css')));
for (const f of initial) console.log(`initial  ${kb(size([f]).gz).padStart(10)} gz  ${f}`);

// At install: Workbox's precache list (read back from the generated sw.js) and the worker's
// own scripts; then each role's chunks on top.
const { plan, script } = JSON.parse(readFileSync(planFile, 'utf8'));
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]);
const workbox = readdirSync(dist).filter((f) => /^workbox-.*\.js$/.test(f));
const shellFiles = [...precached, 'sw.js', ...workbox, script];
const shell = size(shellFiles);
console.log(`\ninstalled at first visit (shell, ${shellFiles.length} files): ${both(shell)}`);
const rows = [];
for (const [role, files] of Object.entries(plan.roles)) {
  const own = size(files);
  const total = { raw: shell.raw + own.raw, gz: shell.gz + own.gz };
  rows.push(`${role} ${kb(total.gz)}`);
  console.log(
    `${role.padEnd(9)} + ${String(files.length).padStart(2)} chunks ${both(own)} = ${both(total)}`,
  );
}
// For comparison: every chunk that a single precache list for all roles would install.
const every = [...new Set([...Object.values(plan.roles).flat(), ...plan.firstUse])];
const all = size([...shellFiles, ...every]);
console.log(`all roles at once (one list for everyone): ${both(all)}`);
const firstUse = size(plan.firstUse);
console.log(
  `on first use (map engines, h3): ${both(firstUse)}; runtime-cached: ${plan.runtime.join(', ')}`,
);

// The OCR assets: dist/pwa/ocr/<package-version>/<file>.
const ocrDir = join(dist, 'ocr');
const ocrFiles = readdirSync(ocrDir, { recursive: true })
  .map(String)
  .filter((f) => /\.[a-z]+$/.test(f))
  .map((f) => join('ocr', f));
const pick = (re) => ocrFiles.filter((f) => re.test(f));
// tesseract.js picks one core build; the relaxed-SIMD one (Chromium, the largest by a few KB).
const ocrParts = {
  'line model (every first scan)': pick(
    /\/(ort|ppocr)-[^/]+\/.*(ort-wasm-simd-threaded\.(mjs|wasm)|\.onnx|\.txt)$/,
  ),
  'tesseract + eng (a number fails its check)': pick(
    /worker\.min\.js$|tesseract-core-relaxedsimd-lstm\.wasm\.js$|eng\.traineddata\.gz$/,
  ),
  'chi_sim (only if the line model cannot load)': pick(/chi_sim\.traineddata\.gz$/),
};
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
const ocrRows = [];
for (const [part, files] of Object.entries(ocrParts)) {
  for (const f of files) {
    const s = size([f]);
    console.log(`ocr  ${mb(s.gz).padStart(9)} gz ${mb(s.raw).padStart(9)} raw  ${f}`);
  }
  const s = size(files);
  ocrRows.push(`${part} ${mb(s.gz)}`);
  console.log(`ocr: ${part}: ${mb(s.gz)} gz (${mb(s.raw)} raw)`);
}

console.log(
  `size: initial JS ${kb(initialJs.gz)} gz, initial CSS ${kb(initialCss.gz)} gz; installed (gz): shell ${kb(shell.gz)}, ${rows.join(', ')} (all at once ${kb(all.gz)}); OCR download (gz): ${ocrRows.join(', ')}`,
);
