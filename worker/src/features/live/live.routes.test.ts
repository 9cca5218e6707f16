import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedServerFrame } from '../../../core/live';
import { acceptedNewCase, act, GRID, setGrid } from '../../../test/cases';
import { call, loginStaff, seedWorld } from '../../../test/fixtures';

// call() sends requests to http://xuke.test.
const OWN_ORIGIN = 'http://xuke.test';

function upgrade(cookie: string, origin?: string): Promise<Response> {
  return call('/api/live/feed', {
    cookie,
    headers: { upgrade: 'websocket', ...(origin ? { origin } : {}) },
  });
}

let staff: string;

beforeEach(async () => {
  await seedWorld();
  staff = await loginStaff('approver');
});

describe('live feed upgrade', () => {
  it('refuses a page of another site, even with a staff session', async () => {
    for (const origin of ['https://evil.example', 'http://xuke.test.evil.example', 'null']) {
      const res = await upgrade(staff, origin);
      expect(res.status, origin).toBe(403);
      expect(res.webSocket).toBeNull();
      expect(await res.json()).toMatchObject({ error: { code: 'CROSS_ORIGIN' } });
    }
  });

  it('refuses an upgrade without an Origin', async () => {
    const res = await upgrade(staff);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'CROSS_ORIGIN' } });
  });

  it('opens for our own pages, staff only', async () => {
    const res = await upgrade(staff, OWN_ORIGIN);
    expect(res.status).toBe(101);
    const ws = res.webSocket;
    if (!ws) throw new Error('no websocket');
    const frames: FeedServerFrame[] = [];
    ws.addEventListener('message', (m) =>
      frames.push(JSON.parse(String(m.data)) as FeedServerFrame),
    );
    ws.accept();
    for (let i = 0; i < 100 && frames.length === 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(frames[0]?.type).toBe('hello');
    ws.close(1000);
    expect((await upgrade('', OWN_ORIGIN)).status).toBe(401);
  });
});

describe('live feed events', () => {
  it('say which shop, county and when, for the map’s live log', async () => {
    await setGrid(10, 2);
    const res = await upgrade(staff, OWN_ORIGIN);
    const ws = res.webSocket;
    if (!ws) throw new Error('no websocket');
    const frames: FeedServerFrame[] = [];
    ws.addEventListener('message', (m) =>
      frames.push(JSON.parse(String(m.data)) as FeedServerFrame),
    );
    ws.accept();
    const id = await acceptedNewCase('live_log');
    expect((await act(staff, id, { action: 'approve' })).status).toBe(200);
    let event: FeedServerFrame | undefined;
    for (let i = 0; i < 200 && !event; i++) {
      event = frames.find((f) => f.type === 'event');
      if (!event) await new Promise((r) => setTimeout(r, 10));
    }
    ws.close(1000);
    expect(event).toMatchObject({
      type: 'event',
      event: {
        type: 'grid_changed',
        gridId: GRID,
        jurisdictionCode: '370702',
        retailerCount: 3,
        cause: 'grant',
        shopName: 'live_log店',
      },
    });
    const at = event?.type === 'event' ? event.event.at : undefined;
    expect(Date.parse(at ?? '')).toBeGreaterThan(0);
  });
});
