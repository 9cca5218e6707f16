/**
 * The browser's side of a remote inspection's room: one WebSocket to the InspectionRoom (state
 * and signalling), rejoining by itself with backoff after a drop, and one peer-to-peer
 * connection per other party (perfect negotiation: the side with the greater id is polite).
 * Every frame from the server is parsed before it is used.
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

class PeerLink {
  readonly pc: RTCPeerConnection;
  private makingOffer = false;
  private ignoreOffer = false;

  constructor(
    readonly peer: string,
    private readonly polite: boolean,
    media: MediaConfig,
    local: MediaStream,
    private readonly send: (payload: Record<string, unknown>) => void,
    onStream: (s: MediaStream) => void,
  ) {
    this.pc = new RTCPeerConnection({ iceServers: media.iceServers });
    for (const t of local.getTracks()) this.pc.addTrack(t, local);
    this.pc.ontrack = (e) => onStream(e.streams[0] ?? new MediaStream([e.track]));
    this.pc.onicecandidate = (e) => {
      if (e.candidate) this.send({ candidate: e.candidate.toJSON() });
    };
    this.pc.onnegotiationneeded = async () => {
      try {
        this.makingOffer = true;
        await this.pc.setLocalDescription();
        this.send({ description: this.pc.localDescription?.toJSON() });
      } finally {
        this.makingOffer = false;
      }
    };
    this.pc.onconnectionstatechange = () => {
      if (this.pc.connectionState === 'failed') this.pc.restartIce();
    };
  }

  async onSignal(payload: Record<string, unknown>): Promise<void> {
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

  replaceVideo(track: MediaStreamTrack): Promise<void> {
    const sender = this.pc.getSenders().find((s) => s.track?.kind === 'video');
    return sender ? sender.replaceTrack(track) : Promise.resolve();
  }

  close(): void {
    this.pc.close();
  }
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
  readonly streams = signal<Record<string, MediaStream>>({});
  private ws: WebSocket | null = null;
  private links = new Map<string, PeerLink>();
  /** How many times each party had joined when its link was made (a rejoin needs a new one). */
  private joins = new Map<string, number>();
  private myJoins = -1;
  private stopped = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly url: string,
    private readonly media: MediaConfig,
    private local: MediaStream,
  ) {}

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
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
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.connected.value = false;
      if (this.stopped) return;
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
      case 'signal':
        await this.links.get(frame.from)?.onSignal(frame.payload);
        return;
      case 'error':
        this.error.value = frame.code;
        return;
      case 'pong':
        return;
    }
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
      this.myJoins = mine;
    }
    for (const [peer, link] of this.links) {
      if (!s.present[peer] || joinsOf(peer) !== this.joins.get(peer)) {
        link.close();
        this.links.delete(peer);
        const { [peer]: _gone, ...rest } = this.streams.value;
        this.streams.value = rest;
      }
    }
    for (const peer of Object.keys(s.present)) {
      if (peer === me || this.links.has(peer)) continue;
      const link = new PeerLink(
        peer,
        me > peer,
        this.media,
        this.local,
        (payload) => this.send({ type: 'signal', to: peer, payload }),
        (stream) => (this.streams.value = { ...this.streams.value, [peer]: stream }),
      );
      this.links.set(peer, link);
      this.joins.set(peer, joinsOf(peer));
    }
  }
}
