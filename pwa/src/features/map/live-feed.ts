/**
 * The staff map's live channel (GET /api/live/feed, WebSocket). Starts from the sequence number
 * its download carried, so a change committed between the download and the socket opening is
 * replayed; heals itself: on every reconnect it asks the server to resume from what it holds,
 * backing off 1 s, 2 s, 4 s … 30 s between attempts; a `resync` (fallen too far behind, or the
 * feed was reset) reloads the whole map.
 */
import type { FeedEvent, FeedServerFrame } from '@core/live';

export type FeedStatus = 'connecting' | 'live' | 'offline';

export interface FeedHandlers {
  onEvent(e: FeedEvent): void;
  onResync(): void;
  onStatus(s: FeedStatus): void;
}

/**
 * Which events to apply and where to resume from. Pure, so it is tested without sockets.
 *
 * A resume replays every event after `since`, but events broadcast between the socket opening
 * and the replay can arrive first, so frames come out of order and twice. Each event carries a
 * grid's absolute numbers: one is applied only if it is newer than the last applied for its
 * grid. `since` only moves over a run without holes, so a later resume re-asks for anything
 * still missing.
 */
export class FeedCursor {
  private held: number | null;
  private readonly ahead = new Set<number>();
  private readonly gridSeq = new Map<string, number>();

  /** `since`: what the map's data already includes (the download's number), or null. */
  constructor(since: number | null) {
    this.held = since;
  }

  /** The number to resume from, or null before anything is known. */
  get since(): number | null {
    return this.held;
  }

  /** The server's `hello`: 'resync' if the feed went backwards (reset), else 'ok'. */
  hello(seq: number): 'ok' | 'resync' {
    if (this.held === null) {
      this.held = seq;
      return 'ok';
    }
    return seq < this.held ? 'resync' : 'ok';
  }

  /** An event frame: true if it should be applied to the map. */
  event(seq: number, e: FeedEvent): boolean {
    if (this.held !== null && seq <= this.held) return false;
    if (this.ahead.has(seq)) return false;
    this.ahead.add(seq);
    if (this.held === null) this.held = seq - 1;
    while (this.ahead.delete(this.held + 1)) this.held++;
    const key = e.gridId;
    if ((this.gridSeq.get(key) ?? -1) > seq) return false;
    this.gridSeq.set(key, seq);
    return true;
  }

  /** After a `resync` the map reloads: nothing held is known any more. */
  reset(): void {
    this.held = null;
    this.ahead.clear();
    this.gridSeq.clear();
  }
}

export function connectFeed(h: FeedHandlers, since: number | null = null): { close(): void } {
  let ws: WebSocket | null = null;
  const cursor = new FeedCursor(since);
  let attempt = 0;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ping: ReturnType<typeof setInterval> | undefined;

  const open = () => {
    h.onStatus('connecting');
    const proto = location.protocol === 'https:' ? 'wss' : 'ws';
    ws = new WebSocket(`${proto}://${location.host}/api/live/feed`);
    ws.onopen = () => {
      attempt = 0;
      h.onStatus('live');
      const from = cursor.since;
      if (from !== null) ws?.send(JSON.stringify({ type: 'resume', since: from }));
      // Keeps idle proxies from dropping the socket; the server answers without storage writes.
      ping = setInterval(() => ws?.send(JSON.stringify({ type: 'ping' })), 45_000);
    };
    ws.onmessage = (m) => {
      let f: FeedServerFrame;
      try {
        f = JSON.parse(String(m.data)) as FeedServerFrame;
      } catch {
        return;
      }
      switch (f.type) {
        case 'hello':
          // A feed whose sequence went backwards was reset: what we hold may be stale.
          if (cursor.hello(f.seq) === 'resync') {
            cursor.reset();
            h.onResync();
          }
          break;
        case 'event':
          if (cursor.event(f.seq, f.event)) h.onEvent(f.event);
          break;
        case 'resync':
          cursor.reset();
          h.onResync();
          break;
        case 'pong':
          break;
      }
    };
    ws.onclose = () => {
      clearInterval(ping);
      if (closed) return;
      h.onStatus('offline');
      const delay = Math.min(30_000, 1000 * 2 ** attempt++);
      timer = setTimeout(open, delay);
    };
  };
  open();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(ping);
      ws?.close(1000);
    },
  };
}
