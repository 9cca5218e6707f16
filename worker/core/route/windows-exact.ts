/**
 * Small days solved exactly: every order of every subset of the stops, depth first, cut where a
 * window or the day's end breaks or where the rest cannot beat the best found. Same objective
 * as the search (most stops on time, then fewest metres). Up to EXACT_MAX stops this is a few
 * milliseconds, and the local search can miss the optimum there (tight windows, few moves).
 */
import { TW_EPS, type TwProblem, type TwSolution } from './windows';

export const EXACT_MAX = 8;

export function exactRoute(p: TwProblem, candidates: readonly number[]): TwSolution {
  const { n, metres, minutes } = p;
  const c = candidates.length;
  const used = new Uint8Array(n);
  const path = new Int32Array(c);
  let best: TwSolution = { route: [], metres: 0 };
  let bestCount = -1;

  const visit = (prev: number, t: number, dist: number, count: number): void => {
    const end = p.closed ? t + minutes[prev * n]! : t;
    if (end <= p.dayEnd + TW_EPS) {
      const total = dist + (p.closed ? metres[prev * n]! : 0);
      if (count > bestCount || (count === bestCount && total < best.metres - TW_EPS)) {
        bestCount = count;
        best = { route: Array.from(path.subarray(0, count)), metres: total };
      }
    }
    // Every stop is already kept by a route no longer than this one so far.
    if (bestCount === c && dist >= best.metres - TW_EPS) return;
    for (const u of candidates) {
      if (used[u]) continue;
      const begin = Math.max(t + minutes[prev * n + u]!, p.from[u]!);
      if (begin > p.to[u]! + TW_EPS) continue;
      used[u] = 1;
      path[count] = u;
      visit(u, begin + p.service[u]!, dist + metres[prev * n + u]!, count + 1);
      used[u] = 0;
    }
  };
  visit(0, p.t0, 0, 0);
  return best;
}
