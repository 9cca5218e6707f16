/**
 * The staff map's live channel (GET /api/live/feed, WebSocket). Heals itself: on every reconnect
 * it asks the server to resume from the last sequence number it applied, backing off 1 s, 2 s,
 * 4 s … 30 s between attempts; a `resync` (fallen too far behind) reloads the whole map.
 */
import type { FeedEvent, FeedServerFrame } from '@core/live';

export type FeedStatus = 'connecting' | 'live' | 'offline';

export interface FeedHandlers {
  onEvent(e: FeedEvent): void;
  onResync(): void;
  onStatus(s: FeedStatus): void;
}

export function connectFeed(h: FeedHandlers): { close(): void } {
  let ws: WebSocket | null = null;
  let last: number | null = null;
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
      if (last !== null) ws?.send(JSON.stringify({ type: 'resume', since: last }));
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
          if (last !== null && f.seq < last) h.onResync();
          if (last === null || f.seq < last) last = f.seq;
          break;
        case 'event':
          if (last !== null && f.seq <= last) break;
          last = f.seq;
          h.onEvent(f.event);
          break;
        case 'resync':
          last = null;
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
