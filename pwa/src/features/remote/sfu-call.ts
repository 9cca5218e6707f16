/**
 * A call's media through the Cloudflare Realtime SFU (the `cloudflare` realtime provider), the
 * second implementation of CallMedia beside RoomClient's peer-to-peer links. Once this page is
 * in the room it opens its own SFU session (through the worker, which records it in the room)
 * and publishes its camera and microphone; for every other party present whose session and
 * track names the room lists, it pulls those tracks (the SFU offers, this page answers). A party
 * who leaves or comes back with a new session is dropped and pulled afresh; a failed connection
 * starts over with a new session, after a growing wait. Every step runs one at a time.
 */
import { effect, signal, type ReadonlySignal } from '@preact/signals';
import type { MediaConfig, RoomState } from '@core/room';
import type { RoomMedia } from '@core/room-media';
import type { CallMedia } from './call-media';
import { SfuApiError, type SfuApi } from './sfu-api';
import type { SfuPeer } from './sfu-peer';

const MAX_BACKOFF_MS = 15_000;

interface Pulled {
  sessionId: string;
  /** Track names asked for (and given) so far. */
  names: string[];
  mids: string[];
  tracks: MediaStreamTrack[];
}

export interface SfuDeps {
  api: SfuApi;
  makePeer: (iceServers: MediaConfig['iceServers']) => SfuPeer;
  makeStream: (tracks: MediaStreamTrack[]) => MediaStream;
  /** Timers (a test runs them at once or never). */
  later?: (f: () => void, ms: number) => unknown;
}

export class SfuCall implements CallMedia {
  readonly streams = signal<Record<string, MediaStream>>({});
  readonly peers = signal<Record<string, RTCPeerConnectionState>>({});
  /** The last refusal's code (null once a step succeeds again). */
  readonly problem = signal<string | null>(null);
  private peer: SfuPeer | null = null;
  private sessionId: string | null = null;
  private pulled = new Map<string, Pulled>();
  /** Who each receiving mid belongs to. */
  private owners = new Map<string, string>();
  /** No new try for a party's missing tracks before this time (after a refusal). */
  private notBefore = new Map<string, number>();
  private chain: Promise<void> = Promise.resolve();
  private last: RoomState | null = null;
  private stopped = false;
  private attempt = 0;
  private dispose: (() => void) | null = null;

  constructor(
    private readonly media: MediaConfig,
    private local: MediaStream,
    private readonly room: { state: ReadonlySignal<RoomState | null> },
    private readonly deps: SfuDeps,
  ) {}

  start(): void {
    this.dispose = effect(() => {
      const s = this.room.state.value;
      if (s) {
        this.last = s;
        this.schedule();
      }
    });
  }

  /** Resolves once every step asked for so far has run. */
  idle(): Promise<void> {
    return this.chain;
  }

  stop(): void {
    this.stopped = true;
    this.dispose?.();
    this.peer?.close();
    this.peer = null;
  }

  async switchVideo(stream: MediaStream): Promise<void> {
    const track = stream.getVideoTracks()[0];
    if (!track) return;
    const sender = this.peer
      ?.transceivers()
      .map((x) => x.sender)
      .find((s) => s.track?.kind === 'video');
    await sender?.replaceTrack(track);
    this.local = stream;
  }

  private schedule(): void {
    this.chain = this.chain.then(() => this.sync()).catch((err: unknown) => this.failed(err));
  }

  private failed(err: unknown): void {
    this.problem.value = err instanceof SfuApiError ? err.code : 'UNEXPECTED';
    console.warn('sfu', err);
    const wait = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.attempt++);
    (this.deps.later ?? setTimeout)(() => !this.stopped && this.schedule(), wait);
  }

  private async sync(): Promise<void> {
    const s = this.last;
    const me = this.media.person;
    if (this.stopped || !s || !s.present[me]) return;
    if (!this.peer) await this.publish();
    for (const [person, p] of [...this.pulled]) {
      if (!s.present[person] || s.media[person]?.sessionId !== p.sessionId) await this.drop(person);
    }
    for (const person of Object.keys(s.present)) {
      const entry = s.media[person];
      if (person === me || !entry) continue;
      const have = this.pulled.get(person)?.names ?? [];
      const missing = entry.tracks.filter((n) => !have.includes(n));
      if (missing.length > 0 && Date.now() >= (this.notBefore.get(person) ?? 0))
        await this.pull(person, entry, missing);
    }
    this.problem.value = null;
    this.attempt = 0;
    this.showPeers();
  }

  /** A new session with this page's camera and microphone. */
  private async publish(): Promise<void> {
    const { sessionId } = await this.deps.api.session();
    const peer = this.deps.makePeer(this.media.iceServers);
    peer.onTrack((mid, track) => this.received(mid, track));
    peer.onState((state) => {
      this.showPeers();
      if (state === 'failed' && this.peer === peer) this.restart();
    });
    const senders = this.local.getTracks().map((t) => ({ t, x: peer.addSender(t) }));
    const offer = await peer.offer();
    const r = await this.deps.api.tracks({
      kind: 'push',
      sessionId,
      offer,
      tracks: senders.map(({ t, x }) => ({ mid: x.mid ?? '', trackName: t.kind })),
    });
    if (r.sessionDescription?.type !== 'answer') {
      peer.close();
      throw new SfuApiError('NO_ANSWER', 502);
    }
    await peer.accept({ type: 'answer', sdp: r.sessionDescription.sdp });
    this.peer = peer;
    this.sessionId = sessionId;
  }

  /** Asks the SFU for a party's tracks and answers its offer. */
  private async pull(person: string, entry: RoomMedia, names: string[]): Promise<void> {
    if (!this.peer || !this.sessionId) return;
    const r = await this.deps.api.tracks({
      kind: 'pull',
      sessionId: this.sessionId,
      tracks: names.map((trackName) => ({ sessionId: entry.sessionId, trackName })),
    });
    const ok = r.tracks.filter((t) => !t.errorCode && t.mid && t.trackName);
    for (const t of ok) this.owners.set(t.mid!, person);
    const p = this.pulled.get(person) ?? {
      sessionId: entry.sessionId,
      names: [],
      mids: [],
      tracks: [],
    };
    p.names.push(...ok.map((t) => t.trackName!));
    p.mids.push(...ok.map((t) => t.mid!));
    this.pulled.set(person, p);
    // What the SFU could not give yet (not published yet, say) is asked again a little later.
    if (ok.length < names.length) {
      this.notBefore.set(person, Date.now() + 2000);
      (this.deps.later ?? setTimeout)(() => !this.stopped && this.schedule(), 2000);
    }
    if (r.requiresImmediateRenegotiation && r.sessionDescription?.type === 'offer') {
      const answer = await this.peer.answerTo({ type: 'offer', sdp: r.sessionDescription.sdp });
      await this.deps.api.renegotiate({ sessionId: this.sessionId, answer });
    }
  }

  /** A party left or came back with a new session: their tracks stop here and at the SFU. */
  private async drop(person: string): Promise<void> {
    const p = this.pulled.get(person);
    this.pulled.delete(person);
    const { [person]: _gone, ...rest } = this.streams.value;
    this.streams.value = rest;
    if (!p || p.mids.length === 0 || !this.sessionId) return;
    for (const x of this.peer?.transceivers() ?? []) if (x.mid && p.mids.includes(x.mid)) x.stop();
    for (const mid of p.mids) this.owners.delete(mid);
    // Best effort: a track left open is collected by the SFU once no media flows.
    await this.deps.api.close({ sessionId: this.sessionId, mids: p.mids }).catch(() => undefined);
  }

  private received(mid: string | null, track: MediaStreamTrack): void {
    const person = mid ? this.owners.get(mid) : undefined;
    const p = person ? this.pulled.get(person) : undefined;
    if (!person || !p) return;
    p.tracks = [...p.tracks.filter((t) => t.kind !== track.kind), track];
    this.streams.value = { ...this.streams.value, [person]: this.deps.makeStream(p.tracks) };
    this.showPeers();
  }

  /** The connection failed: start over with a new session (the others pull it afresh). */
  private restart(): void {
    this.peer?.close();
    this.peer = null;
    this.sessionId = null;
    this.pulled.clear();
    this.owners.clear();
    this.streams.value = {};
    const wait = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.attempt++);
    (this.deps.later ?? setTimeout)(() => !this.stopped && this.schedule(), wait);
  }

  private showPeers(): void {
    const s = this.last;
    if (!s) return;
    const state = this.peer?.state() ?? 'new';
    const out: Record<string, RTCPeerConnectionState> = {};
    for (const person of Object.keys(s.present)) {
      if (person === this.media.person) continue;
      out[person] = this.streams.value[person] ? state : state === 'failed' ? state : 'connecting';
    }
    this.peers.value = out;
  }
}
