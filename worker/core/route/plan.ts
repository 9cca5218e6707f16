/**
 * planRoute: the inspector's day. The shortest tour is solved first (windows ignored); when it
 * keeps every window it is the answer, otherwise days of up to EXACT_MAX stops are solved
 * exactly and longer ones by the windowed search, started from the tour. Stops that cannot be
 * visited in time are listed with the reason, never placed late.
 */
import { startDeadline, type Budget } from './budget';
import { RouteInputError } from './errors';
import { matrixIssues, type MatrixProvider, routePoints, type TravelMatrix } from './matrix';
import { explainUnplaced } from './unplaced';
import { createRng } from './rng';
import { defaultIterations, solveTsp } from './tsp';
import { routeTiming } from './timing';
import type { RoutePlan, RouteRequest, Unplaced } from './types';
import { validateRouteRequest, type ValidateOptions } from './validate';
import { Schedule, twProblem, type TwProblem } from './windows';
import { EXACT_MAX, exactRoute } from './windows-exact';
import { TwSearch } from './windows-search';

export interface PlanOptions extends Budget, ValidateOptions {
  /** Seed of the search's kicks. Default 1. */
  seed?: number;
}

/**
 * Kicks of the windowed search when the caller sets none: each costs ~10× a tour kick, and on
 * 60-stop days more than 6 per stop found hardly more stops or shorter routes (30 days: 0.2%
 * more stops with 10 per stop, for 45% more time).
 */
export function windowIterations(n: number): number {
  return Math.max(200, Math.min(6 * n, 5_000));
}

/** Share of a time limit the tour phase may use; the windowed phase gets the rest. */
const TOUR_SHARE = 0.5;

/**
 * Plans the day over a precomputed travel matrix (index 0 = start, i = stops[i - 1]).
 * Throws RouteInputError for a request it must refuse.
 *
 * @example planRoute(req, greatCircleMatrix(routePoints(req)), { maxIterations: 1000 })
 */
export function planRoute(
  req: RouteRequest,
  matrix: TravelMatrix,
  options: PlanOptions = {},
): RoutePlan {
  validateRouteRequest(req, options);
  const n = req.stops.length + 1;
  const issues = matrixIssues(matrix, n);
  if (issues.length > 0) throw new RouteInputError('ROUTE_INVALID_INPUT', issues);
  const p = twProblem(
    n,
    matrix.metres,
    matrix.minutes,
    req.stops,
    req.start.time,
    req.dayEnd,
    req.returnToStart,
  );
  const alone: Unplaced[] = [];
  const candidates: number[] = [];
  for (let u = 1; u < n; u++) {
    const why = aloneFails(p, u);
    if (why === null) candidates.push(u);
    else alone.push({ stopId: req.stops[u - 1]!.id, ...why, conflictsWith: [], dayFull: false });
  }
  const tour = tourOf(p, candidates, options);
  let route = tour.route;
  let iterations = tour.iterations;
  const tourKeepsWindows = new Schedule(p).compute(route).feasible;
  if (!tourKeepsWindows && candidates.length <= EXACT_MAX) {
    route = exactRoute(p, candidates).route;
  } else if (!tourKeepsWindows) {
    const deadline = startDeadline(
      { ...options, timeLimitMs: remaining(options, tour.ms) },
      windowIterations(candidates.length + 1),
    );
    const search = new TwSearch(p, candidates, createRng(options.seed ?? 1));
    const res = search.improve(search.construct(route), deadline);
    route = res.best.route;
    iterations += res.iterations;
  }
  const unplaced = [...alone, ...explainUnplaced(p, req, route, candidates)];
  return { ...routeTiming(p, req, route), unplaced, iterations };
}

/** Validates first (no paid road-matrix call for a request that would be refused), then plans. */
export async function planRouteWith(
  provider: MatrixProvider,
  req: RouteRequest,
  options: PlanOptions = {},
): Promise<RoutePlan> {
  validateRouteRequest(req, options);
  return planRoute(req, await provider.matrix(routePoints(req)), options);
}

function remaining(options: Budget, used: number): number | undefined {
  return options.timeLimitMs === undefined ? undefined : Math.max(0, options.timeLimitMs - used);
}

/** Why stop u cannot be visited even alone, straight from the start; null if it can. */
function aloneFails(p: TwProblem, u: number): Pick<Unplaced, 'reason' | 'earliestArrival'> | null {
  const arrival = p.t0 + p.minutes[u]!;
  const begin = Math.max(arrival, p.from[u]!);
  if (begin > p.to[u]! + 1e-9) return { reason: 'window_closed', earliestArrival: arrival };
  const end = begin + p.service[u]! + (p.closed ? p.minutes[u * p.n]! : 0);
  if (end > p.dayEnd + 1e-9) return { reason: 'day_too_short', earliestArrival: arrival };
  return null;
}

/** The shortest tour (or open path) from the start through the candidates, windows ignored. */
function tourOf(p: TwProblem, candidates: number[], options: PlanOptions) {
  const now = options.now ?? Date.now;
  const t0 = now();
  const nodes = [0, ...candidates];
  const k = nodes.length;
  const sub = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) sub[i * k + j] = p.metres[nodes[i]! * p.n + nodes[j]!]!;
  }
  const res = solveTsp(sub, k, {
    start: 0,
    open: !p.closed,
    seed: options.seed ?? 1,
    // With appointments the tour is most likely only the windowed search's first guess.
    maxIterations:
      options.maxIterations ??
      (candidates.some((u) => p.to[u]! < Infinity || p.from[u]! > -Infinity)
        ? windowIterations(k)
        : defaultIterations(k)),
    timeLimitMs: options.timeLimitMs === undefined ? undefined : options.timeLimitMs * TOUR_SHARE,
    now,
  });
  return {
    route: res.order.slice(1).map((i) => nodes[i]!),
    iterations: res.iterations,
    ms: now() - t0,
  };
}
