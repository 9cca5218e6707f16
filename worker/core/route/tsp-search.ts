/**
 * Local search on a symmetric cost matrix: 2-opt and Or-opt (paths of 1–3 nodes moved, either
 * way round) over candidate lists of each node's nearest neighbours, with a queue of nodes
 * still worth looking at ("don't-look bits"), so a descent after a kick only revisits the few
 * nodes it touched.
 */
import type { Cycle } from './tsp-cycle';

const EPS = 1e-9;
const MAX_SEGMENT = 3;

export interface SearchSpace {
  readonly n: number;
  /** Row-major n×n costs, symmetric. */
  readonly cost: Float64Array;
  /** Row-major n×k nearest neighbours of each node, nearest first. */
  readonly nbrs: Int32Array;
  readonly k: number;
  /** An edge the search never removes, as [a, b], or null (open routes: start–end dummy). */
  readonly fixed: readonly [number, number] | null;
}

/** The k nearest neighbours of every node, never listing `exclude` (a zero-cost dummy). */
export function neighbourLists(n: number, cost: Float64Array, k: number, exclude = -1): Int32Array {
  const nbrs = new Int32Array(n * k).fill(-1);
  const idx: number[] = [];
  for (let a = 0; a < n; a++) {
    idx.length = 0;
    for (let b = 0; b < n; b++) if (b !== a && b !== exclude) idx.push(b);
    idx.sort((x, y) => cost[a * n + x]! - cost[a * n + y]! || x - y);
    for (let j = 0; j < k && j < idx.length; j++) nbrs[a * k + j] = idx[j]!;
  }
  return nbrs;
}

export class LocalSearch {
  private readonly queue: Int32Array;
  private readonly queued: Uint8Array;
  private head = 0;
  private size = 0;

  constructor(
    private readonly s: SearchSpace,
    private readonly t: Cycle,
  ) {
    this.queue = new Int32Array(s.n);
    this.queued = new Uint8Array(s.n);
  }

  push(v: number): void {
    if (this.queued[v]) return;
    this.queued[v] = 1;
    this.queue[(this.head + this.size++) % this.s.n] = v;
  }

  /** Descends to a local optimum; returns the change of tour cost (≤ 0). */
  run(): number {
    let gain = 0;
    while (this.size > 0) {
      const a = this.queue[this.head]!;
      this.head = (this.head + 1) % this.s.n;
      this.size--;
      this.queued[a] = 0;
      const delta = this.twoOpt(a) || this.orOpt(a);
      if (delta < 0) {
        gain += delta;
        this.push(a);
      }
    }
    return gain;
  }

  /** Whether v lies on the path of `len` nodes from position pf. */
  private inPath(v: number, pf: number, len: number): boolean {
    return (this.t.pos[v]! - pf + this.s.n) % this.s.n < len;
  }

  private c(a: number, b: number): number {
    return this.s.cost[a * this.s.n + b]!;
  }

  private isFixed(a: number, b: number): boolean {
    const f = this.s.fixed;
    return f !== null && ((a === f[0] && b === f[1]) || (a === f[1] && b === f[0]));
  }

  private twoOpt(a: number): number {
    const { s, t } = this;
    for (let dir = 0; dir < 2; dir++) {
      const b = dir === 0 ? t.succ(a) : t.pred(a);
      if (this.isFixed(a, b)) continue;
      const dab = this.c(a, b);
      for (let j = 0; j < s.k; j++) {
        const c = s.nbrs[a * s.k + j]!;
        if (c < 0) break;
        const dac = this.c(a, c);
        if (dac >= dab - EPS) break;
        const d = dir === 0 ? t.succ(c) : t.pred(c);
        if (c === b || d === a || this.isFixed(c, d)) continue;
        const delta = dac + this.c(b, d) - dab - this.c(c, d);
        if (delta < -EPS) {
          t.twoOpt(a, b, c, d);
          this.push(b);
          this.push(c);
          this.push(d);
          return delta;
        }
      }
    }
    return 0;
  }

  private orOpt(a: number): number {
    const { s, t } = this;
    const f = s.fixed;
    for (let len = 1; len <= MAX_SEGMENT && len + 2 < s.n; len++) {
      for (let dir = 0; dir < 2; dir++) {
        // The path of `len` nodes starting (dir 0) or ending (dir 1) at a, in forward order.
        let first = a;
        let last = a;
        let ok = f === null || (a !== f[0] && a !== f[1]);
        for (let i = 1; i < len && ok; i++) {
          if (dir === 0) last = t.succ(last);
          else first = t.pred(first);
          const v = dir === 0 ? last : first;
          ok = f === null || (v !== f[0] && v !== f[1]);
        }
        if (!ok) continue;
        const p = t.pred(first);
        const nx = t.succ(last);
        const removeGain = this.c(p, first) + this.c(last, nx) - this.c(p, nx);
        if (removeGain <= EPS) continue;
        const delta = this.bestInsertion(first, last, len, p, removeGain);
        if (delta < 0) return delta;
      }
    }
    return 0;
  }

  /** Moves first…last next to a candidate neighbour of an end when that gains; returns Δ. */
  private bestInsertion(first: number, last: number, len: number, p: number, gain: number): number {
    const { s, t } = this;
    // No closures here: this runs millions of times and bundlers may wrap each one.
    const pf = t.pos[first]!;
    for (let e = 0; e < 2; e++) {
      const end = e === 0 ? first : last;
      for (let j = 0; j < s.k; j++) {
        const c = s.nbrs[end * s.k + j]!;
        if (c < 0 || this.c(end, c) >= gain - EPS) break;
        if (this.inPath(c, pf, len)) continue;
        for (let side = 0; side < 2; side++) {
          const x = side === 0 ? c : t.pred(c);
          const y = side === 0 ? t.succ(c) : c;
          if (x === p || this.inPath(x, pf, len) || this.inPath(y, pf, len)) continue;
          if (this.isFixed(x, y)) continue;
          const kept = this.c(x, first) + this.c(last, y);
          const flipped = this.c(x, last) + this.c(first, y);
          const delta = Math.min(kept, flipped) - this.c(x, y) - gain;
          if (delta < -EPS) {
            const nx = t.succ(last);
            t.moveSegment(first, last, x, flipped < kept);
            this.push(p);
            this.push(nx);
            this.push(x);
            this.push(y);
            this.push(first);
            this.push(last);
            return delta;
          }
        }
      }
    }
    return 0;
  }
}
