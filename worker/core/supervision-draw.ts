/**
 * The 双随机 draw: which licensed retailers a supervision plan inspects, and which two
 * inspectors check each. Pure and deterministic: the same stored seed and inputs give the same
 * list on any machine, so anyone holding a plan can re-run its draw (the worker's verify route,
 * the demo seed) and compare.
 *
 * 1. Retailers: weighted sampling without replacement (Efraimidis–Spirakis). Walking the
 *    population in its canonical order, each retailer gets u ~ U(0,1) from xoroshiro128+ and the
 *    key ln(1 − u) / weight; the largest keys win. With all weights 1 it is a simple random
 *    sample.
 * 2. Inspectors: walking the winners by key, each gets a pair from its county's pool, drawn
 *    uniformly among the allowed pairs with the least work so far. A pair is not allowed when
 *    either officer declared a conflict with the retailer, or when it is the very pair that
 *    inspected the retailer last time. A retailer no pair may check is skipped (with its
 *    reason) and the next key takes its place.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** One retailer of the population, as stored in the plan's snapshot. */
export interface DrawCandidate {
  licenceId: string;
  county: string;
  /** Relative weight (> 0); 1 for an unweighted draw. */
  weight: number;
}

/** Everything a draw reads: stored with the plan, so the draw can be re-run. */
export interface DrawInput {
  /** 32-bit unsigned seed. */
  seed: number;
  count: number;
  /** In canonical order (by licence id). */
  population: readonly DrawCandidate[];
  /** Each county's inspectors (sorted ids). */
  pools: Readonly<Record<string, readonly string[]>>;
  /** `[inspectorId, licenceId]`: the inspector is related to the retailer. */
  conflicts: readonly (readonly [string, string])[];
  /** The officers of each retailer's last plan check (two, in any order). */
  lastPairs: Readonly<Record<string, readonly string[]>>;
}

export type SkipReason = 'conflict' | 'same_pair' | 'no_inspectors';

export interface DrawPick {
  licenceId: string;
  /** 1-based position in the draw. */
  rank: number;
  officers: [string, string];
}

export interface DrawResult {
  picks: DrawPick[];
  skipped: { licenceId: string; reason: SkipReason }[];
  /** True when the population ran out before `count` retailers could be paired. */
  short: boolean;
}

/** Why an input cannot be drawn, or null. */
export function drawInputProblem(input: DrawInput): 'seed' | 'count' | 'weight' | 'order' | null {
  if (!Number.isInteger(input.seed) || input.seed < 0 || input.seed > 0xffff_ffff) return 'seed';
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > input.population.length)
    return 'count';
  if (input.population.some((p) => !(p.weight > 0) || !Number.isFinite(p.weight))) return 'weight';
  for (let i = 1; i < input.population.length; i++)
    if (
      (input.population[i - 1] as DrawCandidate).licenceId >=
      (input.population[i] as DrawCandidate).licenceId
    )
      return 'order';
  return null;
}

/** Runs the draw. Throws RangeError on an input drawInputProblem refuses. */
export function runDraw(input: DrawInput): DrawResult {
  const problem = drawInputProblem(input);
  if (problem) throw new RangeError(`draw input: ${problem}`);
  // pure-rand takes a signed 32-bit seed: the stored unsigned one maps onto it one to one.
  const rng = xoroshiro128plus(input.seed | 0);
  const keyed = input.population.map((p) => ({
    p,
    key: Math.log(1 - uniformFloat64(rng)) / p.weight,
  }));
  keyed.sort((a, b) => b.key - a.key || (a.p.licenceId < b.p.licenceId ? -1 : 1));

  const conflicted = new Map<string, Set<string>>();
  for (const [staff, licence] of input.conflicts) {
    const set = conflicted.get(licence) ?? new Set<string>();
    set.add(staff);
    conflicted.set(licence, set);
  }
  const load = new Map<string, number>();
  const picks: DrawPick[] = [];
  const skipped: DrawResult['skipped'] = [];
  for (const { p } of keyed) {
    if (picks.length === input.count) break;
    const pool = input.pools[p.county] ?? [];
    const barred = conflicted.get(p.licenceId) ?? new Set<string>();
    const last = input.lastPairs[p.licenceId] ?? [];
    let sawConflict = false;
    let sawSame = false;
    let best: [string, string][] = [];
    let bestLoad = Infinity;
    for (let i = 0; i < pool.length; i++) {
      for (let j = i + 1; j < pool.length; j++) {
        const a = pool[i] as string;
        const b = pool[j] as string;
        if (barred.has(a) || barred.has(b)) {
          sawConflict = true;
          continue;
        }
        if (last.length === 2 && last.includes(a) && last.includes(b)) {
          sawSame = true;
          continue;
        }
        const l = (load.get(a) ?? 0) + (load.get(b) ?? 0);
        if (l < bestLoad) {
          bestLoad = l;
          best = [];
        }
        if (l === bestLoad) best.push([a, b]);
      }
    }
    if (best.length === 0) {
      const reason =
        pool.length < 2 ? 'no_inspectors' : sawConflict && !sawSame ? 'conflict' : 'same_pair';
      skipped.push({ licenceId: p.licenceId, reason });
      continue;
    }
    const pair = best[best.length === 1 ? 0 : uniformInt(rng, 0, best.length - 1)] as [
      string,
      string,
    ];
    // Who leads is drawn too.
    const officers: [string, string] = uniformInt(rng, 0, 1) === 0 ? pair : [pair[1], pair[0]];
    for (const o of officers) load.set(o, (load.get(o) ?? 0) + 1);
    picks.push({ licenceId: p.licenceId, rank: picks.length + 1, officers });
  }
  return { picks, skipped, short: picks.length < input.count };
}

/** The stored form of a draw's inputs (the seed and count are columns of their own). */
export interface DrawSnapshot {
  /** `[licenceId, county, weight]` in canonical order. */
  population: [string, string, number][];
  pools: Record<string, string[]>;
  conflicts: [string, string][];
  lastPairs: Record<string, string[]>;
}

export function snapshotOf(input: DrawInput): DrawSnapshot {
  return {
    population: input.population.map((p) => [p.licenceId, p.county, p.weight]),
    pools: Object.fromEntries(Object.entries(input.pools).map(([k, v]) => [k, [...v]])),
    conflicts: input.conflicts.map(([a, b]) => [a, b]),
    lastPairs: Object.fromEntries(Object.entries(input.lastPairs).map(([k, v]) => [k, [...v]])),
  };
}

export function inputOf(seed: number, count: number, s: DrawSnapshot): DrawInput {
  return {
    seed,
    count,
    population: s.population.map(([licenceId, county, weight]) => ({ licenceId, county, weight })),
    pools: s.pools,
    conflicts: s.conflicts,
    lastPairs: s.lastPairs,
  };
}

/** The canonical text of a draw's result, to store and compare: one line per pick. */
export function drawText(r: DrawResult): string {
  return r.picks.map((p) => `${p.rank} ${p.licenceId} ${p.officers.join(' ')}`).join('\n');
}

/** How many retailers a share (percent) of a population means: rounded up, at least one. */
export function countForShare(population: number, sharePct: number): number {
  return Math.max(1, Math.ceil((population * sharePct) / 100 - 1e-9));
}
