/**
 * The city's live feed (the LiveFeed Durable Object): what changes on the staff maps is
 * published here, and a map download reads the sequence number it was taken at.
 */
import type { FeedEvent, FeedServerFrame } from '../../../core/live';
import type { Env } from '../../env';
import { config } from '../../env';
import type { LiveFeed } from '../../durable-objects/live-feed';

/** The one feed of the deployment's city. */
export function feed(env: Env): DurableObjectStub<LiveFeed> {
  return env.LIVE_FEED.get(env.LIVE_FEED.idFromName(config(env).cityCode));
}

/** Publishes one event to every open staff map of the city. */
export async function publishFeed(env: Env, event: FeedEvent): Promise<number | null> {
  return feed(env).publish(event);
}

/**
 * The feed's current sequence number, as its `hello` frame tells every new subscriber (the one
 * public way the Durable Object reports it). A map download carries it, read before the data:
 * a map that resumes from it can only be re-sent changes it already has, never miss one.
 * Null when the feed does not answer in time: the map then starts from its socket's `hello`.
 */
export async function feedSeq(env: Env, timeoutMs = 2000): Promise<number | null> {
  let ws: WebSocket | null = null;
  try {
    const res = await feed(env).fetch('http://feed/', { headers: { upgrade: 'websocket' } });
    ws = res.webSocket;
    if (!ws) return null;
    const socket = ws;
    const seq = new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      socket.addEventListener('message', (m) => {
        try {
          const f = JSON.parse(String(m.data)) as FeedServerFrame;
          if (f.type !== 'hello') return;
          clearTimeout(timer);
          resolve(f.seq);
        } catch {
          // not a frame of ours
        }
      });
      socket.addEventListener('close', () => resolve(null));
    });
    socket.accept();
    return await seq;
  } catch {
    return null;
  } finally {
    try {
      ws?.close(1000);
    } catch {
      // already closed
    }
  }
}
