/**
 * The browser's side of a remote inspection's room: one WebSocket to the InspectionRoom (state
 * and signalling), rejoining by itself with backoff after a drop, and one peer-to-peer
 * connection per other party (perfect negotiation: the side with the greater id is polite).
 * Every frame from the server is parsed before it is used.
 *
 * A link belongs to one pair of joins (how many times each side had joined when it was made),
 * and every signal carries that pair (`gen`): a signal from an older link is dropped, one from
 * a link this page has not made yet (the other side saw the newer state first) waits for it.
 */
import { signal } from '@preact/signals';
import type {
  MediaConfig,
  RoomClientFrame,
  RoomErrorCode,
  RoomServerFrame,
  RoomState,
} from '@core/room';

const MAX_BACKOFF_MS = 8_000;
/** The room's close code for a connection replaced by a newer one of the same person. */
const REPLACED = 4000;
/** How often a link that is not up is looked at (and nudged). */
const NUDGE_MS = 5_000;
/** A link still down this long after it was made: the page rejoins and both sides start afresh. */
const REJOIN_AFTER_MS = 15_000;
/** Signals kept for links not made yet; more than this means something is wrong: drop. */
const MAX_PENDING = 200;

type Payload = Record<string, unknown>;
/** The sender's joins and the receiver's joins, as the sender knew them. */
type Gen = [number, number];

/**
 * One peer-to-peer connection. Only the impolite side (the smaller id) ever offers: the first
 * offer, an ICE restart, a resent offer. Offers from both sides at once (glare) are resolved by
 * perfect negotiation in principle, but Chromium's implicit rollback of a first offer can leave
 * the polite side's ICE gathering stuck for good (no candidate ever comes), so glare is avoided
 * rather than resolved. The polite side answers; its tracks, added before the offer came, take
 * the offer's transceivers (JSEP), so media flows both ways.
 */
class PeerLink {
  readonly pc: RTCPeerConnection;
  private makingOffer = false;
  private ignoreOffer = false;
  private readonly watchdog: ReturnType<typeof setInterval>;
  /** When the connection last changed state (a slow `connecting` is given time). */
  private since = Date.now();

  constructor(
    readonly peer: string,
    private readonly polite: boolean,
    media: MediaConfig,
    local: MediaStream,
    private readonly send: (payload: Payload) => void,
    onStream: (s: MediaStream) => void,
    onState: (s: RTCPeerConnectionState) => void,
  ) {
    this.pc = new RTCPeerConnection({ iceServers: media.iceServers });
    for (const t of local.getTracks()) this.pc.addTrack(t, local);
    this.pc.ontrack = (e) => onStream(e.streams[0] ?? new MediaStream([e.track]));
    this.pc.onicecandidate = (e) => {
      if (e.candidate) this.send({ candidate: e.candidate.toJSON() });
    };
    this.pc.onnegotiationneeded = async () => {
      // Only the impolite side offers (see the class comment).
      if (this.polite) return;
      try {
        this.makingOffer = true;
        await this.pc.setLocalDescription();
        this.send({ description: this.pc.localDescription?.toJSON() });
      } finally {
        this.makingOffer = false;
      }
    };
    this.watchdog = setInterval(() => this.nudge(), NUDGE_MS);
    this.pc.onconnectionstatechange = () => {
      this.since = Date.now();
      onState(this.pc.connectionState);
      if (this.pc.connectionState === 'failed' && !this.polite) this.pc.restartIce();
    };
  }

  async onSignal(payload: Payload): Promise<void> {
    const description = payload.description as RTCSessionDescriptionInit | undefined;
    const candidate = payload.candidate as RTCIceCandidateInit | undefined;
    if (description) {
      const collision =
        description.type === 'offer' && (this.makingOffer || this.pc.signalingState !== 'stable');
      this.ignoreOffer = !this.polite && collision;
      if (this.ignoreOffer) return;
      await this.pc.setRemoteDescription(description);
      if (description.type === 'offer') {
        await this.pc.setLocalDescription();
        this.send({ description: this.pc.localDescription?.toJSON() });
      }
    } else if (candidate) {
      try {
        await this.pc.addIceCandidate(candidate);
      } catch (err) {
        if (!this.ignoreOffer) throw err;
      }
    }
  }

  /** How long the link has been down since it was made or last changed (0 while connected). */
  downFor(): number {
    return this.pc.connectionState === 'connected' ? 0 : Date.now() - this.since;
  }

  /**
   * A link that does not come up is nudged: a signal lost on the way (a dropped WebSocket, a
   * reload at the wrong moment) would otherwise leave both sides waiting for ever. An offer
   * still unanswered is sent again; a settled negotiation whose connection did not come up
   * (or went down) restarts ICE, which offers afresh. The offering side does this; the other
   * answers.
   */
  private nudge(): void {
    if (this.polite) return;
    const pc = this.pc;
    const state = pc.connectionState;
    if (state === 'connected' || state === 'closed' || pc.signalingState === 'closed') return;
    if (state === 'connecting' && Date.now() - this.since < 3 * NUDGE_MS) return;
    if (pc.signalingState === 'have-local-offer' && pc.localDescription && !this.makingOffer) {
      this.send({ description: pc.localDescription.toJSON() });
    } else if (pc.signalingState === 'stable') {
      pc.restartIce();
    }
  }

  replaceVideo(track: MediaStreamTrack): Promise<void> {
    const sender = this.pc.getSenders().find((s) => s.track?.kind === 'video');
    return sender ? sender.replaceTrack(track) : Promise.resolve();
  }

  close(): void {
    clearInterval(this.watchdog);
    this.pc.close();
  }
}

function isGen(g: unknown): g is Gen {
  return Array.isArray(g) && g.length === 2 && g.every((n) => Number.isInteger(n) && n >= 0);
}

function parse(data: unknown): RoomServerFrame | null {
  try {
    const f = JSON.parse(String(data)) as RoomServerFrame;
    return f && typeof f === 'object' && typeof f.type === 'string' ? f : null;
  } catch {
    return null;
  }
}

export class RoomClient {
  readonly state = signal<RoomState | null>(null);
  readonly connected = signal(false);
  readonly error = signal<RoomErrorCode | null>(null);
  /** The same person opened the call elsewhere (another tab or phone): this page let go. */
  readonly replaced = signal(false);
  readonly streams = signal<Record<string, MediaStream>>({});
  /** Each peer connection's state (new, connecting, connected, failed…), for the screen. */
  readonly peers = signal<Record<string, RTCPeerConnectionState>>({});
  private pending = new Map<string, { gen: Gen; payload: Payload }[]>();
  private ws: WebSocket | null = null;
  private links = new Map<string, PeerLink>();
  /** How many times each party had joined when its link was made (a rejoin needs a new one). */
  private joins = new Map<string, number>();
  private myJoins = -1;
  private stopped = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private healer: ReturnType<typeof setInterval> | null = null;
  /** Rejoins made to heal a link; each doubles the wait before the next (reset once all are up). */
  private heals = 0;

  constructor(
    private readonly url: string,
    private readonly media: MediaConfig,
    private local: MediaStream,
  ) {}

  start(): void {
    this.stopped = false;
    this.connect();
    this.healer = setInterval(() => this.heal(), NUDGE_MS);
  }

  /**
   * The last resort for a link that stays down (nudges did not help): rejoin the room, as a
   * reload would, so that both sides make new links. Waits longer after each try.
   */
  private heal(): void {
    if (this.stopped || this.ws?.readyState !== WebSocket.OPEN) return;
    const links = [...this.links.values()];
    if (links.every((l) => l.downFor() === 0)) {
      this.heals = 0;
      return;
    }
    const limit = Math.min(REJOIN_AFTER_MS * 2 ** this.heals, 120_000);
    if (links.some((l) => l.downFor() > limit)) {
      this.heals++;
      this.ws.close(4001, 'rejoin to heal a peer link');
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.healer) clearInterval(this.healer);
    this.ws?.close(1000);
    for (const l of this.links.values()) l.close();
    this.links.clear();
  }

  send(frame: RoomClientFrame): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(frame));
  }

  /** Swaps the camera (front / rear) on every connection without renegotiating. */
  async switchVideo(stream: MediaStream): Promise<void> {
    const track = stream.getVideoTracks()[0];
    if (!track) return;
    for (const l of this.links.values()) await l.replaceVideo(track);
    this.local = stream;
  }

  private connect(): void {
    const ws = new WebSocket(this.url);
    this.ws = ws;
    ws.onopen = () => {
      this.connected.value = true;
      this.attempt = 0;
    };
    ws.onmessage = (e) => {
      const frame = parse(e.data);
      if (frame) void this.handle(frame);
    };
    ws.onclose = (e) => {
      if (this.ws !== ws) return;
      this.connected.value = false;
      if (this.stopped) return;
      // The room gave this seat to a newer connection of the same person (another tab): two
      // pages rejoining in turn would push each other out for ever, so this one stops.
      if (e.code === REPLACED) {
        this.stop();
        this.replaced.value = true;
        return;
      }
      // Rejoin by itself (tunnel, lift, network switch); the room kept the state.
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.attempt++);
      this.timer = setTimeout(() => this.connect(), delay);
    };
  }

  private async handle(frame: RoomServerFrame): Promise<void> {
    switch (frame.type) {
      case 'state': {
        const prev = this.state.value;
        if (prev && frame.state.seq < prev.seq) return;
        this.state.value = frame.state;
        this.syncLinks(frame.state);
        return;
      }
      case 'signal': {
        const gen = frame.payload.gen;
        if (!isGen(gen)) return;
        await this.deliver(frame.from, gen, frame.payload);
        return;
      }
      case 'error':
        this.error.value = frame.code;
        return;
      case 'pong':
        return;
    }
  }

  /** Hands a signal to its link, drops it if stale, or keeps it until its link is made. */
  private async deliver(from: string, gen: Gen, payload: Payload): Promise<void> {
    const link = this.links.get(from);
    const theirs = this.joins.get(from);
    if (link && gen[0] === theirs && gen[1] === this.myJoins) {
      try {
        await link.onSignal(payload);
      } catch (err) {
        console.warn('signal', err);
      }
      return;
    }
    if ((theirs !== undefined && gen[0] < theirs) || gen[1] < this.myJoins) return;
    const queue = this.pending.get(from) ?? [];
    if (queue.length >= MAX_PENDING) queue.shift();
    queue.push({ gen, payload });
    this.pending.set(from, queue);
  }

  /** Replays what waited for links made just now (in order; what is still early waits on). */
  private async flush(): Promise<void> {
    for (const [peer, queue] of [...this.pending]) {
      if (!this.links.has(peer)) continue;
      this.pending.delete(peer);
      for (const { gen, payload } of queue) await this.deliver(peer, gen, payload);
    }
  }

  private setPeer(peer: string, state: RTCPeerConnectionState | null): void {
    const { [peer]: _old, ...rest } = this.peers.value;
    this.peers.value = state ? { ...rest, [peer]: state } : rest;
  }

  /** One connection per other party present; a party who left (or came back) starts afresh. */
  private syncLinks(s: RoomState): void {
    const me = this.media.person;
    const joinsOf = (p: string) => s.log.filter((l) => l.person === p && l.event === 'join').length;
    // This page rejoined: the others start afresh with it, so it does the same with them.
    const mine = joinsOf(me);
    if (this.myJoins !== mine) {
      for (const l of this.links.values()) l.close();
      this.links.clear();
      this.streams.value = {};
      this.peers.value = {};
      this.myJoins = mine;
    }
    for (const [peer, link] of this.links) {
      if (!s.present[peer] || joinsOf(peer) !== this.joins.get(peer)) {
        link.close();
        this.links.delete(peer);
        const { [peer]: _gone, ...rest } = this.streams.value;
        this.streams.value = rest;
        this.setPeer(peer, null);
      }
    }
    for (const peer of Object.keys(s.present)) {
      if (peer === me || this.links.has(peer)) continue;
      const gen: Gen = [mine, joinsOf(peer)];
      this.joins.set(peer, gen[1]);
      const link = new PeerLink(
        peer,
        me > peer,
        this.media,
        this.local,
        (payload) => this.send({ type: 'signal', to: peer, payload: { ...payload, gen } }),
        (stream) => (this.streams.value = { ...this.streams.value, [peer]: stream }),
        (state) => this.links.get(peer) === link && this.setPeer(peer, state),
      );
      this.links.set(peer, link);
      this.setPeer(peer, 'new');
    }
    void this.flush();
  }
}
