/**
 * A tour as a cycle in an array with each node's position, for the symmetric search: 2-opt
 * reverses the shorter side, Or-opt rewrites the array (n ≤ a few thousand: O(n) per applied
 * move is cheap next to the evaluations that find it).
 */
export class Cycle {
  readonly n: number;
  readonly tour: Int32Array;
  readonly pos: Int32Array;
  private readonly buf: Int32Array;

  constructor(order: ArrayLike<number>) {
    this.n = order.length;
    this.tour = Int32Array.from(order);
    this.pos = new Int32Array(this.n);
    this.buf = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) this.pos[this.tour[i]!] = i;
  }

  succ(v: number): number {
    const p = this.pos[v]! + 1;
    return this.tour[p === this.n ? 0 : p]!;
  }

  pred(v: number): number {
    const p = this.pos[v]!;
    return this.tour[p === 0 ? this.n - 1 : p - 1]!;
  }

  /** Copies another cycle's order (restore the best tour after a failed kick). */
  copyFrom(other: Cycle): void {
    this.tour.set(other.tour);
    this.pos.set(other.pos);
  }

  /** Reverses the path from position i forward to position j (the shorter side of the cycle). */
  reverse(i: number, j: number): void {
    const { n, tour, pos } = this;
    let len = ((j - i + n) % n) + 1;
    if (2 * len > n) {
      const ni = (j + 1) % n;
      j = (i - 1 + n) % n;
      i = ni;
      len = n - len;
    }
    for (let k = 0; k < len >> 1; k++) {
      const a = tour[i]!;
      const b = tour[j]!;
      tour[i] = b;
      pos[b] = i;
      tour[j] = a;
      pos[a] = j;
      i = i + 1 === n ? 0 : i + 1;
      j = j === 0 ? n - 1 : j - 1;
    }
  }

  /**
   * Replaces edges (a,b) and (c,d) by (a,c) and (b,d), where b and d follow a and c in the
   * same direction (both successors or both predecessors).
   */
  twoOpt(a: number, b: number, c: number, d: number): void {
    if (this.succ(a) === b) this.reverse(this.pos[b]!, this.pos[c]!);
    else this.reverse(this.pos[a]!, this.pos[d]!);
  }

  /**
   * Moves the path f…l (forward) between x and its successor, reversed if asked. x is not on
   * the path and is not its predecessor.
   */
  moveSegment(f: number, l: number, x: number, reversed: boolean): void {
    const { n, tour, pos, buf } = this;
    const p = this.pred(f);
    let k = 0;
    let cur = this.succ(l);
    for (;;) {
      buf[k++] = cur;
      if (cur === x) {
        if (reversed)
          for (let v = l; ; v = this.pred(v)) {
            buf[k++] = v;
            if (v === f) break;
          }
        else
          for (let v = f; ; v = this.succ(v)) {
            buf[k++] = v;
            if (v === l) break;
          }
      }
      if (cur === p) break;
      cur = this.succ(cur);
    }
    tour.set(buf);
    for (let i = 0; i < n; i++) pos[tour[i]!] = i;
  }

  /** Swaps the adjacent paths of l1 and l2 nodes after position p (a double-bridge kick). */
  swapSegments(p: number, l1: number, l2: number): void {
    const { n, tour, pos, buf } = this;
    for (let k = 0; k < l1 + l2; k++) buf[k] = tour[(p + 1 + k) % n]!;
    for (let k = 0; k < l2; k++) {
      const i = (p + 1 + k) % n;
      tour[i] = buf[l1 + k]!;
      pos[tour[i]!] = i;
    }
    for (let k = 0; k < l1; k++) {
      const i = (p + 1 + l2 + k) % n;
      tour[i] = buf[k]!;
      pos[tour[i]!] = i;
    }
  }
}
