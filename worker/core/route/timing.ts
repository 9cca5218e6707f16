/**
 * The timing of a day in a given order: legs, arrivals, waits for windows, departures and
 * totals. planRoute describes its plans with it; `timeOrder` times an order the inspector chose
 * (a stop dragged elsewhere), where an appointment may be missed: each visit says by how many
 * minutes (`late`), and the day by how much it overruns its end.
 */
import { RouteInputError, type RouteIssue } from './errors';
import { matrixIssues, type TravelMatrix } from './matrix';
import type { RouteRequest, RouteTiming, Visit } from './types';
import { validateRouteRequest, type ValidateOptions } from './validate';
import { Schedule, twProblem, type TwProblem } from './windows';

/** The timing of `route` (stop nodes: i is stops[i - 1]). */
export function routeTiming(
  p: TwProblem,
  req: RouteRequest,
  route: readonly number[],
): RouteTiming {
  const sch = new Schedule(p).compute(route);
  const visits: Visit[] = [];
  const lateStopIds: string[] = [];
  let prev = 0;
  let travel = 0;
  let wait = 0;
  route.forEach((u, k) => {
    const legMinutes = p.minutes[prev * p.n + u]!;
    const stopId = req.stops[u - 1]!.id;
    const late = Math.max(0, sch.begin[k]! - p.to[u]!);
    if (late > 0) lateStopIds.push(stopId);
    travel += legMinutes;
    wait += sch.begin[k]! - sch.arr[k]!;
    visits.push({
      stopId,
      legMetres: p.metres[prev * p.n + u]!,
      legMinutes,
      arrival: sch.arr[k]!,
      begin: sch.begin[k]!,
      wait: sch.begin[k]! - sch.arr[k]!,
      departure: sch.dep[k]!,
      late,
    });
    prev = u;
  });
  const end = sch.arr[route.length]!;
  const returnLeg = p.closed
    ? { metres: p.metres[prev * p.n]!, minutes: p.minutes[prev * p.n]!, arrival: end }
    : null;
  if (returnLeg) travel += returnLeg.minutes;
  return {
    visits,
    returnLeg,
    totalMetres: sch.metres,
    travelMinutes: travel,
    waitMinutes: wait,
    end,
    lateStopIds,
    overrunMinutes: Math.max(0, end - p.dayEnd),
  };
}

/**
 * Times the stops of `req` in the order of `stopIds` (a subset, each once) over `matrix`, as
 * planRoute would, without refusing late visits. Throws RouteInputError for a request planRoute
 * refuses, or an unknown or repeated id (issue kind `order`).
 *
 * @example timeOrder(req, matrix, ['T3', 'T1', 'T2']).totalMetres
 */
export function timeOrder(
  req: RouteRequest,
  matrix: TravelMatrix,
  stopIds: readonly string[],
  options: ValidateOptions = {},
): RouteTiming {
  validateRouteRequest(req, options);
  const n = req.stops.length + 1;
  const issues: RouteIssue[] = matrixIssues(matrix, n);
  const index = new Map(req.stops.map((s, i) => [s.id, i + 1]));
  const seen = new Set<string>();
  const route: number[] = [];
  for (const id of stopIds) {
    const u = index.get(id);
    if (u === undefined) issues.push({ kind: 'order', stopId: id, detail: `no stop ${id}` });
    else if (seen.has(id)) issues.push({ kind: 'order', stopId: id, detail: `stop ${id} twice` });
    else route.push(u);
    seen.add(id);
  }
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
  return routeTiming(p, req, route);
}
