import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedServerFrame } from '../../../core/live';
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
