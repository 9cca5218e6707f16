import { describe, expect, it } from 'vitest';
import { configuredIce, RealtimeError, realtime, type SfuAdapter } from './realtime';
import { CloudflareRealtime, dropPort53 } from './realtime.cloudflare';
import { check, standIn } from './realtime.standin';
import spec from './realtime-api.json';
import type { Env } from '../../env';

const BASE = 'https://rtc.test/v1';
const SESSIONS = '/apps/{appId}/sessions/new';
const TRACKS = '/apps/{appId}/sessions/{sessionId}/tracks/new';
const RENEGOTIATE = '/apps/{appId}/sessions/{sessionId}/renegotiate';
const CLOSE = '/apps/{appId}/sessions/{sessionId}/tracks/close';
const OFFER = { type: 'offer' as const, sdp: 'v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\n' };

function sfu() {
  const server = standIn({ base: BASE, secret: 'app-secret', turnSecret: 'turn-secret' });
  const adapter: SfuAdapter = new CloudflareRealtime(
    {
      baseUrl: BASE,
      appId: 'app1',
      appSecret: 'app-secret',
      turnKeyId: 'k1',
      turnKeySecret: 'turn-secret',
    },
    server.fetch,
  );
  return { server, adapter };
}

describe('the Cloudflare Realtime adapter against the documented contract', () => {
  it('opens a session, pushes, pulls and renegotiates with the shapes the contract names', async () => {
    const { server, adapter } = sfu();
    server.answer(SESSIONS, 201, { sessionId: 'e017a2629c754fedc1f7d8587e06d126' });
    server.answer(TRACKS, 200, {
      requiresImmediateRenegotiation: false,
      tracks: [{ trackName: 'cam', mid: '0' }],
      sessionDescription: { type: 'answer', sdp: 'v=0 answer' },
    });
    server.answer(TRACKS, 200, {
      requiresImmediateRenegotiation: true,
      tracks: [{ sessionId: 'other', trackName: 'cam', mid: '7' }],
      sessionDescription: { type: 'offer', sdp: 'v=0 sfu-offer' },
    });
    server.answer(RENEGOTIATE, 200, {});
    const id = await adapter.newSession();
    expect(id).toBe('e017a2629c754fedc1f7d8587e06d126');
    const pushed = await adapter.pushTracks(id, OFFER, [{ mid: '0', trackName: 'cam' }]);
    expect(pushed.sessionDescription?.type).toBe('answer');
    const pulled = await adapter.pullTracks(id, [{ sessionId: 'other', trackName: 'cam' }]);
    expect(pulled.requiresImmediateRenegotiation).toBe(true);
    await adapter.renegotiate(id, { type: 'answer', sdp: 'v=0 browser-answer' });
    expect(server.problems).toEqual([]);
    expect(server.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /apps/app1/sessions/new',
      `POST /apps/app1/sessions/${id}/tracks/new`,
      `POST /apps/app1/sessions/${id}/tracks/new`,
      `PUT /apps/app1/sessions/${id}/renegotiate`,
    ]);
    expect(server.calls[1]?.body).toEqual({
      sessionDescription: OFFER,
      tracks: [{ location: 'local', mid: '0', trackName: 'cam' }],
    });
  });

  it('closes with force and sorts a mixed answer: closed, absent, failed, unreported', async () => {
    const { server, adapter } = sfu();
    server.answer(CLOSE, 200, {
      requiresImmediateRenegotiation: false,
      tracks: [
        { mid: '0' },
        { mid: '1', errorCode: 'close_track_error', errorDescription: 'already closed' },
        { mid: '2', errorCode: 'internal_error', errorDescription: 'Backend error' },
      ],
    });
    const r = await adapter.closeTracks('s1', ['0', '1', '2', '3']);
    expect(r).toEqual({
      closed: ['0'],
      absent: ['1'],
      failed: [
        { mid: '2', errorCode: 'internal_error' },
        { mid: '3', errorCode: 'unreported' },
      ],
    });
    expect(server.calls[0]?.body).toEqual({
      tracks: [{ mid: '0' }, { mid: '1' }, { mid: '2' }, { mid: '3' }],
      force: true,
    });
    expect(server.problems).toEqual([]);
  });

  it('fails a call on an error body, an HTTP error or an unreachable SFU, and keeps per-track errors', async () => {
    const { server, adapter } = sfu();
    server.answer(TRACKS, 200, { errorCode: 'invalid_request', errorDescription: 'bad offer' });
    await expect(
      adapter.pushTracks('s1', OFFER, [{ mid: '0', trackName: 'cam' }]),
    ).rejects.toMatchObject({
      code: 'invalid_request',
      status: 502,
    });
    server.answer(SESSIONS, 500, { errorCode: 'internal_error', errorDescription: 'down' });
    await expect(adapter.newSession()).rejects.toBeInstanceOf(RealtimeError);
    server.answer(TRACKS, 200, {
      requiresImmediateRenegotiation: false,
      tracks: [
        { trackName: 'cam', mid: '0', errorCode: 'track_not_found', errorDescription: 'gone' },
      ],
    });
    const partial = await adapter.pullTracks('s1', [{ sessionId: 'x', trackName: 'cam' }]);
    expect(partial.tracks[0]?.errorCode).toBe('track_not_found');
    const down = new CloudflareRealtime({ baseUrl: BASE, appId: 'a', appSecret: 's' }, () =>
      Promise.reject(new TypeError('connection refused')),
    );
    await expect(down.newSession()).rejects.toMatchObject({ code: 'unreachable' });
  });

  it('gets TURN credentials with the key token and drops the port-53 URLs', async () => {
    const { server, adapter } = sfu();
    const ice = await adapter.iceServers(86400);
    expect(ice).toEqual([
      {
        urls: [
          'stun:stun.cloudflare.com:3478',
          'turn:turn.cloudflare.com:3478?transport=udp',
          'turns:turn.cloudflare.com:443?transport=tcp',
        ],
        username: 'u',
        credential: 'c',
      },
    ]);
    expect(server.calls[0]?.body).toEqual({ ttl: 86400 });
    expect(server.problems).toEqual([]);
    expect(dropPort53([{ urls: ['turn:x:53'] }])).toEqual([]);
  });

  it('has a stand-in that refuses what the contract does not allow', () => {
    const close = (spec as { components: { schemas: Record<string, object> } }).components.schemas
      .CloseTracksRequest as object;
    expect(check(close, { tracks: [{ mid: '0' }], force: true }, true)).toEqual([]);
    expect(check(close, { tracks: [{ mid: '0' }] }, true)).toEqual(['$.force: required']);
    expect(check(close, { tracks: [], force: true }, true)).toEqual(['$.tracks: too few items']);
    expect(check(close, { tracks: [{ mid: '0' }], force: true, all: true }, true)).toEqual([
      '$.all: not in the contract',
    ]);
  });

  it("calls the runtime's own fetch as a plain function (workerd refuses it as a method)", async () => {
    // A scheme fetch refuses before any connection: the call must fail as unreachable, never
    // as an invocation error.
    const adapter = realtime({
      REALTIME_PROVIDER: 'cloudflare',
      REALTIME_API_URL: 'ftp://127.0.0.1/v1',
      REALTIME_APP_ID: 'app1',
      REALTIME_APP_SECRET: 'app-secret',
      REALTIME_TURN_KEY_ID: 'k1',
      REALTIME_TURN_KEY_SECRET: 'turn-secret',
    } as Env) as SfuAdapter;
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => 'answered',
        (e: unknown) => String(e),
      );
    const session = await failure(adapter.newSession());
    expect(session).toMatch(/^Error: unreachable/);
    expect(session).not.toMatch(/Illegal invocation/);
    expect(await failure(adapter.iceServers(60))).not.toMatch(/Illegal invocation/);
  });

  it('is peer-to-peer by default, with only the configured ICE servers', async () => {
    const p2p = realtime({} as Env);
    expect(p2p.provider).toBe('p2p');
    expect(await p2p.iceServers(60)).toEqual([]);
    expect(configuredIce('stun:stun.example:3478, turn:t.example:3478')).toEqual([
      { urls: ['stun:stun.example:3478', 'turn:t.example:3478'] },
    ]);
    expect(() => realtime({ REALTIME_PROVIDER: 'cloudflare' } as Env)).toThrow(/unset/);
  });
});
