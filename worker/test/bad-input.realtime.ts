/** Bad input for a call's SFU media proxy (云上核查): every body wrong in one way. */
import type { BadCase } from './bad-input.remote';

const OFFER = { type: 'offer', sdp: 'v=0\r\n' };
const tracks = (who: 'inspector' | 'applicantA', body: unknown, name: string): BadCase => ({
  name: `sfu media (${who}): ${name}`,
  who,
  path: (w) => `/api/${who === 'inspector' ? '' : 'my/'}inspections/${w.remoteA}/media/tracks/new`,
  body,
  code: 'VALIDATION_FAILED',
});
const push = (extra: Record<string, unknown>) => ({
  kind: 'push',
  sessionId: 'sess1',
  offer: OFFER,
  tracks: [{ mid: '0', trackName: 'video' }],
  ...extra,
});

export const REALTIME_BAD_CASES: BadCase[] = [
  tracks('inspector', { ...push({}), kind: 'publish' }, 'an unknown kind'),
  tracks('inspector', push({ sessionId: '../other' }), 'a session id with a path in it'),
  tracks('inspector', push({ offer: { type: 'answer', sdp: 'v=0' } }), 'an answer for an offer'),
  tracks('inspector', push({ offer: { type: 'offer', sdp: '' } }), 'an empty SDP'),
  tracks('inspector', push({ offer: { type: 'offer', sdp: 'x'.repeat(60_001) } }), 'a huge SDP'),
  tracks('inspector', push({ tracks: [] }), 'nothing to publish'),
  tracks(
    'inspector',
    push({ tracks: Array.from({ length: 5 }, (_, i) => ({ mid: `${i}`, trackName: `t${i}` })) }),
    'five tracks at once',
  ),
  tracks(
    'inspector',
    push({ tracks: [{ mid: '0', trackName: 'cam era' }] }),
    'a track name with a space',
  ),
  tracks('inspector', push({ secret: 'x' }), 'a field the route does not name'),
  tracks('applicantA', { kind: 'pull', sessionId: 'sess1', tracks: [] }, 'pulling nothing'),
  tracks(
    'applicantA',
    { kind: 'pull', sessionId: 'sess1', tracks: [{ trackName: 'video' }] },
    'a pull without the owner’s session',
  ),
  {
    name: 'sfu media (inspector): renegotiating with an offer',
    who: 'inspector',
    method: 'PUT',
    path: (w) => `/api/inspections/${w.remoteA}/media/renegotiate`,
    body: { sessionId: 'sess1', answer: OFFER },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'sfu media (applicantA): closing no track',
    who: 'applicantA',
    method: 'PUT',
    path: (w) => `/api/my/inspections/${w.remoteA}/media/tracks/close`,
    body: { sessionId: 'sess1', mids: [] },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'sfu media (inspector): a position frame’s worth of text as JSON',
    who: 'inspector',
    method: 'PUT',
    path: (w) => `/api/inspections/${w.remoteA}/media/tracks/close`,
    body: 'lat=36.7',
    headers: { 'content-type': 'text/plain' },
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
];
