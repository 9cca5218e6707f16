import { DurableObject } from 'cloudflare:workers';
import {
  feedClientFrameSchema,
  feedEventSchema,
  type FeedEvent,
  type FeedServerFrame,
} from '../../core/live';
import type { Env } from '../env';

/** Events kept for reconnecting maps; older gaps are answered with `resync`. */
const KEEP = 500;

/**
 * One live feed per city (addressed by the city code): staff maps subscribe over hibernatable
 * WebSockets; the worker publishes grid changes; a map that reconnects resumes from its last
 * sequence number, or is told to reload when it has fallen too far behind.
 */
export class LiveFeed extends DurableObject<Env> {
  private seq(): number {
    return this.ctx.storage.kv.get<number>('seq') ?? 0;
  }

  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get('upgrade') !== 'websocket') {
      return new Response('expected a websocket', { status: 426 });
    }
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    this.send(pair[1], { type: 'hello', seq: this.seq() });
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  /** Stores and broadcasts one event; returns its sequence number, or null if malformed. */
  async publish(input: FeedEvent): Promise<number | null> {
    const parsed = feedEventSchema.safeParse(input);
    if (!parsed.success) return null;
    const event = parsed.data;
    const seq = this.seq() + 1;
    this.ctx.storage.kv.put('seq', seq);
    this.ctx.storage.kv.put(`ev:${String(seq).padStart(12, '0')}`, event);
    this.ctx.storage.kv.delete(`ev:${String(seq - KEEP).padStart(12, '0')}`);
    for (const ws of this.ctx.getWebSockets()) this.send(ws, { type: 'event', seq, event });
    return seq;
  }

  override webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): void {
    let frame;
    try {
      frame = feedClientFrameSchema.parse(JSON.parse(String(message)));
    } catch {
      return; // A malformed frame is ignored; it must not take the feed down.
    }
    switch (frame.type) {
      case 'ping':
        this.send(ws, { type: 'pong' });
        break;
      case 'resume': {
        const seq = this.seq();
        if (seq - frame.since > KEEP) {
          this.send(ws, { type: 'resync' });
          break;
        }
        for (let s = frame.since + 1; s <= seq; s++) {
          const event = this.ctx.storage.kv.get<FeedEvent>(`ev:${String(s).padStart(12, '0')}`);
          if (event) this.send(ws, { type: 'event', seq: s, event });
        }
        break;
      }
    }
  }

  override webSocketClose(): void {
    // Nothing to clean up: hibernation API forgets closed sockets itself.
  }

  private send(ws: WebSocket, frame: FeedServerFrame): void {
    try {
      ws.send(JSON.stringify(frame));
    } catch {
      // The socket closed between listing and sending.
    }
  }
}
