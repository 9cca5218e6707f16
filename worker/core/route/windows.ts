/**
 * Time windows on a path from the start: the schedule of a route (arrival, begin of service
 * after any wait, departure) and each position's forward time slack — how much later one may
 * arrive there without any later window or the day's end breaking, waits absorbing the push
 * (Savelsbergh 1992). With it, inserting a stop or a short path anywhere is checked in O(1).
 */
export interface TwProblem {
  /** Matrix size: node 0 is the start, 1… the stops. */
  readonly n: number;
  /** Copied into typed arrays: the search reads them millions of times. */
  readonly metres: Float64Array;
  readonly minutes: Float64Array;
  /** Per node: window (−∞/+∞ when none) and service minutes. */
  readonly from: Float64Array;
  readonly to: Float64Array;
  readonly service: Float64Array;
  readonly t0: number;
  /** +∞ when the day has no end. */
  readonly dayEnd: number;
  readonly closed: boolean;
}

export const TW_EPS = 1e-9;

/** A route (stop nodes in visiting order, every window kept) and its length. */
export interface TwSolution {
  route: number[];
  metres: number;
}

/** The timing of a route of m stops; index m is the end (back at the start, or done). */
export class Schedule {
  readonly arr: Float64Array;
  readonly begin: Float64Array;
  readonly dep: Float64Array;
  readonly slack: Float64Array;
  m = 0;
  metres = 0;
  feasible = true;

  constructor(private readonly p: TwProblem) {
    this.arr = new Float64Array(p.n + 1);
    this.begin = new Float64Array(p.n + 1);
    this.dep = new Float64Array(p.n + 1);
    this.slack = new Float64Array(p.n + 1);
  }

  /** Times, distance, feasibility and slacks of `route` (stop nodes, in order). */
  compute(route: ArrayLike<number>, m = route.length): this {
    const { p, arr, begin, dep, slack } = this;
    const n = p.n;
    let t = p.t0;
    let prev = 0;
    let metres = 0;
    let feasible = true;
    for (let k = 0; k < m; k++) {
      const u = route[k]!;
      t += p.minutes[prev * n + u]!;
      arr[k] = t;
      if (t < p.from[u]!) t = p.from[u]!;
      begin[k] = t;
      if (t > p.to[u]! + TW_EPS) feasible = false;
      t += p.service[u]!;
      dep[k] = t;
      metres += p.metres[prev * n + u]!;
      prev = u;
    }
    if (p.closed) {
      t += p.minutes[prev * n]!;
      metres += p.metres[prev * n]!;
    }
    arr[m] = begin[m] = dep[m] = t;
    if (t > p.dayEnd + TW_EPS) feasible = false;
    slack[m] = p.dayEnd - t;
    for (let k = m - 1; k >= 0; k--) {
      const u = route[k]!;
      slack[k] = begin[k]! - arr[k]! + Math.min(p.to[u]! - begin[k]!, slack[k + 1]!);
    }
    this.m = m;
    this.metres = metres;
    this.feasible = feasible;
    return this;
  }

  /**
   * Δ metres of inserting seg[0…len) before position k (k = m: at the end) of the computed
   * route, or +∞ when a window or the day's end would break.
   */
  insertion(route: ArrayLike<number>, seg: ArrayLike<number>, len: number, k: number): number {
    const { p } = this;
    const n = p.n;
    const prev = k === 0 ? 0 : route[k - 1]!;
    let t = k === 0 ? p.t0 : this.dep[k - 1]!;
    let last = prev;
    let d = 0;
    for (let i = 0; i < len; i++) {
      const u = seg[i]!;
      t += p.minutes[last * n + u]!;
      if (t < p.from[u]!) t = p.from[u]!;
      if (t > p.to[u]! + TW_EPS) return Infinity;
      t += p.service[u]!;
      d += p.metres[last * n + u]!;
      last = u;
    }
    if (k < this.m) {
      const next = route[k]!;
      t += p.minutes[last * n + next]!;
      d += p.metres[last * n + next]! - p.metres[prev * n + next]!;
    } else if (p.closed) {
      t += p.minutes[last * n]!;
      d += p.metres[last * n]! - p.metres[prev * n]!;
    }
    return t - this.arr[k]! > this.slack[k]! + TW_EPS ? Infinity : d;
  }
}

/**
 * Whether the computed route stays feasible with positions [from, to) replaced by
 * nodes[0…len): the stretch is timed afresh, the unchanged rest through its slack. O(len).
 */
export function fitsReplacement(
  p: TwProblem,
  sch: Schedule,
  route: ArrayLike<number>,
  from: number,
  to: number,
  nodes: ArrayLike<number>,
  len: number,
): boolean {
  const n = p.n;
  let last = from === 0 ? 0 : route[from - 1]!;
  let t = from === 0 ? p.t0 : sch.dep[from - 1]!;
  for (let i = 0; i < len; i++) {
    const u = nodes[i]!;
    t += p.minutes[last * n + u]!;
    if (t < p.from[u]!) t = p.from[u]!;
    if (t > p.to[u]! + TW_EPS) return false;
    t += p.service[u]!;
    last = u;
  }
  if (to < sch.m) t += p.minutes[last * n + route[to]!]!;
  else if (p.closed) t += p.minutes[last * n]!;
  return t - sch.arr[to]! <= sch.slack[to]! + TW_EPS;
}

/** Node data for a request: windows, service minutes; the start has neither. */
export function twProblem(
  n: number,
  metres: ArrayLike<number>,
  minutes: ArrayLike<number>,
  stops: readonly { serviceMinutes?: number; window?: { from: number; to: number } }[],
  t0: number,
  dayEnd: number | undefined,
  closed: boolean,
): TwProblem {
  const from = new Float64Array(n).fill(-Infinity);
  const to = new Float64Array(n).fill(Infinity);
  const service = new Float64Array(n);
  stops.forEach((s, i) => {
    service[i + 1] = s.serviceMinutes ?? 0;
    if (s.window) {
      from[i + 1] = s.window.from;
      to[i + 1] = s.window.to;
    }
  });
  return {
    n,
    metres: Float64Array.from(metres),
    minutes: Float64Array.from(minutes),
    from,
    to,
    service,
    t0,
    dayEnd: dayEnd ?? Infinity,
    closed,
  };
}
