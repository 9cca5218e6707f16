/**
 * `npm run bench:ocr`: generates the dataset if needed, runs the PWA's pipeline in Node and in
 * headless Chromium, and plain tesseract.js defaults on the same images; prints per-field
 * exact-match accuracy, all-fields-right rates, median seconds, checksum-valid-but-wrong counts
 * and the browser's peak memory. Options: --count N (per kind, default 40), --no-node,
 * --no-browser, --no-defaults.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRun } from './defaults';
import { generate, type Sample } from './generate';
import { runBrowser } from './browser-runs';
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

const scores: Score[] = [];
const all: Record<string, BenchRun[]> = {};
let peak = 0;
if (!flag('--no-node')) {
  all['node tuned'] = await runNodeTuned(dir, samples);
  if (!flag('--no-defaults')) all['node defaults'] = await runNodeDefaults(dir, samples);
}
if (!flag('--no-browser')) {
  const modes: ('tuned' | 'defaults')[] = flag('--no-defaults') ? ['tuned'] : ['tuned', 'defaults'];
  const b = await runBrowser(dir, samples, modes);
  for (const [m, r] of Object.entries(b.runs)) all[`chromium ${m}`] = r;
  peak = b.peakBytes;
}
for (const [label, runs] of Object.entries(all)) scores.push(score(label, samples, runs));
writeFileSync(join(dir, '..', `results-${count}.json`), JSON.stringify({ samples, all }, null, 1));
printScores(scores);
if (peak) console.log(`peak browser memory (PSS): ${(peak / 2 ** 20).toFixed(0)} MB`);
const main = scores.find((s) => s.label === 'chromium tuned') ?? scores[0];
const base =
  scores.find((s) => s.label === 'chromium defaults') ??
  scores.find((s) => s.label.endsWith('defaults'));
if (main) {
  const p = (x: number) => `${(x * 100).toFixed(0)}%`;
  console.log(
    `SUMMARY ${main.label}: ID all-right ${p(main.allRight.id)}, licence all-right ${p(main.allRight.licence)}, ` +
      `ID number ${p(main.perField['id.id_number'] ?? 0)}, credit code ${p(main.perField['licence.credit_code'] ?? 0)}, ` +
      `median ${main.medianSeconds.id.toFixed(1)}/${main.medianSeconds.licence.toFixed(1)} s, valid-but-wrong ${main.validButWrong}` +
      (base ? `; ${base.label}: ${p(base.allRight.id)} / ${p(base.allRight.licence)}` : '') +
      (peak ? `; peak ${(peak / 2 ** 20).toFixed(0)} MB` : ''),
  );
}
