/** A FIFO of nodes without repeats: the nodes the windowed search still has to look at. */
export class TwQueue {
  private readonly items: Int32Array;
  private readonly queued: Uint8Array;
  private head = 0;
  private size = 0;

  constructor(private readonly n: number) {
    this.items = new Int32Array(n);
    this.queued = new Uint8Array(n);
  }

  push(v: number): void {
    if (this.queued[v]) return;
    this.queued[v] = 1;
    this.items[(this.head + this.size++) % this.n] = v;
  }

  /** The next node, or −1 when empty. */
  pop(): number {
    if (this.size === 0) return -1;
    const v = this.items[this.head]!;
    this.head = (this.head + 1) % this.n;
    this.size--;
    this.queued[v] = 0;
    return v;
  }
}
