/**
 * The media half of the SFU stand-in: one werift peer connection per session, ICE lite on
 * 127.0.0.1 only (as the Realtime SFU, it answers the browser's checks and never starts its
 * own), and RTP forwarded from a published track to every session that pulled it. The browser
 * offers what it publishes (this side answers) and answers what it pulls (this side offers,
 * the browser's answer comes back through renegotiate), all on one bundled connection.
 */
import {
  PictureLossIndication,
  RTCPeerConnection,
  RtcpPayloadSpecificFeedback,
  useOPUS,
  useVP8,
  type MediaStreamTrack,
  type RtcpPacket,
  type RtpPacket,
  type RTCRtpTransceiver,
} from 'werift';

type Kind = 'audio' | 'video';

/** A track a session published: where its RTP arrives and who receives a copy. */
interface Published {
  kind: Kind;
  transceiver: RTCRtpTransceiver;
  /** The browser's SSRC, once its first packet came (a picture-loss request names it). */
  ssrc: number | null;
  subscribers: Set<RTCRtpTransceiver>;
}

/** A per-track outcome, in the Realtime API's own shape. */
export interface TrackResult {
  mid?: string;
  trackName?: string;
  sessionId?: string;
  errorCode?: string;
  errorDescription?: string;
}

export interface MediaStats {
  /** RTP packets received from browsers and copies sent to browsers. */
  received: number;
  forwarded: number;
  /** Picture-loss requests sent on to publishers. */
  pictureRequests: number;
}

/** Keeps only loopback candidates: nothing leaves 127.0.0.1. */
export function loopbackOnly(sdp: string): string {
  return sdp
    .split('\r\n')
    .filter((line) => !line.startsWith('a=candidate:') || / 127\.0\.0\.1 \d+ typ /.test(line))
    .join('\r\n');
}

/** A copy of a packet for one receiver: its own header, none of the sender's extensions. */
function copyFor(rtp: RtpPacket): RtpPacket {
  const copy = rtp.clone();
  copy.header.extensions = [];
  return copy;
}

export class MediaSession {
  readonly pc = new RTCPeerConnection({
    iceLite: true,
    iceUseIpv4: true,
    iceUseIpv6: false,
    iceUseTcp: false,
    iceInterfaceAddresses: { udp4: '127.0.0.1' },
    iceAdditionalHostAddresses: ['127.0.0.1'],
    bundlePolicy: 'max-bundle',
    codecs: { video: [useVP8()], audio: [useOPUS()] },
  });
  /** Published tracks by name. */
  readonly published = new Map<string, Published>();
  /** Pulled tracks by their mid here, with where they come from. */
  readonly pulled = new Map<string, { from: Published; name: string; owner: string }>();
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly id: string,
    private readonly stats: MediaStats,
  ) {}

  /** Runs one negotiation step after the previous one (the API is called step by step). */
  private serial<T>(step: () => Promise<T>): Promise<T> {
    const next = this.chain.then(step);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async local(): Promise<{ type: 'offer' | 'answer'; sdp: string }> {
    const d = this.pc.localDescription;
    if (!d) throw new Error('no local description');
    return { type: d.type as 'offer' | 'answer', sdp: loopbackOnly(d.sdp) };
  }

  /** The browser publishes: its offer's `mids` become named tracks; answers the offer. */
  publish(offer: string, tracks: { mid: string; trackName: string }[]) {
    return this.serial(async () => {
      await this.pc.setRemoteDescription({ type: 'offer', sdp: offer });
      const results: TrackResult[] = [];
      for (const t of tracks) {
        const x = this.pc.getTransceivers().find((tr) => tr.mid === t.mid);
        if (!x) {
          results.push({ ...t, errorCode: 'invalid_mid', errorDescription: 'no such mid' });
          continue;
        }
        const pub: Published = {
          kind: x.kind as Kind,
          transceiver: x,
          ssrc: null,
          subscribers: new Set(),
        };
        // werift hands a receiver's feedback to the receiver of the SSRC the browser sends
        // from, not to the sender it is about: picture-loss requests are looked for here too.
        x.receiver.onRtcp.subscribe((packet: RtcpPacket) => this.feedback(packet));
        // The track may already be there (set with the offer) or come later: take it once.
        const seen = new Set<MediaStreamTrack>();
        const attach = (track: MediaStreamTrack) => {
          if (!seen.has(track)) this.forward(pub, track);
          seen.add(track);
        };
        x.receiver.tracks.forEach(attach);
        x.onTrack.subscribe(attach);
        this.published.set(t.trackName, pub);
        results.push({ mid: t.mid, trackName: t.trackName });
      }
      await this.pc.setLocalDescription(await this.pc.createAnswer());
      return { sessionDescription: await this.local(), tracks: results };
    });
  }

  private forward(pub: Published, track: MediaStreamTrack): void {
    track.onReceiveRtp.subscribe((rtp: RtpPacket) => {
      this.stats.received++;
      pub.ssrc ??= rtp.header.ssrc;
      for (const sub of pub.subscribers) {
        this.stats.forwarded++;
        void sub.sender.sendRtp(copyFor(rtp)).catch(() => undefined);
      }
    });
  }

  /** Asks the publisher's browser for a full picture (a new receiver cannot decode before). */
  private pictureLoss(pub: Published): void {
    if (pub.kind === 'video' && pub.ssrc !== null) {
      this.stats.pictureRequests++;
      void pub.transceiver.receiver.sendRtcpPLI(pub.ssrc).catch(() => undefined);
    }
  }

  /**
   * A receiving browser that lost the picture (or never had one) asks for a full one: the
   * request goes on to the publisher of the track it names.
   */
  private feedback(packet: RtcpPacket): void {
    if (packet.type !== RtcpPayloadSpecificFeedback.type) return;
    const fb = (packet as RtcpPayloadSpecificFeedback).feedback;
    if (!(fb instanceof PictureLossIndication)) return;
    for (const [mid, pulled] of this.pulled) {
      const x = this.pc.getTransceivers().find((t) => t.mid === mid);
      if (x?.sender.ssrc === fb.mediaSsrc) this.pictureLoss(pulled.from);
    }
  }

  /**
   * The browser pulls tracks others published (`owner` undefined: no such session); answers
   * with this side's offer. Results come in the order asked, failed ones with their error.
   */
  pull(wanted: { owner: MediaSession | undefined; sessionId?: string; trackName: string }[]) {
    return this.serial(async () => {
      const added: { x: RTCRtpTransceiver; from: Published; result: TrackResult }[] = [];
      const results = wanted.map((w): TrackResult => {
        const from = w.owner?.published.get(w.trackName);
        const result: TrackResult = { sessionId: w.sessionId, trackName: w.trackName };
        if (!from || w.owner === this) {
          return {
            ...result,
            errorCode: 'not_found_track_error',
            errorDescription: 'not published',
          };
        }
        const x = this.pc.addTransceiver(from.kind, { direction: 'sendonly' });
        added.push({ x, from, result });
        x.sender.onRtcp.subscribe((packet: RtcpPacket) => this.feedback(packet));
        return result;
      });
      await this.pc.setLocalDescription(await this.pc.createOffer());
      for (const a of added) {
        a.result.mid = a.x.mid!;
        this.pulled.set(a.x.mid!, {
          from: a.from,
          name: a.result.trackName!,
          owner: a.result.sessionId!,
        });
        a.from.subscribers.add(a.x);
      }
      return {
        sessionDescription: added.length ? await this.local() : undefined,
        requiresImmediateRenegotiation: added.length > 0,
        tracks: results,
      };
    });
  }

  /** The browser's answer to this side's offer. */
  renegotiate(answer: string) {
    return this.serial(async () => {
      await this.pc.setRemoteDescription({ type: 'answer', sdp: answer });
      for (const { from } of this.pulled.values()) this.pictureLoss(from);
    });
  }

  /** Stops tracks by mid without an SDP exchange (force): absent ones say so. */
  close(mids: string[]): TrackResult[] {
    return mids.map((mid) => {
      const pulled = this.pulled.get(mid);
      const x = this.pc.getTransceivers().find((t) => t.mid === mid);
      if (pulled) {
        if (x) pulled.from.subscribers.delete(x);
        this.pulled.delete(mid);
        // Stopped here at once; this side's next offer shows its m-line closed (port 0).
        x?.stop();
        return { mid };
      }
      const name = [...this.published].find(([, p]) => p.transceiver.mid === mid)?.[0];
      if (name !== undefined) {
        this.published.get(name)?.subscribers.clear();
        this.published.delete(name);
        x?.stop();
        return { mid };
      }
      return { mid, errorCode: 'close_track_error', errorDescription: 'no such track' };
    });
  }

  async end(): Promise<void> {
    for (const p of this.published.values()) p.subscribers.clear();
    await this.pc.close().catch(() => undefined);
  }
}
