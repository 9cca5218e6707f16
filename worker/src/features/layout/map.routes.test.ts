import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FeedServerFrame } from '../../../core/live';
import type { MapData } from '../../../core/map-data';
import type { Env } from '../../env';
import { call, loginStaff, seedWorld, WEICHENG } from '../../../test/fixtures';
import { publishFeed } from '../live/live.feed';

const bindings = env as unknown as Env;

async function download(cookie: string): Promise<MapData> {
  const res = await call('/api/map/data', { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as MapData;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

const change = (count: number) => ({
  type: 'grid_changed' as const,
  gridId: '8831aa5a1dfffff',
  jurisdictionCode: WEICHENG,
  retailerCount: count,
  capacity: 10,
});

describe('staff map download', () => {
  let cookie: string;
  beforeAll(async () => {
    await seedWorld();
    await bindings.DB.prepare(
      `INSERT INTO grids (id, jurisdiction_code, kind, h3_res, capacity, retailer_count)
       VALUES ('8831aa5a1dfffff', ?, 'h3', 8, 10, 3)`,
    )
      .bind(WEICHENG)
      .run();
    cookie = await loginStaff('approver');
  });

  it('carries the feed sequence number; a change published after it is replayed', async () => {
    const before = await download(cookie);
    expect(typeof before.seq).toBe('number');
    const seq = before.seq ?? -1;
    // Committed and published after the download was read, before the map's socket opens.
    const published = await publishFeed(bindings, change(4));
    expect(published).toBe(seq + 1);

    const res = await call('/api/live/feed', {
      cookie,
      headers: { upgrade: 'websocket', origin: 'http://xuke.test' },
    });
    const ws = res.webSocket;
    if (!ws) throw new Error('no websocket');
    const frames: FeedServerFrame[] = [];
    ws.addEventListener('message', (m) =>
      frames.push(JSON.parse(String(m.data)) as FeedServerFrame),
    );
    ws.accept();
    ws.send(JSON.stringify({ type: 'resume', since: seq }));
    await until(() => frames.some((f) => f.type === 'event'));
    ws.close(1000);
    expect(frames.filter((f) => f.type === 'event')).toEqual([
      { type: 'event', seq: seq + 1, event: change(4) },
    ]);
  });

  it('keeps a cached copy with the number it was read with until the data changes', async () => {
    const first = await download(cookie);
    const latest = await publishFeed(bindings, change(5));
    // Nothing in the database moved: the same bytes, and the older number (a resume from it
    // only repeats what the map already shows).
    expect((await download(cookie)).seq).toBe(first.seq);
    await bindings.DB.prepare(
      `UPDATE grids SET retailer_count = 5, updated_at = '2999-01-01T00:00:00Z'`,
    ).run();
    const after = await download(cookie);
    expect(after.seq).toBe(latest);
    expect(after.grids.count).toEqual([5]);
  });

  it('is rebuilt once the feed has moved on too far for a cheap resume', async () => {
    const first = await download(cookie);
    let latest: number | null = null;
    for (let i = 0; i < 101; i++) latest = await publishFeed(bindings, change(6));
    expect((await download(cookie)).seq).toBe(latest);
    expect(latest).toBe((first.seq ?? 0) + 101);
  });

  it('is served gzipped when the client accepts it, with the same content', async () => {
    const plain = await (await call('/api/map/data', { cookie })).text();
    const res = await call('/api/map/data', { cookie, headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    // fetch() decodes the body it received, as a browser does.
    expect(await res.text()).toBe(plain);
  });
});
