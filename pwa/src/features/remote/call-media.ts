/**
 * What the call's screen needs from its media, whichever way it travels: peer to peer
 * (RoomClient's own links) or through the SFU (SfuCall). The server's media config chooses.
 */
import type { ReadonlySignal } from '@preact/signals';

export interface CallMedia {
  /** The other parties' streams, by person. */
  readonly streams: ReadonlySignal<Record<string, MediaStream>>;
  /** The state of the connection to each other party, by person (for the screen). */
  readonly peers: ReadonlySignal<Record<string, RTCPeerConnectionState>>;
  /** Swaps the camera (front / rear) without a new negotiation. */
  switchVideo(stream: MediaStream): Promise<void>;
  stop(): void;
}
