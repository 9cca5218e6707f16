import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newRoom, type MediaConfig, type RoomState } from '@core/room';
import { RoomClient } from './room-client';

/** A WebSocket that records what the page sends and lets the test play the room's frames. */
class FakeSocket {
  static all: FakeSocket[] = [];
  static readonly OPEN = 1;
  readyState = FakeSocket.OPEN;
  sent: { type: string; to?: string; payload?: Record<string, unknown> }[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data) as FakeSocket['sent'][number]);
  }
  close() {}
  receive(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
}

/** Just enough of RTCPeerConnection to see who offers, and to answer. */
class FakePeer {
  static all: FakePeer[] = [];
  signalingState: RTCSignalingState = 'stable';
  connectionState: RTCPeerConnectionState = 'new';
  localDescription: { type: string; sdp: string; toJSON(): unknown } | null = null;
  onnegotiationneeded: (() => Promise<void>) | null = null;
  onicecandidate: unknown = null;
  ontrack: unknown = null;
  onconnectionstatechange: unknown = null;
  restarts = 0;
  constructor() {
    FakePeer.all.push(this);
  }
  addTrack() {}
  getSenders() {
    return [];
  }
  restartIce() {
    this.restarts++;
  }
  async setLocalDescription() {
    const type = this.signalingState === 'have-remote-offer' ? 'answer' : 'offer';
    this.signalingState = type === 'offer' ? 'have-local-offer' : 'stable';
    this.localDescription = {
      type,
      sdp: `${type}-sdp`,
      toJSON: () => ({ type, sdp: `${type}-sdp` }),
    };
  }
  async setRemoteDescription(d: { type: string }) {
    this.signalingState = d.type === 'offer' ? 'have-remote-offer' : 'stable';
  }
  async addIceCandidate() {}
  close() {
    this.signalingState = 'closed';
  }
}

const setup = {
  inspectionId: 'rmt_1',
  items: [
    {
      id: 'operator_identity',
      still: true,
      title: { zh: '经营者身份', en: 'Operator identity' },
      look: { zh: '出示身份证', en: 'Show the ID card' },
    },
  ],
  officerIds: ['stf_lead', 'stf_observer'],
  applicantId: 'apl_1',
};

function bothIn(): RoomState {
  const s = newRoom(setup);
  const at = '2026-03-02T02:00:00.000Z';
  return {
    ...s,
    present: { apl_1: 'applicant', stf_lead: 'lead' },
    log: [
      { at, person: 'apl_1', role: 'applicant', event: 'join' },
      { at, person: 'stf_lead', role: 'lead', event: 'join' },
    ],
    seq: 2,
  };
}

function client(person: string, role: MediaConfig['role']) {
  const c = new RoomClient('ws://room', { provider: 'p2p', role, person, iceServers: [] }, {
    getTracks: () => [],
  } as unknown as MediaStream);
  c.start();
  const ws = FakeSocket.all.at(-1)!;
  ws.receive({ type: 'state', state: bothIn() });
  return { c, ws, pc: FakePeer.all.at(-1)! };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const descriptions = (ws: FakeSocket) =>
  ws.sent
    .filter((f) => f.type === 'signal' && f.payload?.description)
    .map((f) => (f.payload!.description as { type: string }).type);

describe('the call page peer links', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    FakePeer.all = [];
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal('RTCPeerConnection', FakePeer);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('lets only one side of a pair offer, so both never offer at once', async () => {
    // 'apl_1' < 'stf_lead': the applicant offers, the inspector answers.
    const applicant = client('apl_1', 'applicant');
    const lead = client('stf_lead', 'lead');
    await applicant.pc.onnegotiationneeded?.();
    await lead.pc.onnegotiationneeded?.();
    expect(descriptions(applicant.ws)).toEqual(['offer']);
    expect(descriptions(lead.ws)).toEqual([]);
    expect(applicant.ws.sent[0]).toMatchObject({ to: 'stf_lead', payload: { gen: [1, 1] } });

    // The offer reaches the inspector, who answers it.
    lead.ws.receive({ type: 'signal', from: 'apl_1', payload: applicant.ws.sent[0]!.payload });
    await flush();
    expect(descriptions(lead.ws)).toEqual(['answer']);
    applicant.c.stop();
    lead.c.stop();
  });

  it('has the offering side, not the answering one, nudge a link that does not come up', async () => {
    const applicant = client('apl_1', 'applicant');
    const lead = client('stf_lead', 'lead');
    await applicant.pc.onnegotiationneeded?.();
    // The offer is lost: after 5 s the applicant sends it again; the inspector does nothing.
    vi.advanceTimersByTime(5_000);
    expect(descriptions(applicant.ws)).toEqual(['offer', 'offer']);
    expect(descriptions(lead.ws)).toEqual([]);
    // Negotiated but not connected: the applicant restarts ICE; the inspector waits for it.
    await applicant.pc.setRemoteDescription({ type: 'answer' });
    vi.advanceTimersByTime(5_000);
    expect(applicant.pc.restarts).toBe(1);
    expect(lead.pc.restarts).toBe(0);
    applicant.c.stop();
    lead.c.stop();
  });
});
