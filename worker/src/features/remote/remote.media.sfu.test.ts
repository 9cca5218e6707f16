/**
 * The SFU media proxy, with REALTIME_PROVIDER=cloudflare: the worker's calls go to a stand-in of
 * the Realtime API (it checks each request against realtime-api.yaml and answers with its
 * documented shapes). Who may do what is the room's: its parties, their own sessions, tracks
 * another party of the same call published. The app secret never reaches a browser.
 */
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediaConfig } from '../../../core/room';
import { standIn, type StandIn } from '../../adapters/realtime/realtime.standin';
import { call, loginApplicant, loginStaff, seedWorld } from '../../../test/fixtures';
import { joinCall, registerRemote, until } from '../../../test/remote-evidence';
import { stateDigest } from '../../../test/state';

const SESSIONS = '/apps/{appId}/sessions/new';
const TRACKS = '/apps/{appId}/sessions/{sessionId}/tracks/new';
const RENEGOTIATE = '/apps/{appId}/sessions/{sessionId}/renegotiate';
const CLOSE = '/apps/{appId}/sessions/{sessionId}/tracks/close';
const OFFER = { type: 'offer', sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n' };
const LEAD_SESSION = '2a45361d5fd7cc14eface0587c276c94';
const APPLICANT_SESSION = 'e017a2629c754fedc1f7d8587e06d126';

let sfu: StandIn;
/** Every answer's text: none may carry a secret. */
const seen: string[] = [];
let id: string;

async function media(cookie: string, path: string, body?: unknown, method = 'POST', mine = false) {
  const res = await call(`/api/${mine ? 'my/' : ''}inspections/${id}/media${path}`, {
    cookie,
    method,
    body,
  });
  seen.push(`${res.status} ${[...res.headers].join(' ')} ${await res.clone().text()}`);
  return res;
}

async function codeOf(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

beforeEach(async () => {
  await seedWorld();
  id = await registerRemote();
  sfu = standIn({
    base: 'https://rtc.test/v1',
    secret: env.REALTIME_APP_SECRET!,
    turnSecret: env.REALTIME_TURN_KEY_SECRET!,
  });
  const real = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) =>
    new URL(new Request(input as RequestInfo).url).hostname === 'rtc.test'
      ? sfu.fetch(input, init)
      : real(input as RequestInfo, init),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const text of seen) {
    expect(text).not.toContain(env.REALTIME_APP_SECRET);
    expect(text).not.toContain(env.REALTIME_TURN_KEY_SECRET);
  }
  seen.length = 0;
});

/** Both parties in the call; the lead's camera and microphone published. */
async function leadPublished() {
  const lead = await loginStaff('inspector');
  const applicant = await loginApplicant('13900000001');
  const l = await joinCall(id, lead);
  const a = await joinCall(id, applicant, true);
  sfu.answer(SESSIONS, 201, { sessionId: LEAD_SESSION });
  const opened = await media(lead, '/session');
  expect(opened.status, await opened.clone().text()).toBe(201);
  expect(await opened.json()).toEqual({ sessionId: LEAD_SESSION });
  sfu.answer(TRACKS, 200, {
    requiresImmediateRenegotiation: false,
    tracks: [
      { mid: '0', trackName: 'audio' },
      { mid: '1', trackName: 'video' },
    ],
    sessionDescription: { type: 'answer', sdp: 'v=0 sfu-answer' },
  });
  const pushed = await media(lead, '/tracks/new', {
    kind: 'push',
    sessionId: LEAD_SESSION,
    offer: OFFER,
    tracks: [
      { mid: '0', trackName: 'audio' },
      { mid: '1', trackName: 'video' },
    ],
  });
  expect(pushed.status, await pushed.clone().text()).toBe(200);
  expect(await pushed.json()).toMatchObject({
    sessionDescription: { type: 'answer', sdp: 'v=0 sfu-answer' },
    requiresImmediateRenegotiation: false,
  });
  await until(() => l.last()?.media.stf_inspector?.tracks.length === 2);
  return { lead, applicant, l, a };
}

describe('SFU media through the worker', () => {
  it('gives the SFU provider and TURN credentials without any secret', async () => {
    const lead = await loginStaff('inspector');
    const res = await media(lead, '', undefined, 'GET');
    const cfg = (await res.json()) as MediaConfig;
    expect(cfg.provider).toBe('cloudflare');
    expect(cfg.iceServers[0]?.urls.some((u) => u.includes(':53'))).toBe(false);
    expect(cfg.iceServers[0]).toMatchObject({ username: 'u', credential: 'c' });
    expect(sfu.problems).toEqual([]);
  });

  it('opens sessions, publishes, pulls the other side and answers its offer, then closes', async () => {
    const { applicant, l, a } = await leadPublished();
    expect(a.last()?.media.stf_inspector).toEqual({
      sessionId: LEAD_SESSION,
      tracks: ['audio', 'video'],
    });
    sfu.answer(SESSIONS, 201, { sessionId: APPLICANT_SESSION });
    expect((await media(applicant, '/session', undefined, 'POST', true)).status).toBe(201);
    sfu.answer(TRACKS, 200, {
      requiresImmediateRenegotiation: true,
      tracks: [
        { sessionId: LEAD_SESSION, trackName: 'video', mid: '2' },
        {
          sessionId: LEAD_SESSION,
          trackName: 'audio',
          errorCode: 'track_not_found',
          errorDescription: 'gone',
        },
      ],
      sessionDescription: { type: 'offer', sdp: 'v=0 sfu-offer' },
    });
    const pulled = await media(
      applicant,
      '/tracks/new',
      {
        kind: 'pull',
        sessionId: APPLICANT_SESSION,
        tracks: [
          { sessionId: LEAD_SESSION, trackName: 'video' },
          { sessionId: LEAD_SESSION, trackName: 'audio' },
        ],
      },
      'POST',
      true,
    );
    // A partial success: the failed item is passed on for the page to retry.
    expect(await pulled.json()).toMatchObject({
      requiresImmediateRenegotiation: true,
      sessionDescription: { type: 'offer' },
      tracks: [{ mid: '2' }, { trackName: 'audio', errorCode: 'track_not_found' }],
    });
    sfu.answer(RENEGOTIATE, 200, {});
    const answered = await media(
      applicant,
      '/renegotiate',
      { sessionId: APPLICANT_SESSION, answer: { type: 'answer', sdp: 'v=0 browser-answer' } },
      'PUT',
      true,
    );
    expect(await answered.json()).toEqual({ ok: true });
    sfu.answer(CLOSE, 200, {
      requiresImmediateRenegotiation: false,
      tracks: [{ mid: '2' }],
    });
    const closed = await media(
      applicant,
      '/tracks/close',
      { sessionId: APPLICANT_SESSION, mids: ['2'] },
      'PUT',
      true,
    );
    expect(await closed.json()).toEqual({ closed: ['2'], absent: [], failed: [] });
    expect(sfu.problems).toEqual([]);
    expect(sfu.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /apps/app-test/sessions/new',
      `POST /apps/app-test/sessions/${LEAD_SESSION}/tracks/new`,
      'POST /apps/app-test/sessions/new',
      `POST /apps/app-test/sessions/${APPLICANT_SESSION}/tracks/new`,
      `PUT /apps/app-test/sessions/${APPLICANT_SESSION}/renegotiate`,
      `PUT /apps/app-test/sessions/${APPLICANT_SESSION}/tracks/close`,
    ]);
    l.ws.close(1000);
    a.ws.close(1000);
  });

  it('refuses another’s session, unpublished tracks, outsiders and bad input, changing nothing', async () => {
    const { lead, applicant, l, a } = await leadPublished();
    sfu.answer(SESSIONS, 201, { sessionId: APPLICANT_SESSION });
    await media(applicant, '/session', undefined, 'POST', true);
    await until(() => l.last()?.media.apl_a?.sessionId === APPLICANT_SESSION);
    const observer = await loginStaff('inspector2');
    const clerk = await loginStaff('clerk');
    const other = await loginApplicant('13900000002');
    const calls = sfu.calls.length;
    const before = await stateDigest();
    const pull = (sessionId: string, trackName: string, from = APPLICANT_SESSION) =>
      media(
        applicant,
        '/tracks/new',
        { kind: 'pull', sessionId: from, tracks: [{ sessionId, trackName }] },
        'POST',
        true,
      );
    // The lead's session used by the applicant; a track nobody published; one's own tracks.
    expect(await codeOf(await pull(LEAD_SESSION, 'video', LEAD_SESSION))).toBe(
      'REMOTE_MEDIA_SESSION',
    );
    expect(await codeOf(await pull(LEAD_SESSION, 'screen'))).toBe('REMOTE_MEDIA_TRACK');
    expect(await codeOf(await pull('0123456789abcdef', 'video'))).toBe('REMOTE_MEDIA_TRACK');
    expect(await codeOf(await pull(APPLICANT_SESSION, 'video'))).toBe('REMOTE_MEDIA_TRACK');
    expect(
      await codeOf(
        await media(lead, '/tracks/close', { sessionId: APPLICANT_SESSION, mids: ['0'] }, 'PUT'),
      ),
    ).toBe('REMOTE_MEDIA_SESSION');
    // Not in the room (the observer has not joined); not a party; another applicant.
    expect(await codeOf(await media(observer, '/session'))).toBe('REMOTE_MEDIA_NOT_IN_ROOM');
    expect((await media(clerk, '/session')).status).toBe(403);
    expect((await media(other, '/session', undefined, 'POST', true)).status).toBe(404);
    // Bad input.
    for (const body of [
      { kind: 'push', sessionId: LEAD_SESSION, offer: { type: 'answer', sdp: 'x' }, tracks: [] },
      { kind: 'pull', sessionId: 'bad id!', tracks: [{ sessionId: LEAD_SESSION, trackName: 'v' }] },
      { kind: 'pull', sessionId: APPLICANT_SESSION, tracks: [] },
      { kind: 'watch', sessionId: APPLICANT_SESSION },
      { kind: 'push', sessionId: LEAD_SESSION, offer: OFFER, tracks: [{ mid: '0' }] },
    ])
      expect(await codeOf(await media(lead, '/tracks/new', body))).toBe('VALIDATION_FAILED');
    expect(
      await codeOf(
        await media(lead, '/renegotiate', { sessionId: LEAD_SESSION, answer: OFFER }, 'PUT'),
      ),
    ).toBe('VALIDATION_FAILED');
    expect(sfu.calls.length).toBe(calls);
    expect(await stateDigest()).toBe(before);
    l.ws.close(1000);
    a.ws.close(1000);
  });

  it('answers an SFU refusal or outage with its own codes and records nothing', async () => {
    const { lead, l, a } = await leadPublished();
    const push = () =>
      media(lead, '/tracks/new', {
        kind: 'push',
        sessionId: LEAD_SESSION,
        offer: OFFER,
        tracks: [{ mid: '2', trackName: 'screen' }],
      });
    sfu.answer(TRACKS, 400, { errorCode: 'invalid_request', errorDescription: 'bad sdp' });
    expect(await codeOf(await push())).toBe('REMOTE_MEDIA_REFUSED');
    sfu.answer(TRACKS, 200, { errorCode: 'internal_error', errorDescription: 'Backend error' });
    expect(await codeOf(await push())).toBe('REMOTE_MEDIA_UNAVAILABLE');
    // Every item failed: nothing new is offered to the others.
    sfu.answer(TRACKS, 200, {
      requiresImmediateRenegotiation: false,
      tracks: [{ mid: '2', trackName: 'screen', errorCode: 'invalid_track' }],
    });
    expect((await push()).status).toBe(200);
    expect(l.last()?.media.stf_inspector?.tracks).toEqual(['audio', 'video']);
    sfu.answer(SESSIONS, 503, { errorCode: 'internal_error', errorDescription: 'down' });
    expect(await codeOf(await media(lead, '/session'))).toBe('REMOTE_MEDIA_UNAVAILABLE');
    expect(l.last()?.media.stf_inspector?.sessionId).toBe(LEAD_SESSION);
    l.ws.close(1000);
    a.ws.close(1000);
  });
});
