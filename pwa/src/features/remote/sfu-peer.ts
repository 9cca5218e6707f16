/**
 * The one RTCPeerConnection of an SFU call, behind the few steps the signalling needs, so that
 * the signalling (sfu-call.ts) runs the same against a stand-in peer in unit tests.
 */

/** A sending or receiving slot of the connection, named by its `mid` once negotiated. */
export interface SfuTransceiver {
  readonly mid: string | null;
  readonly sender: {
    readonly track: MediaStreamTrack | null;
    replaceTrack(t: MediaStreamTrack | null): Promise<void>;
  };
  stop(): void;
}

export type Offer = { type: 'offer'; sdp: string };
export type Answer = { type: 'answer'; sdp: string };

export interface SfuPeer {
  /** Adds a local track to publish (send only). */
  addSender(track: MediaStreamTrack): SfuTransceiver;
  /** Creates and applies a local offer (the new senders get their mids). */
  offer(): Promise<Offer>;
  /** Applies the SFU's answer to our offer. */
  accept(answer: Answer): Promise<void>;
  /** Applies the SFU's offer (tracks to receive) and answers it. */
  answerTo(offer: Offer): Promise<Answer>;
  transceivers(): SfuTransceiver[];
  state(): RTCPeerConnectionState;
  onTrack(cb: (mid: string | null, track: MediaStreamTrack) => void): void;
  onState(cb: (state: RTCPeerConnectionState) => void): void;
  close(): void;
}

/** The browser's RTCPeerConnection as an SfuPeer (bundled: the SFU takes one transport). */
export function rtcPeer(iceServers: RTCIceServer[]): SfuPeer {
  const pc = new RTCPeerConnection({ iceServers, bundlePolicy: 'max-bundle' });
  const local = (): { type: 'offer' | 'answer'; sdp: string } => ({
    type: pc.localDescription?.type === 'offer' ? 'offer' : 'answer',
    sdp: pc.localDescription?.sdp ?? '',
  });
  return {
    addSender: (track) => pc.addTransceiver(track, { direction: 'sendonly' }),
    offer: async () => {
      await pc.setLocalDescription(await pc.createOffer());
      return { type: 'offer', sdp: local().sdp };
    },
    accept: (answer) => pc.setRemoteDescription(answer),
    answerTo: async (offer) => {
      await pc.setRemoteDescription(offer);
      await pc.setLocalDescription(await pc.createAnswer());
      return { type: 'answer', sdp: local().sdp };
    },
    transceivers: () => pc.getTransceivers(),
    state: () => pc.connectionState,
    onTrack: (cb) => (pc.ontrack = (e) => cb(e.transceiver.mid, e.track)),
    onState: (cb) => (pc.onconnectionstatechange = () => cb(pc.connectionState)),
    close: () => pc.close(),
  };
}
