/**
 * The SFU call's signalling, end to end in Node: SfuCall → sfuApi → a fake of the worker's
 * media routes (it validates every body with the routes' own schemas and answers with the
 * Realtime API's documented shapes: an answer to a push, an SFU offer needing an immediate
 * renegotiation on a pull, per-track errors in a 200) and a stand-in peer connection.
 */
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { MediaConfig, RoomState } from '@core/room';
import {
  mediaCloseSchema,
  mediaRenegotiateSchema,
  mediaTracksSchema,
  type RoomMedia,
} from '@core/room-media';
import { SfuCall } from './sfu-call';
import { sfuApi } from './sfu-api';
import type { Answer, Offer, SfuPeer, SfuTransceiver } from './sfu-peer';

type Track = MediaStreamTrack;
const track = (kind: string, id: string) => ({ kind, id }) as Track;

/** A peer connection stand-in: mids in order, the SFU's offer lists the mids it adds. */
class FakePeer implements SfuPeer {
  xs: (SfuTransceiver & { mid: string | null; stopped: boolean })[] = [];
  log: string[] = [];
  private next = 0;
  private trackCb: (mid: string | null, t: Track) => void = () => undefined;
  private stateCb: (s: RTCPeerConnectionState) => void = () => undefined;
  current: RTCPeerConnectionState = 'new';
  closed = false;
  addSender(t: Track) {
    const x = {
      mid: null as string | null,
      stopped: false,
      sender: {
        track: t as Track | null,
        replaceTrack: async (n: Track | null) => void (x.sender.track = n),
      },
      stop: () => void (x.stopped = true),
    };
    this.xs.push(x);
    return x;
  }
  async offer(): Promise<Offer> {
    for (const x of this.xs) x.mid ??= String(this.next++);
    this.log.push('offer');
    return { type: 'offer', sdp: `v=0 local ${this.xs.map((x) => x.mid).join(',')}` };
  }
  async accept(a: Answer) {
    this.log.push(`accept ${a.sdp}`);
  }
  async answerTo(o: Offer): Promise<Answer> {
    const mids = /mids:([\w,]+)/.exec(o.sdp)?.[1]?.split(',') ?? [];
    for (const mid of mids) {
      if (this.xs.some((x) => x.mid === mid)) continue;
      const x = this.addSender(track('none', 'r'));
      x.mid = mid;
      this.next = Math.max(this.next, Number(mid) + 1);
      this.trackCb(mid, track(mid.endsWith('0') ? 'audio' : 'video', `remote-${mid}`));
    }
    this.log.push(`answer ${mids.join(',')}`);
    return { type: 'answer', sdp: `v=0 answer ${mids.join(',')}` };
  }
  transceivers = () => this.xs;
  state = () => this.current;
  onTrack(cb: (mid: string | null, t: Track) => void) {
    this.trackCb = cb;
  }
  onState(cb: (s: RTCPeerConnectionState) => void) {
    this.stateCb = cb;
  }
  set(s: RTCPeerConnectionState) {
    this.current = s;
    this.stateCb(s);
  }
  close() {
    this.closed = true;
  }
}

/** The worker's media routes as a fetch: checks bodies, answers in the documented shapes. */
function fakeWorker() {
  const calls: { method: string; path: string; body: unknown }[] = [];
  const problems: string[] = [];
  let sessions = 0;
  let mid = 10;
  const pullFails = new Set<string>();
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input).replace(/^\/api\/(my\/)?inspections\/rmt_1\/media/, '');
    const body: unknown = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method: init?.method ?? 'GET', path, body });
    const ok = (b: unknown, status = 200) => Response.json(b, { status });
    if (path === '/session') return ok({ sessionId: `sess${++sessions}` }, 201);
    if (path === '/tracks/new') {
      const p = mediaTracksSchema.safeParse(body);
      if (!p.success) problems.push(`tracks/new ${JSON.stringify(body)}`);
      if (!p.success) return ok({ error: { code: 'VALIDATION_FAILED' } }, 400);
      if (p.data.kind === 'push')
        return ok({
          requiresImmediateRenegotiation: false,
          tracks: p.data.tracks,
          sessionDescription: { type: 'answer', sdp: 'v=0 sfu-answer' },
        });
      const tracks = p.data.tracks.map((t) =>
        pullFails.has(t.trackName)
          ? { ...t, errorCode: 'track_not_found' }
          : { ...t, mid: String(mid++) },
      );
      const mids = tracks.flatMap((t) => ('mid' in t ? [t.mid] : []));
      return ok({
        requiresImmediateRenegotiation: mids.length > 0,
        tracks,
        ...(mids.length
          ? { sessionDescription: { type: 'offer', sdp: `v=0 mids:${mids.join(',')}` } }
          : {}),
      });
    }
    if (path === '/renegotiate') {
      if (!mediaRenegotiateSchema.safeParse(body).success) problems.push('renegotiate');
      return ok({ ok: true });
    }
    if (path === '/tracks/close') {
      const p = mediaCloseSchema.safeParse(body);
      if (!p.success) problems.push('close');
      return ok({ closed: p.success ? p.data.mids : [], absent: [], failed: [] });
    }
    return ok({ error: { code: 'NOT_FOUND' } }, 404);
  };
  return { fetcher: fetcher as typeof fetch, calls, problems, pullFails };
}

const MEDIA: MediaConfig = {
  provider: 'cloudflare',
  role: 'lead',
  person: 'stf_lead',
  iceServers: [],
};

function room(
  present: Record<string, 'lead' | 'applicant'>,
  media: Record<string, RoomMedia> = {},
) {
  return { present, media, seq: 1 } as unknown as RoomState;
}

function setup() {
  const worker = fakeWorker();
  const peers: FakePeer[] = [];
  const timers: (() => void)[] = [];
  const state = signal<RoomState | null>(null);
  const local = {
    getTracks: () => [track('audio', 'mic'), track('video', 'cam')],
    getVideoTracks: () => [track('video', 'cam')],
  } as unknown as MediaStream;
  const call = new SfuCall(
    MEDIA,
    local,
    { state },
    {
      api: sfuApi('staff', 'rmt_1', worker.fetcher),
      makePeer: () => {
        const p = new FakePeer();
        peers.push(p);
        return p;
      },
      makeStream: (tracks) => ({ tracks }) as unknown as MediaStream,
      later: (f) => timers.push(f),
    },
  );
  return { worker, peers, timers, state, call };
}

const streamTracks = (s: MediaStream | undefined) =>
  (s as unknown as { tracks: Track[] } | undefined)?.tracks.map((t) => t.id);

describe('an SFU call', () => {
  it('publishes once in the room, pulls the other party and answers the SFU’s offer', async () => {
    const { worker, peers, state, call } = setup();
    call.start();
    state.value = room({ apl_1: 'applicant' });
    await call.idle();
    expect(worker.calls).toEqual([]);
    state.value = room({ stf_lead: 'lead' });
    await call.idle();
    expect(worker.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /session',
      'POST /tracks/new',
    ]);
    expect(worker.calls[1]?.body).toEqual({
      kind: 'push',
      sessionId: 'sess1',
      offer: { type: 'offer', sdp: 'v=0 local 0,1' },
      tracks: [
        { mid: '0', trackName: 'audio' },
        { mid: '1', trackName: 'video' },
      ],
    });
    expect(peers[0]?.log).toEqual(['offer', 'accept v=0 sfu-answer']);

    state.value = room(
      { stf_lead: 'lead', apl_1: 'applicant' },
      { apl_1: { sessionId: 'theirs', tracks: ['audio', 'video'] } },
    );
    await call.idle();
    expect(worker.calls.slice(2)).toEqual([
      {
        method: 'POST',
        path: '/tracks/new',
        body: {
          kind: 'pull',
          sessionId: 'sess1',
          tracks: [
            { sessionId: 'theirs', trackName: 'audio' },
            { sessionId: 'theirs', trackName: 'video' },
          ],
        },
      },
      {
        method: 'PUT',
        path: '/renegotiate',
        body: { sessionId: 'sess1', answer: { type: 'answer', sdp: 'v=0 answer 10,11' } },
      },
    ]);
    expect(streamTracks(call.streams.value.apl_1)).toEqual(['remote-10', 'remote-11']);
    peers[0]!.set('connected');
    expect(call.peers.value).toEqual({ apl_1: 'connected' });
    // The same state again asks for nothing.
    state.value = { ...state.value!, seq: 2 };
    await call.idle();
    expect(worker.calls).toHaveLength(4);
    expect(worker.problems).toEqual([]);
    call.stop();
    expect(peers[0]?.closed).toBe(true);
  });

  it('asks again for a track the SFU could not give yet, and drops a party who left', async () => {
    const { worker, peers, timers, state, call } = setup();
    call.start();
    worker.pullFails.add('video');
    const theirs = { apl_1: { sessionId: 'theirs', tracks: ['audio', 'video'] } };
    state.value = room({ stf_lead: 'lead', apl_1: 'applicant' }, theirs);
    await call.idle();
    expect(streamTracks(call.streams.value.apl_1)).toEqual(['remote-10']);
    worker.pullFails.clear();
    const before = worker.calls.length;
    await new Promise((r) => setTimeout(r, 2010));
    timers.splice(0).forEach((f) => f());
    await call.idle();
    expect(worker.calls[before]?.body).toMatchObject({
      kind: 'pull',
      tracks: [{ sessionId: 'theirs', trackName: 'video' }],
    });
    expect(streamTracks(call.streams.value.apl_1)).toEqual(['remote-10', 'remote-11']);

    // The applicant left: their tracks stop here and are closed at the SFU.
    state.value = room({ stf_lead: 'lead' }, theirs);
    await call.idle();
    expect(worker.calls.at(-1)).toEqual({
      method: 'PUT',
      path: '/tracks/close',
      body: { sessionId: 'sess1', mids: ['10', '11'] },
    });
    expect(peers[0]!.xs.filter((x) => x.stopped).map((x) => x.mid)).toEqual(['10', '11']);
    expect(call.streams.value).toEqual({});
    expect(worker.problems).toEqual([]);
  }, 10_000);

  it('starts over with a new session when the connection fails, and swaps the camera in place', async () => {
    const { worker, peers, timers, state, call } = setup();
    call.start();
    state.value = room(
      { stf_lead: 'lead', apl_1: 'applicant' },
      { apl_1: { sessionId: 'theirs', tracks: ['video'] } },
    );
    await call.idle();
    const cam2 = track('video', 'rear');
    await call.switchVideo({
      getVideoTracks: () => [cam2],
      getTracks: () => [track('audio', 'mic'), cam2],
    } as unknown as MediaStream);
    expect(peers[0]!.xs.find((x) => x.mid === '1')?.sender.track).toBe(cam2);
    peers[0]!.set('failed');
    expect(peers[0]!.closed).toBe(true);
    expect(call.streams.value).toEqual({});
    timers.splice(0).forEach((f) => f());
    await call.idle();
    expect(peers).toHaveLength(2);
    expect(worker.calls.filter((c) => c.path === '/session')).toHaveLength(2);
    expect(worker.calls.at(-2)?.body).toMatchObject({ kind: 'pull', sessionId: 'sess2' });
    expect(streamTracks(call.streams.value.apl_1)).toHaveLength(1);
    // The new session publishes the camera now in use.
    expect(peers[1]!.xs.find((x) => x.mid === '1')?.sender.track).toBe(cam2);
  });

  it('reports a refusal by its code and tries again later', async () => {
    const { worker, timers, state, call } = setup();
    const real = worker.fetcher;
    let refuse = true;
    const api = sfuApi('applicant', 'rmt_1', (input, init) =>
      refuse
        ? Promise.resolve(
            Response.json({ error: { code: 'REMOTE_MEDIA_UNAVAILABLE' } }, { status: 503 }),
          )
        : real(input, init),
    );
    (call as unknown as { deps: { api: typeof api } }).deps.api = api;
    call.start();
    state.value = room({ stf_lead: 'lead' });
    await call.idle();
    expect(call.problem.value).toBe('REMOTE_MEDIA_UNAVAILABLE');
    refuse = false;
    timers.splice(0).forEach((f) => f());
    await call.idle();
    expect(call.problem.value).toBeNull();
    expect(worker.calls.map((c) => c.path)).toEqual(['/session', '/tracks/new']);
  });
});
