/**
 * `npm run bench:ocr`: generates the dataset if needed, runs the PWA's pipeline in Node and in
 * headless Chromium, and plain tesseract.js defaults on the same images; prints per-field
 * exact-match accuracy, all-fields-right rates, median seconds, checksum-valid-but-wrong counts
 * and the browser's peak memory, for: tesseract.js defaults, the tuned pipeline with tesseract
 * only, and with the PP-OCR line model (in Chromium through the PWA's own worker); Node and
 * Chromium each.
 * Options: --count N (per kind, default 40), --no-node, --no-browser, --no-defaults,
 * --no-tesseract-only (skips the tuned runs without the line model).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRun } from './defaults';
import { generate, type Sample } from './generate';
import { runBrowser, type BrowserMode } from './browser-runs';
import { runNodeDefaults, runNodeTuned } from './node-runs';
import { printScores, score, type Score } from './score';

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const count = Number(args[args.indexOf('--count') + 1] ?? 40) || 40;
const dir = `bench/out/ocr/data-${count}`;

let samples: Sample[];
if (existsSync(join(dir, 'truth.json')))
  samples = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
else samples = generate(count, dir);
console.log(`dataset: ${dir} (${samples.length} images)`);

const BROWSER_LABEL: Record<BrowserMode, string> = {
  tuned: 'chromium tuned+rec',
  tesseract: 'chromium tuned',
  defaults: 'chromium defaults',
};

const scores: Score[] = [];
const all: Record<string, BenchRun[]> = {};
let peaks: Partial<Record<BrowserMode, number>> = {};
if (!flag('--no-node')) {
  all['node tuned+rec'] = await runNodeTuned(dir, samples, true);
  if (!flag('--no-tesseract-only')) all['node tuned'] = await runNodeTuned(dir, samples, false);
  if (!flag('--no-defaults')) all['node defaults'] = await runNodeDefaults(dir, samples);
}
if (!flag('--no-browser')) {
  const modes: BrowserMode[] = ['tuned'];
  if (!flag('--no-tesseract-only')) modes.push('tesseract');
  if (!flag('--no-defaults')) modes.push('defaults');
  const b = await runBrowser(dir, samples, modes);
  // The PWA's path in Chromium is tuned tesseract plus the line model (deviceMemory ≥ 4).
  for (const [m, r] of Object.entries(b.runs)) all[BROWSER_LABEL[m as BrowserMode]] = r;
  peaks = b.peakBytes;
}
for (const [label, runs] of Object.entries(all)) scores.push(score(label, samples, runs));
writeFileSync(join(dir, '..', `results-${count}.json`), JSON.stringify({ samples, all }, null, 1));
printScores(scores);
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
const peak = peaks.tuned ?? 0;
for (const [m, bytes] of Object.entries(peaks)) {
  console.log(`peak browser memory (PSS), ${BROWSER_LABEL[m as BrowserMode]}: ${mb(bytes)}`);
}
const find = (...labels: string[]) =>
  labels.map((l) => scores.find((s) => s.label === l)).find((s) => s);
const main = find('chromium tuned+rec', 'node tuned+rec') ?? scores[0];
const tuned = find('chromium tuned', 'node tuned');
const base = find('chromium defaults', 'node defaults');
if (main) {
  const p = (x: number) => `${(x * 100).toFixed(0)}%`;
  const rates = (s: Score) => `${p(s.allRight.id)} / ${p(s.allRight.licence)}`;
  console.log(
    `SUMMARY ${main.label}: ID all-right ${p(main.allRight.id)}, licence all-right ${p(main.allRight.licence)}, ` +
      `ID number ${p(main.perField['id.id_number'] ?? 0)}, credit code ${p(main.perField['licence.credit_code'] ?? 0)}, ` +
      `median ${main.medianSeconds.id.toFixed(1)}/${main.medianSeconds.licence.toFixed(1)} s, valid-but-wrong ${main.validButWrong}` +
      (tuned && tuned !== main ? `; ${tuned.label}: ${rates(tuned)}` : '') +
      (base ? `; ${base.label}: ${rates(base)}` : '') +
      (peak ? `; peak ${mb(peak)}` : ''),
  );
}
