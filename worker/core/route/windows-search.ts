/**
 * The search for routes with time windows: cheapest feasible insertion to build, then Or-opt
 * and 2-opt moves towards each stop's nearest neighbours, taken only when every window and the
 * day's end still hold (distance checked first in O(1), timing through the schedule's forward
 * slack). Iterated local search kicks with a double bridge when the result stays feasible, else
 * ruin-and-recreate of a few neighbouring stops (which also retries the stops left out). The
 * objective is lexicographic: as many stops as possible, then the fewest metres.
 */
import type { Deadline } from './budget';
import type { Rng } from './rng';
import { neighbourLists } from './tsp-search';
import { fitsReplacement, Schedule, TW_EPS, type TwProblem, type TwSolution } from './windows';
import { feasibleSubsequence, insertAll, kick } from './windows-insert';
import { TwQueue } from './windows-queue';

const MAX_SEGMENT = 3;
const NEIGHBOURS = 10;
/** The end of the route in move arithmetic: the start again (closed) or nowhere (open). */
const END = -1;

export class TwSearch {
  private readonly sch: Schedule;
  /** The schedule of the route without the path being moved, and that route. */
  private readonly without: Schedule;
  /** A plain array like every route: the schedule's code then sees one array shape (faster JIT). */
  private readonly rest: number[];
  private readonly buf: Int32Array;
  private readonly seg = new Int32Array(MAX_SEGMENT);
  /** Or-opt's gaps that gain: Δ metres and 2k + reversed. */
  private readonly gapD: Float64Array;
  private readonly gapK: Int32Array;
  private readonly pos: Int32Array;
  private readonly nbrs: Int32Array;
  private readonly k: number;
  private readonly queue: TwQueue;
  private route: number[] = [];

  constructor(
    private readonly p: TwProblem,
    /** Stops that can be visited at all (each fits alone); the others are never tried. */
    private readonly candidates: readonly number[],
    private readonly rng: Rng,
  ) {
    this.sch = new Schedule(p);
    this.without = new Schedule(p);
    this.rest = new Array<number>(p.n).fill(0);
    this.buf = new Int32Array(p.n + 1);
    this.gapD = new Float64Array(2 * p.n + 2);
    this.gapK = new Int32Array(2 * p.n + 2);
    this.pos = new Int32Array(p.n).fill(-1);
    this.queue = new TwQueue(p.n);
    const n = p.n;
    const sym = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++)
        sym[i * n + j] = (p.metres[i * n + j]! + p.metres[j * n + i]!) / 2;
    }
    // Only the start and the candidates are ever on a route: list nothing else.
    const skip = new Uint8Array(n).fill(1);
    skip[0] = 0;
    for (const u of candidates) skip[u] = 0;
    for (let u = 0; u < n; u++) if (skip[u]) for (let v = 0; v < n; v++) sym[v * n + u] = Infinity;
    this.k = Math.min(NEIGHBOURS, candidates.length);
    this.nbrs = neighbourLists(n, sym, this.k);
  }

  /**
   * Best of two constructions: the stops of the tour's order that fit when appended, then the
   * rest; and every stop by closing time. Both by cheapest feasible insertion.
   */
  construct(tourOrder: readonly number[]): TwSolution {
    const byClosing = [...this.candidates].sort((a, b) => this.p.to[a]! - this.p.to[b]! || a - b);
    const fromTour = insertAll(
      this.sch,
      this.seg,
      feasibleSubsequence(this.sch, this.seg, this.candidates, tourOrder),
      byClosing,
    );
    const windowsFirst = insertAll(this.sch, this.seg, [], byClosing);
    return this.better(fromTour, windowsFirst) ? fromTour : windowsFirst;
  }

  /** Descent, then kicks until the deadline; never returns a route that breaks a window. */
  improve(start: TwSolution, deadline: Deadline): { best: TwSolution; iterations: number } {
    let best = this.descend([...start.route], start.route);
    let cur = best;
    let it = 0;
    for (; !deadline.over(it); it++) {
      if (best.route.length === 0) break;
      const { route, touched } = kick(
        this.p,
        this.sch,
        this.seg,
        this.rng,
        this.candidates,
        cur.route,
      );
      const cand = this.descend(route, touched);
      if (!this.better(best, cand)) best = cand;
      // Go on from the best route so far (a kick that made things worse is undone).
      cur = best;
    }
    return { best, iterations: it };
  }

  /** a strictly better than b: more stops, or as many and shorter. */
  better(a: TwSolution, b: TwSolution): boolean {
    if (a.route.length !== b.route.length) return a.route.length > b.route.length;
    return a.metres < b.metres - TW_EPS;
  }

  private descend(route: number[], touched: Iterable<number>): TwSolution {
    this.load(route);
    for (const v of touched) this.queue.push(v);
    for (let a = this.queue.pop(); a >= 0; a = this.queue.pop()) {
      if (a !== 0 && this.pos[a]! < 0) continue;
      if (this.orOpt(a) || this.twoOpt(a)) this.queue.push(a);
    }
    return { route: this.route, metres: this.sch.metres };
  }

  /** Makes `route` current: schedule and positions. */
  private load(route: number[]): void {
    for (const u of this.route) this.pos[u] = -1;
    this.route = route;
    route.forEach((u, i) => (this.pos[u] = i));
    this.sch.compute(route);
  }

  private at(k: number): number {
    return k < 0 ? 0 : k >= this.route.length ? END : this.route[k]!;
  }

  private d(a: number, b: number): number {
    const p = this.p;
    if (a === END) a = 0;
    if (b === END) return p.closed ? p.metres[a * p.n]! : 0;
    return p.metres[a * p.n + b]!;
  }

  /**
   * Moves a path of 1–3 stops starting or ending at a to the best place on the route where
   * it gains and every window holds: with windows a good place need not be near in space
   * (long legs between appointments), so every gap is tried. Distance first, in O(1) per gap;
   * only the gaps that gain are timed, through the slack of the route without the path, best
   * first. True if a path moved.
   */
  private orOpt(a: number): boolean {
    if (a === 0) return false;
    const { route, rest, without, seg, gapD, gapK } = this;
    const m = route.length;
    const pa = this.pos[a]!;
    for (let len = 1; len <= MAX_SEGMENT && len < m; len++) {
      for (let dir = 0; dir < (len === 1 ? 1 : 2); dir++) {
        const i = dir === 0 ? pa : pa - len + 1;
        if (i < 0 || i + len > m) continue;
        const first = route[i]!;
        const last = route[i + len - 1]!;
        const prev = this.at(i - 1);
        const next = this.at(i + len);
        let inner = 0;
        let innerRev = 0;
        for (let q = i; q < i + len - 1; q++) {
          inner += this.d(route[q]!, route[q + 1]!);
          innerRev += this.d(route[q + 1]!, route[q]!);
        }
        const removal = this.d(prev, next) - this.d(prev, first) - inner - this.d(last, next);
        if (removal >= -TW_EPS) continue;
        let r = 0;
        for (let q = 0; q < m; q++) if (q < i || q >= i + len) rest[r++] = route[q]!;
        // Gaps that shorten the route; gapK encodes k (the gap before rest[k]) and reversal.
        let g = 0;
        for (let rev = 0; rev < (len === 1 ? 1 : 2); rev++) {
          const s0 = rev ? last : first;
          const sl = rev ? first : last;
          const base = removal + (rev ? innerRev : inner);
          // The gaps before rest[k] (k < r) read the matrix directly: this loop is the hot spot.
          const M = this.p.metres;
          const n = this.p.n;
          for (let k = 0, x = 0; k <= r; k++) {
            const y = k === r ? END : rest[k]!;
            const d =
              k === r
                ? base + this.d(x, s0) + this.d(sl, y) - this.d(x, y)
                : base + M[x * n + s0]! + M[sl * n + y]! - M[x * n + y]!;
            const skip = k === i && rev === 0;
            x = y;
            if (!skip && d < -TW_EPS) {
              gapD[g] = d;
              gapK[g++] = 2 * k + rev;
            }
          }
        }
        if (g === 0) continue;
        without.compute(rest, r);
        if (!without.feasible) continue;
        for (;;) {
          let best = -1;
          for (let q = 0; q < g; q++) if (best < 0 || gapD[q]! < gapD[best]!) best = q;
          if (best < 0 || gapD[best] === Infinity) break;
          gapD[best] = Infinity;
          const k = gapK[best]! >> 1;
          const rev = (gapK[best]! & 1) === 1;
          for (let s = 0; s < len; s++) seg[s] = route[rev ? i + len - 1 - s : i + s]!;
          if (without.insertion(rest, seg, len, k) === Infinity) continue;
          const moved = route.slice(i, i + len);
          if (rev) moved.reverse();
          const nextRoute = rest.slice(0, r);
          nextRoute.splice(k, 0, ...moved);
          const around = [prev, next, nextRoute[k - 1] ?? 0, nextRoute[k + len] ?? 0];
          this.load(nextRoute);
          for (const v of [...around, ...moved]) if (v !== END) this.queue.push(v);
          return true;
        }
      }
    }
    return false;
  }

  /**
   * 2-opt towards near neighbours: a new edge (a, c) in place of one of a's edges, by
   * reversing the stretch between them; true if a reversal was made.
   */
  private twoOpt(a: number): boolean {
    const m = this.route.length;
    // a's places: a stop has one; the start is the route's head and, closed, also its end.
    const places = a === 0 ? (this.p.closed ? [-1, m] : [-1]) : [this.pos[a]!];
    for (const pa of places) {
      for (let side = 0; side < 2; side++) {
        // side 0: a loses the edge to its successor; side 1: to its predecessor.
        const nb = side === 0 ? pa + 1 : pa - 1;
        if (nb < -1 || nb > m) continue;
        const old = side === 0 ? this.d(a, this.at(nb)) : this.d(this.at(nb), a);
        for (let j = 0; j < this.k; j++) {
          const c = this.nbrs[a * this.k + j]!;
          if (c < 0 || this.d(a, c) >= old - TW_EPS) break;
          if (c !== 0 && this.pos[c]! < 0) continue;
          const cPlaces = c === 0 ? (this.p.closed ? [-1, m] : [-1]) : [this.pos[c]!];
          for (const pc of cPlaces) {
            // The reversed stretch [i, j], inside the route proper.
            let i: number;
            let jj: number;
            if (side === 0) [i, jj] = pc > pa ? [pa + 1, pc] : [pc + 1, pa];
            else [i, jj] = pc < pa ? [pc, pa - 1] : [pa, pc - 1];
            if (i < 0 || jj >= m || jj - i < 1) continue;
            if (this.tryReverse(i, jj)) return true;
          }
        }
      }
    }
    return false;
  }

  private tryReverse(i: number, j: number): boolean {
    const { p, route, buf } = this;
    const n = p.n;
    const prev = this.at(i - 1);
    const next = this.at(j + 1);
    let inner = 0;
    for (let q = i; q < j; q++) {
      const u = route[q]!;
      const v = route[q + 1]!;
      inner += p.metres[u * n + v]! - p.metres[v * n + u]!;
    }
    const delta =
      this.d(prev, route[j]!) +
      this.d(route[i]!, next) -
      this.d(prev, route[i]!) -
      this.d(route[j]!, next) -
      inner;
    if (delta >= -TW_EPS) return false;
    for (let q = 0; q <= j - i; q++) buf[q] = route[j - q]!;
    if (!fitsReplacement(p, this.sch, route, i, j + 1, buf, j - i + 1)) return false;
    const next2 = [...route];
    for (let x = i, y = j; x < y; x++, y--) [next2[x], next2[y]] = [next2[y]!, next2[x]!];
    const ends = [prev, next, route[i]!, route[j]!];
    this.load(next2);
    for (const v of ends) if (v !== END) this.queue.push(v);
    return true;
  }
}
