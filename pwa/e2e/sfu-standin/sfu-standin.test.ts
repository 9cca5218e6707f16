/**
 * The SFU stand-in on its own, in Node: two werift peers play the browsers (one publishes a
 * video track of numbered RTP packets, the other pulls it), so that what the browser journey
 * relies on is checked without a browser: the contract checks refuse what the Realtime API
 * would, per-track errors come back in a 200, packets really go through (and a receiver's
 * picture-loss request goes back to the publisher) and stop once closed.
 */
import {
  MediaStreamTrack,
  PictureLossIndication,
  RTCPeerConnection,
  RtcpPayloadSpecificFeedback,
  RtpHeader,
  RtpPacket,
  useOPUS,
  useVP8,
} from 'werift';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loopbackOnly } from './sfu-media';
import { startSfuStandIn, type SfuStandIn } from './sfu-standin';

const APP = 'app1';
const SECRET = 'app-secret';
let sfu: SfuStandIn;
const peers: RTCPeerConnection[] = [];

beforeEach(async () => {
  sfu = await startSfuStandIn({
    port: 0,
    appId: APP,
    secret: SECRET,
    turnKeyId: 'k1',
    turnSecret: 'turn-secret',
  });
});
afterEach(async () => {
  await Promise.all(peers.splice(0).map((p) => p.close()));
  await sfu.close();
});

async function api(method: string, path: string, body?: unknown, secret = SECRET) {
  const res = await fetch(`${sfu.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // The answers' shapes are what the tests check: read loosely, asserted field by field.
  return { status: res.status, body: (await res.json()) as Answer };
}
interface Answer {
  sessionId?: string;
  requiresImmediateRenegotiation?: boolean;
  sessionDescription?: { type: 'offer' | 'answer'; sdp: string };
  tracks?: { mid?: string; trackName?: string; errorCode?: string; errorDescription?: string }[];
  iceServers?: { urls: string[] }[];
}
const app = (path: string) => `/apps/${APP}${path}`;

/** A browser stand-in: a werift peer on loopback, the full (controlling) ICE side. */
function browserPeer(): RTCPeerConnection {
  const pc = new RTCPeerConnection({
    bundlePolicy: 'max-bundle',
    iceUseIpv6: false,
    iceInterfaceAddresses: { udp4: '127.0.0.1' },
    iceAdditionalHostAddresses: ['127.0.0.1'],
    codecs: { video: [useVP8()], audio: [useOPUS()] },
  });
  peers.push(pc);
  return pc;
}

/** Publishes `track` from `pc` in a new session: the session, the answer, the transceiver. */
async function publish(pc: RTCPeerConnection, track: MediaStreamTrack) {
  const x = pc.addTransceiver(track, { direction: 'sendonly' });
  await pc.setLocalDescription(await pc.createOffer());
  const sessionId = (await api('POST', app('/sessions/new'))).body.sessionId!;
  const push = await api('POST', app(`/sessions/${sessionId}/tracks/new`), {
    sessionDescription: { type: 'offer', sdp: pc.localDescription!.sdp },
    tracks: [{ location: 'local', mid: x.mid, trackName: 'video' }],
  });
  if (push.body.sessionDescription) await pc.setRemoteDescription(push.body.sessionDescription);
  return { sessionId, push, x };
}

function until(ok: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () =>
      ok() ? resolve() : Date.now() > end ? reject(new Error('timed out')) : setTimeout(tick, 20);
    tick();
  });
}

describe('the SFU stand-in', () => {
  it('refuses what the contract does not allow, and says so', async () => {
    expect((await api('POST', app('/sessions/new'), undefined, 'wrong')).status).toBe(401);
    expect((await api('POST', '/apps/other/sessions/new')).status).toBe(400);
    const { body } = await api('POST', app('/sessions/new'));
    const noForce = await api('PUT', app(`/sessions/${body.sessionId}/tracks/close`), {
      tracks: [{ mid: '0' }],
    });
    expect(noForce.status).toBe(400);
    expect((await api('GET', app('/sessions/x/unknown'))).status).toBe(404);
    expect(sfu.problems).toEqual([
      '/apps/app1/sessions/new: wrong bearer',
      '/apps/other/sessions/new: unknown app other',
      `/apps/app1/sessions/${body.sessionId}/tracks/close request $.force: required`,
      'GET /apps/app1/sessions/x/unknown: not in the contract',
    ]);
  });

  it('answers TURN credentials only for its key, with a URL on port 53 to drop', async () => {
    const turn = (secret: string) =>
      api('POST', '/turn/keys/k1/credentials/generate-ice-servers', { ttl: 60 }, secret);
    const ok = await turn('turn-secret');
    expect(ok.status).toBe(201);
    expect(ok.body.iceServers?.[0]?.urls).toContain('turn:127.0.0.1:53?transport=udp');
    expect((await turn(SECRET)).status).toBe(401);
  });

  it('forwards a published track to the session that pulled it, until that closes it', async () => {
    // The publisher: one video track of numbered packets.
    const a = browserPeer();
    const source = new MediaStreamTrack({ kind: 'video' });
    const { sessionId: sa, push, x: sender } = await publish(a, source);
    expect(push.status).toBe(200);
    expect(push.body.tracks).toEqual([{ mid: sender.mid, trackName: 'video' }]);
    expect(push.body.sessionDescription?.type).toBe('answer');
    // Only loopback candidates leave the stand-in.
    const candidates = push.body
      .sessionDescription!.sdp.split('\r\n')
      .filter((l) => l.startsWith('a=candidate:'));
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((l) => l.includes(' 127.0.0.1 '))).toBe(true);

    // The receiver publishes its own camera first, as a browser in the call does, then pulls
    // (and asks for a track nobody published: a per-track error in a 200).
    const b = browserPeer();
    const own = await publish(b, new MediaStreamTrack({ kind: 'video' }));
    const sb = own.sessionId;
    const pull = await api('POST', app(`/sessions/${sb}/tracks/new`), {
      tracks: [
        { location: 'remote', sessionId: sa, trackName: 'video' },
        { location: 'remote', sessionId: sa, trackName: 'screen' },
      ],
    });
    expect(pull.status).toBe(200);
    expect(pull.body.requiresImmediateRenegotiation).toBe(true);
    const [got, missing] = pull.body.tracks ?? [];
    expect(got?.mid).toBeTruthy();
    expect(missing?.errorCode).toBe('not_found_track_error');
    const seen: number[] = [];
    let copySsrc = 0;
    b.onTrack.subscribe((t) =>
      t.onReceiveRtp.subscribe((rtp) => {
        copySsrc = rtp.header.ssrc;
        seen.push(rtp.payload[0]!);
      }),
    );
    let asked = 0;
    sender.sender.onPictureLossIndication.subscribe(() => asked++);
    await b.setRemoteDescription(pull.body.sessionDescription!);
    await b.setLocalDescription(await b.createAnswer());
    const reneg = await api('PUT', app(`/sessions/${sb}/renegotiate`), {
      sessionDescription: { type: 'answer', sdp: b.localDescription!.sdp },
    });
    expect(reneg.status).toBe(200);
    await until(() => a.connectionState === 'connected' && b.connectionState === 'connected');

    let n = 0;
    const send = () =>
      source.writeRtp(
        new RtpPacket(
          new RtpHeader({ payloadType: 96, sequenceNumber: n, timestamp: n * 3000, marker: true }),
          Buffer.from([n++ % 256, 0x10, 0x00]),
        ),
      );
    const timer = setInterval(send, 10);
    try {
      await until(() => seen.length >= 20);
      expect(new Set(seen).size).toBeGreaterThan(10);
      expect(sfu.stats.forwarded).toBeGreaterThanOrEqual(20);

      // The receiver lost the picture: its request reaches the publisher. Like Chromium, it
      // names its own sending SSRC as the sender (werift's router gives such a packet to the
      // receiver of that SSRC, not to the sender it is about).
      const before = asked;
      await own.x.receiver.dtlsTransport.sendRtcp([
        new RtcpPayloadSpecificFeedback({
          feedback: new PictureLossIndication({
            senderSsrc: own.x.sender.ssrc,
            mediaSsrc: copySsrc,
          }),
        }),
      ]);
      await until(() => asked > before);
      expect(sfu.stats.pictureRequests).toBeGreaterThanOrEqual(1);

      // Closed with force: the receiver's copies stop; a mid it never had is reported absent.
      const close = await api('PUT', app(`/sessions/${sb}/tracks/close`), {
        tracks: [{ mid: got!.mid }, { mid: '99' }],
        force: true,
      });
      expect(close.body.tracks).toEqual([
        { mid: got!.mid },
        { mid: '99', errorCode: 'close_track_error', errorDescription: 'no such track' },
      ]);
      const forwarded = sfu.stats.forwarded;
      const received = sfu.stats.received;
      await until(() => sfu.stats.received > received + 10);
      expect(sfu.stats.forwarded).toBe(forwarded);
    } finally {
      clearInterval(timer);
    }
    expect(sfu.problems).toEqual([]);
  }, 20_000);

  it('keeps only loopback candidates in what it sends', () => {
    const sdp = [
      'm=video 9 UDP/TLS/RTP/SAVPF 96',
      'a=candidate:1 1 udp 2130706431 10.0.0.5 5000 typ host',
      'a=candidate:2 1 udp 2130706431 127.0.0.1 5001 typ host',
      'a=mid:0',
    ].join('\r\n');
    expect(loopbackOnly(sdp).split('\r\n')).toEqual([
      'm=video 9 UDP/TLS/RTP/SAVPF 96',
      'a=candidate:2 1 udp 2130706431 127.0.0.1 5001 typ host',
      'a=mid:0',
    ]);
  });
});
