import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { FeedServerFrame } from '../../core/live';
import type { LiveFeed } from './live-feed';

const event = {
  type: 'grid_changed' as const,
  gridId: '8831aa5a1dfffff',
  jurisdictionCode: '370702',
  retailerCount: 10,
  capacity: 10,
};

function frames(ws: WebSocket): FeedServerFrame[] {
  const out: FeedServerFrame[] = [];
  ws.addEventListener('message', (e) => {
    out.push(JSON.parse(String(e.data)) as FeedServerFrame);
  });
  return out;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

async function connect(stub: DurableObjectStub<LiveFeed>): Promise<WebSocket> {
  const res = await stub.fetch('http://feed/', { headers: { upgrade: 'websocket' } });
  const ws = res.webSocket;
  if (!ws) throw new Error('no websocket');
  ws.accept();
  return ws;
}

describe('LiveFeed', () => {
  it('broadcasts published events to every subscriber', async () => {
    const stub = env.LIVE_FEED.get(env.LIVE_FEED.idFromName('test-broadcast'));
    const a = await connect(stub);
    const b = await connect(stub);
    const fa = frames(a);
    const fb = frames(b);
    expect(await stub.publish(event)).toBe(1);
    await until(() => fa.length > 0 && fb.length > 0);
    expect(fa).toContainEqual({ type: 'event', seq: 1, event });
    expect(fb).toContainEqual({ type: 'event', seq: 1, event });
  });

  it('lets a reconnecting map catch up from its last sequence number', async () => {
    const stub = env.LIVE_FEED.get(env.LIVE_FEED.idFromName('test-resume'));
    await stub.publish(event);
    await stub.publish({ ...event, retailerCount: 11 });
    await stub.publish({ ...event, retailerCount: 12 });
    const ws = await connect(stub);
    const got = frames(ws);
    ws.send(JSON.stringify({ type: 'resume', since: 1 }));
    await until(() => got.filter((f) => f.type === 'event').length >= 2);
    const counts = got.flatMap((f) => (f.type === 'event' ? [f.event.retailerCount] : []));
    expect(counts).toEqual([11, 12]);
  });

  it('rejects malformed events', async () => {
    const stub = env.LIVE_FEED.get(env.LIVE_FEED.idFromName('test-bad'));
    expect(await stub.publish({ ...event, capacity: -1 })).toBeNull();
    await runInDurableObject(stub, (_obj, state) => {
      expect(state.storage.kv.get('seq')).toBeUndefined();
    });
  });
});
