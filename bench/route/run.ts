/**
 * `npm run bench:route`: the tour solver on TSPLIB instances with published optima (gap and
 * time each), then random 60-stop days in Weifang through planRoute (the PWA's call), in Node
 * and in a Chromium Web Worker, then one summary line. Iteration budgets, not time: every
 * figure but the times is reproducible.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  greatCircleMatrix,
  parseTsplib,
  planRoute,
  routePoints,
  solveTsplib,
} from '../../worker/core/route/index';
import { browserDays } from './browser';
import { weifangDay } from './weifang-day';

/** Published optima (TSPLIB 95, Reinelt). */
const INSTANCES: [name: string, optimum: number][] = [
  ['ulysses22', 7013],
  ['berlin52', 7542],
  ['st70', 675],
  ['eil76', 538],
  ['kroA100', 21282],
  ['ch130', 6110],
  ['a280', 2579],
];
const DAY_STOPS = 60;
const DAY_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** Targets of issue 12. */
const MEAN_GAP = 1;
const MAX_GAP = 3;
const MAX_MS = 1000;
const DAY_MS = 200;

const dataDir = join(dirname(fileURLToPath(import.meta.url)), 'data');
const pct = (v: number) => `${v.toFixed(2)}%`;
/** CPU ms of this process (all its threads): what the solver cost, whatever else runs here. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const gaps: number[] = [];
const times: number[] = [];
for (const [name, optimum] of INSTANCES) {
  const inst = parseTsplib(readFileSync(join(dataDir, `${name}.tsp`), 'utf8'));
  const t0 = performance.now();
  const c0 = cpuMs();
  const { tour, length } = solveTsplib(inst);
  const ms = performance.now() - t0;
  const cpu = cpuMs() - c0;
  if (new Set(tour).size !== inst.x.length || tour.length !== inst.x.length) {
    throw new Error(`${name}: the tour does not visit every node once`);
  }
  const gap = (100 * (length - optimum)) / optimum;
  gaps.push(gap);
  times.push(ms);
  console.log(
    `${name.padEnd(10)} n=${String(inst.x.length).padStart(3)}  ${inst.metric.padEnd(6)} ` +
      `length ${String(length).padStart(6)}  optimum ${String(optimum).padStart(6)}  ` +
      `gap ${pct(gap).padStart(6)}  ${ms.toFixed(0).padStart(4)} ms (CPU ${cpu.toFixed(0)} ms)`,
  );
}

/**
 * Days without appointments first, then days with them, each planned REPEAT times: the median
 * is reported, as other jobs share this machine. In Node the tour code is warm from the TSPLIB
 * runs, but the first windowed plan runs code the JIT has not optimised yet: reported apart.
 */
const WINDOWED = [0, 0.2];
const REPEAT = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const nodeDays: number[] = [];
const nodeCold: number[] = [];
for (const windowed of WINDOWED) {
  for (const seed of DAY_SEEDS) {
    const req = weifangDay({ stops: DAY_STOPS, seed, windowed, dayEnd: 18 * 60 });
    const runs: number[] = [];
    const cpu: number[] = [];
    let plan = null;
    for (let r = 0; r < REPEAT; r++) {
      const t0 = performance.now();
      const c0 = cpuMs();
      plan = planRoute(req, greatCircleMatrix(routePoints(req)));
      runs.push(performance.now() - t0);
      cpu.push(cpuMs() - c0);
    }
    const cold = windowed > 0 && seed === DAY_SEEDS[0];
    if (cold) nodeCold.push(runs[0]!);
    nodeDays.push(median(runs));
    console.log(
      `node day seed=${String(seed).padStart(2)} ${DAY_STOPS} stops, ` +
        `${String(req.stops.filter((s) => s.window).length).padStart(2)} windows: ` +
        `${(plan!.totalMetres / 1000).toFixed(1)} km, ${plan!.visits.length} visited, ` +
        `${plan!.unplaced.length} unplaced, ${median(runs).toFixed(0)} ms ` +
        `(CPU ${median(cpu).toFixed(0)} ms)` +
        (cold ? ` (first run ${runs[0]!.toFixed(0)} ms: JIT warm-up)` : ''),
    );
  }
}

// The same days where the PWA plans them: a dedicated worker in Chromium, in a fresh page.
// Pass 1 plans each day once, as a user's first plans: V8 optimises this code over the first
// few (slower when its background compiler threads wait for a busy CPU). Pass 2, in the same
// worker, plans each day REPEAT times.
const passes = await browserDays(DAY_STOPS, DAY_SEEDS, [
  { windowed: WINDOWED, repeat: 1 },
  { windowed: WINDOWED, repeat: REPEAT },
]);
const browserFirstPass: number[] = [];
const browserWarm: number[] = [];
if (passes === null) console.log('browser worker: no Chromium here, skipped');
else {
  passes.forEach((days, i) =>
    days.forEach((d) => {
      (i === 0 ? browserFirstPass : browserWarm).push(median(d.ms));
      console.log(
        `browser worker pass ${i + 1} day seed=${String(d.seed).padStart(2)} ${DAY_STOPS} stops, ` +
          `${String(d.windows).padStart(2)} windows: ${d.visited} visited, ` +
          `${median(d.ms).toFixed(0)} ms`,
      );
    }),
  );
}

const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
const maxGap = Math.max(...gaps);
const maxMs = Math.max(...times);
const ms = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' / ');
const dayMax = Math.max(...nodeDays, ...browserWarm);
const load = loadavg()[0]!;
const ok = mean <= MEAN_GAP && maxGap <= MAX_GAP && maxMs < MAX_MS && dayMax < DAY_MS;
const over = (xs: number[]) => xs.filter((x) => x >= DAY_MS).length;
console.log(
  `summary: ${INSTANCES.length} TSPLIB instances, mean gap ${pct(mean)} (≤ ${MEAN_GAP}%), ` +
    `max gap ${pct(maxGap)} (≤ ${MAX_GAP}%), slowest ${maxMs.toFixed(0)} ms (< ${MAX_MS}); ` +
    `days of ${DAY_STOPS} stops (< ${DAY_MS}): Node median ${median(nodeDays).toFixed(0)} ms, ` +
    `max ${Math.max(...nodeDays).toFixed(0)} ms` +
    `, first windowed plan ${ms(nodeCold)} ms` +
    (browserWarm.length > 0
      ? `; browser worker median ${median(browserWarm).toFixed(0)} ms, ` +
        `max ${Math.max(...browserWarm).toFixed(0)} ms, first pass median ` +
        `${median(browserFirstPass).toFixed(0)} ms, max ${Math.max(...browserFirstPass).toFixed(0)} ms ` +
        `(${over(browserFirstPass)} of ${browserFirstPass.length} over ${DAY_MS})`
      : '') +
    `; load ${load.toFixed(1)} on ${availableParallelism()} CPUs` +
    ` — ${ok ? 'all targets met' : 'TARGET MISSED'}`,
);
if (!ok) process.exitCode = 1;
