import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import { solveTsp } from './tsp';

/** Random points in a 1000 × 1000 square, Euclidean costs (a row-major matrix). */
function randomMatrix(n: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const pts = Array.from({ length: n }, () => [rng.next() * 1000, rng.next() * 1000] as const);
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++)
      m[i * n + j] = Math.hypot(pts[i]![0] - pts[j]![0], pts[i]![1] - pts[j]![1]);
  }
  return m;
}

function pathCost(m: ArrayLike<number>, n: number, order: number[], open: boolean): number {
  let s = 0;
  for (let k = 0; k + 1 < order.length; k++) s += m[order[k]! * n + order[k + 1]!]!;
  return open ? s : s + m[order[order.length - 1]! * n + order[0]!]!;
}

/** Exact optimum by trying every order of nodes 1…n−1 after node 0. */
function bruteForce(m: ArrayLike<number>, n: number, open: boolean): number {
  let best = Infinity;
  const rest = Array.from({ length: n - 1 }, (_, i) => i + 1);
  const permute = (k: number) => {
    if (k === rest.length) {
      best = Math.min(best, pathCost(m, n, [0, ...rest], open));
      return;
    }
    for (let i = k; i < rest.length; i++) {
      [rest[k], rest[i]] = [rest[i]!, rest[k]!];
      permute(k + 1);
      [rest[k], rest[i]] = [rest[i]!, rest[k]!];
    }
  };
  permute(0);
  return best;
}

const isPermutation = (order: number[], n: number) =>
  order.length === n && new Set(order).size === n && order.every((v) => v >= 0 && v < n);

describe('solveTsp', () => {
  it('matches brute force on closed tours of 2–9 nodes', () => {
    for (let n = 2; n <= 9; n++) {
      for (let seed = 1; seed <= 6; seed++) {
        const m = randomMatrix(n, seed * 100 + n);
        const res = solveTsp(m, n);
        expect(isPermutation(res.order, n)).toBe(true);
        expect(res.order[0]).toBe(0);
        expect(res.cost).toBeCloseTo(bruteForce(m, n, false), 6);
      }
    }
  });

  it('matches brute force on open paths from a fixed start', () => {
    for (let n = 2; n <= 9; n++) {
      for (let seed = 1; seed <= 6; seed++) {
        const m = randomMatrix(n, seed * 1000 + n);
        const res = solveTsp(m, n, { open: true });
        expect(isPermutation(res.order, n)).toBe(true);
        expect(res.order[0]).toBe(0);
        expect(res.cost).toBeCloseTo(pathCost(m, n, res.order, true), 9);
        expect(res.cost).toBeCloseTo(bruteForce(m, n, true), 6);
      }
    }
  });

  it('starts where asked', () => {
    const m = randomMatrix(12, 7);
    const res = solveTsp(m, 12, { start: 5, open: true });
    expect(res.order[0]).toBe(5);
    expect(isPermutation(res.order, 12)).toBe(true);
  });

  it('is deterministic: the same input and seed give the same tour', () => {
    const m = randomMatrix(80, 42);
    const a = solveTsp(m, 80, { seed: 3, maxIterations: 2000 });
    const b = solveTsp(m, 80, { seed: 3, maxIterations: 2000 });
    expect(b).toEqual(a);
    expect(a.iterations).toBe(2000);
  });

  it('keeps to a time budget with an injected clock', () => {
    let t = 0;
    const res = solveTsp(randomMatrix(60, 1), 60, {
      maxIterations: 1e9,
      timeLimitMs: 100,
      now: () => (t += 1),
    });
    // The clock is read every 8 rounds: 100 reads ≈ 800 rounds, not a billion.
    expect(res.iterations).toBeGreaterThan(0);
    expect(res.iterations).toBeLessThanOrEqual(808);
  });

  it('places 8 points on a circle in circular order', () => {
    const n = 8;
    const pts = Array.from({ length: n }, (_, i) => [
      Math.cos((i * 3 * Math.PI * 2) / n),
      Math.sin((i * 3 * Math.PI * 2) / n),
    ]);
    const m = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++)
        m[i * n + j] = Math.hypot(pts[i]![0]! - pts[j]![0]!, pts[i]![1]! - pts[j]![1]!);
    }
    const res = solveTsp(m, n);
    expect(res.cost).toBeCloseTo(n * 2 * Math.sin(Math.PI / n), 9);
  });
});
