/**
 * Building and perturbing routes with time windows by insertion: the stops of an order that fit
 * when appended, cheapest feasible insertion, and the windowed search's kick (a double bridge
 * when it keeps every window, else ruin and recreate, which also retries the stops left out).
 */
import type { Rng } from './rng';
import type { Schedule, TwProblem, TwSolution } from './windows';

/** The stops of `order` (among `candidates`) that keep every window when appended in turn. */
export function feasibleSubsequence(
  sch: Schedule,
  seg: Int32Array,
  candidates: readonly number[],
  order: readonly number[],
): number[] {
  const allowed = new Set(candidates);
  const route: number[] = [];
  for (const u of order) {
    if (!allowed.has(u)) continue;
    seg[0] = u;
    sch.compute(route);
    if (sch.insertion(route, seg, 1, route.length) < Infinity) route.push(u);
  }
  return route;
}

/** Cheapest feasible insertion of each stop of `order` not yet on `route` (changed in place). */
export function insertAll(
  sch: Schedule,
  seg: Int32Array,
  route: number[],
  order: readonly number[],
): TwSolution {
  const on = new Set(route);
  for (const u of order) {
    if (on.has(u)) continue;
    sch.compute(route);
    seg[0] = u;
    let bestK = -1;
    let bestD = Infinity;
    for (let k = 0; k <= route.length; k++) {
      const d = sch.insertion(route, seg, 1, k);
      if (d < bestD) [bestD, bestK] = [d, k];
    }
    if (bestK >= 0) {
      route.splice(bestK, 0, u);
      on.add(u);
    }
  }
  return { route, metres: sch.compute(route).metres };
}

/** A double bridge if it keeps every window, else ruin and recreate around a random stop. */
export function kick(
  p: TwProblem,
  sch: Schedule,
  seg: Int32Array,
  rng: Rng,
  candidates: readonly number[],
  route: readonly number[],
): { route: number[]; touched: number[] } {
  const m = route.length;
  if (m >= 4 && rng.next() < 0.5) {
    const l1 = 1 + rng.int(Math.floor((m - 1) / 2));
    const l2 = 1 + rng.int(Math.floor((m - 1) / 2));
    if (l1 + l2 <= m) {
      const p0 = rng.int(m - l1 - l2 + 1);
      const next = [
        ...route.slice(0, p0),
        ...route.slice(p0 + l1, p0 + l1 + l2),
        ...route.slice(p0, p0 + l1),
        ...route.slice(p0 + l1 + l2),
      ];
      if (sch.compute(next).feasible) {
        const cut = [p0 - 1, p0, p0 + l1 - 1, p0 + l1, p0 + l1 + l2 - 1, p0 + l1 + l2];
        return { route: next, touched: cut.map((k) => (k < 0 || k >= m ? 0 : route[k]!)) };
      }
    }
  }
  return ruinRecreate(p, sch, seg, rng, candidates, route);
}

/**
 * Removes a random stop and its nearest neighbours on the route, then reinserts every stop left
 * out, in random order.
 */
function ruinRecreate(
  p: TwProblem,
  sch: Schedule,
  seg: Int32Array,
  rng: Rng,
  candidates: readonly number[],
  route: readonly number[],
): { route: number[]; touched: number[] } {
  const m = route.length;
  const seed = route[rng.int(m)]!;
  // 2 to 9 stops, at most about half a short route: smaller ruins left days of 10–13 stops
  // stuck up to 18% above the optimum (every stop's reinsertion led back to the same route).
  const q = Math.min(m, 2 + rng.int(Math.max(1, Math.min(8, Math.ceil(m / 2)))));
  const near = [...route].sort(
    (a, b) => p.metres[seed * p.n + a]! - p.metres[seed * p.n + b]! || a - b,
  );
  const removed = new Set(near.slice(0, q));
  const kept = route.filter((u) => !removed.has(u));
  const keptSet = new Set(kept);
  const missing = candidates.filter((u) => !keptSet.has(u));
  for (let k = missing.length - 1; k > 0; k--) {
    const j = rng.int(k + 1);
    [missing[k], missing[j]] = [missing[j]!, missing[k]!];
  }
  const next = insertAll(sch, seg, kept, missing).route;
  // The reinserted stops and their new neighbours.
  const before = new Set(route);
  const touched: number[] = [0];
  next.forEach((u, k) => {
    if (removed.has(u) || !before.has(u)) touched.push(u, next[k - 1] ?? 0, next[k + 1] ?? 0);
  });
  return { route: next, touched };
}
