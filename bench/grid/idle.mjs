// Part (d) of `npm run bench:grid` alone, against a running server (XUKE_BASE_URL, default
// http://127.0.0.1:8797), with the map's own performance marks: for profiling the first `idle`.
//   npx node bench/grid/idle.mjs [runs=3]
import { launchChromium } from '../../pwa/e2e/chromium.mjs';
import { mapIdle } from './map-idle.mjs';

const base = (process.env.XUKE_BASE_URL ?? 'http://127.0.0.1:8797').replace(/\/$/, '');
const runs = Number(process.argv[2] ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await launchChromium([]);
const idle = (query) => mapIdle(browser, base, query);
const bare = [];
const full = [];
for (let i = 0; i < runs; i++) {
  const b = await idle('?layers=none');
  const f = await idle('');
  bare.push(b.ms);
  full.push(f.ms);
  console.log(`bare ${b.ms} (${b.marks})`);
  console.log(`full ${f.ms} (${f.marks})`);
}
await browser.close();
console.log(
  `(d) bare ${median(bare)} ms, full ${median(full)} ms → ${(median(full) / median(bare)).toFixed(2)}× ` +
    `(runs: bare ${bare.join('/')}, full ${full.join('/')})`,
);
