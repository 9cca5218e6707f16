/**
 * The authorization matrix: a call's SFU media proxy (云上核查). Only its officers and the
 * applicant of its case pass; in the test world the provider is peer to peer, so they are then
 * told REMOTE_MEDIA_NOT_SFU (409) — the SFU path itself is tested in remote.media.sfu.test.ts.
 */
import type { Probe } from './authz.principals';

const OFFER = { type: 'offer', sdp: 'v=0\r\n' };
const staff = (suffix: string, body?: () => unknown): Probe[] => [
  {
    name: `the SFU media of a 潍城区 remote inspection (${suffix})`,
    path: (w) => `/api/inspections/${w.remoteA}/media${suffix}`,
    body,
    allow: ['inspector', 'inspector2'],
  },
];
const mine = (suffix: string, body?: () => unknown): Probe[] => [
  {
    name: `the SFU media of A's remote inspection (${suffix})`,
    path: (w) => `/api/my/inspections/${w.remoteA}/media${suffix}`,
    body,
    allow: ['applicantA'],
  },
];
const push = () => ({
  kind: 'push',
  sessionId: 'sess1',
  offer: OFFER,
  tracks: [{ mid: '0', trackName: 'video' }],
});
const answer = () => ({ sessionId: 'sess1', answer: { type: 'answer', sdp: 'v=0\r\n' } });
const close = () => ({ sessionId: 'sess1', mids: ['0'] });

export const REALTIME_ROUTES: Record<string, Probe[]> = {
  'POST /api/inspections/:id/media/session': staff('/session'),
  'POST /api/inspections/:id/media/tracks/new': staff('/tracks/new', push),
  'PUT /api/inspections/:id/media/renegotiate': staff('/renegotiate', answer),
  'PUT /api/inspections/:id/media/tracks/close': staff('/tracks/close', close),
  'POST /api/my/inspections/:id/media/session': mine('/session'),
  'POST /api/my/inspections/:id/media/tracks/new': mine('/tracks/new', push),
  'PUT /api/my/inspections/:id/media/renegotiate': mine('/renegotiate', answer),
  'PUT /api/my/inspections/:id/media/tracks/close': mine('/tracks/close', close),
};
