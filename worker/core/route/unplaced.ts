/**
 * Why a stop that fits alone was left out: put it where it does least harm (it is on time
 * there: straight from the start always is) and name whose appointment would then be missed,
 * or that the day would overrun.
 */
import type { RouteRequest, Unplaced } from './types';
import { TW_EPS, type TwProblem } from './windows';

export function explainUnplaced(
  p: TwProblem,
  req: RouteRequest,
  route: readonly number[],
  candidates: readonly number[],
): Unplaced[] {
  const placed = new Set(route);
  return candidates
    .filter((u) => !placed.has(u))
    .map((u) => {
      let best: { late: number[]; dayFull: boolean } | null = null;
      for (let k = 0; k <= route.length; k++) {
        const trial = [...route.slice(0, k), u, ...route.slice(k)];
        const res = lateness(p, trial, u);
        if (res === null) continue;
        const harm = res.late.length + (res.dayFull ? 1 : 0);
        if (best === null || harm < best.late.length + (best.dayFull ? 1 : 0)) best = res;
      }
      return {
        stopId: req.stops[u - 1]!.id,
        reason: 'conflict' as const,
        earliestArrival: p.t0 + p.minutes[u]!,
        conflictsWith: (best?.late ?? []).map((v) => req.stops[v - 1]!.id),
        dayFull: best?.dayFull ?? false,
      };
    });
}

/** Stops whose window breaks on `route`, or null when `self` itself would be late. */
function lateness(p: TwProblem, route: number[], self: number) {
  const late: number[] = [];
  let t = p.t0;
  let prev = 0;
  for (const u of route) {
    t = Math.max(t + p.minutes[prev * p.n + u]!, p.from[u]!);
    if (t > p.to[u]! + TW_EPS) {
      if (u === self) return null;
      late.push(u);
    }
    t += p.service[u]!;
    prev = u;
  }
  if (p.closed) t += p.minutes[prev * p.n]!;
  return { late, dayFull: t > p.dayEnd + TW_EPS };
}
