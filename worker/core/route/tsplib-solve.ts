/**
 * A TSPLIB instance through the tour solver: what `npm run route:solve` and the benchmark run.
 * The search is bounded by kicks, not time, so a file always gives the same tour.
 */
import { defaultIterations, solveTsp, type TspOptions } from './tsp';
import type { TsplibInstance } from './tsplib';
import { tsplibMatrix, tsplibTourLength } from './tsplib-metric';

export interface TsplibSolution {
  /** 1-based node ids, each once, starting with node 1. */
  tour: number[];
  /** In the instance's integer metric, closing edge included. */
  length: number;
  iterations: number;
}

/**
 * Kicks for a TSPLIB instance: 100 per node found the same tours as 400 on the eleven
 * instances in bench/route/data (all optimal but ch130, 0.29% above) in a quarter of the time.
 */
export function tsplibIterations(n: number): number {
  return Math.max(defaultIterations(n), Math.min(100 * n, 60_000));
}

/** @example solveTsplib(parseTsplib(text)).length // 7542 for berlin52 */
export function solveTsplib(inst: TsplibInstance, options: TspOptions = {}): TsplibSolution {
  const n = inst.x.length;
  const res = solveTsp(tsplibMatrix(inst), n, {
    maxIterations: tsplibIterations(n),
    ...options,
    start: 0,
    open: false,
  });
  const tour = res.order.map((i) => i + 1);
  return { tour, length: tsplibTourLength(inst, tour), iterations: res.iterations };
}
