/** Bad input for a remote inspection's evidence: chunks, stills, signatures, seal, cancel, bundles. */
import type { BadCase } from './bad-input.remote';
import { jpeg } from './authz.principals';

const SHA = 'b'.repeat(64);
const REC = 'rec_00000000-0000-4000-8000-000000000000';
const chunk = (name: string, o: Partial<BadCase> & { index?: string; rid?: string }): BadCase => ({
  name: `evidence chunk: ${name}`,
  who: 'inspector',
  method: 'PUT',
  path: (w) => `/api/inspections/${w.remoteA}/recordings/${o.rid ?? REC}/chunks/${o.index ?? '0'}`,
  body: o.body ?? new Uint8Array(64).fill(2),
  headers: o.headers ?? { 'content-type': 'video/webm', 'x-content-sha256': SHA },
  code: o.code ?? 'VALIDATION_FAILED',
});

const strokes = [
  {
    points: [
      { x: 1, y: 2, time: 1 },
      { x: 5, y: 9, time: 30 },
      { x: 9, y: 4, time: 60 },
    ],
  },
];
const sig = (extra: Record<string, unknown>) => ({
  width: 300,
  height: 150,
  strokes,
  png: 'data:image/png;base64,iVBORw0KGgo=',
  ...extra,
});

export const EVIDENCE_BAD_CASES: BadCase[] = [
  chunk('an index that is not a number', { index: 'first' }),
  chunk('a negative index', { index: '-1' }),
  chunk('an index past the limit', { index: '4000' }),
  chunk('a recording id of another shape', { rid: 'rec_1' }),
  chunk('no hash header', {
    headers: { 'content-type': 'video/webm' },
    code: 'EVIDENCE_CHUNK_HASH',
  }),
  chunk('a hash that is not hex', {
    headers: { 'content-type': 'video/webm', 'x-content-sha256': 'z'.repeat(64) },
    code: 'EVIDENCE_CHUNK_HASH',
  }),
  chunk('sent as JSON', {
    headers: { 'content-type': 'application/json', 'x-content-sha256': SHA },
    code: 'UNSUPPORTED_MEDIA_TYPE',
  }),
  chunk('past the size limit', {
    body: new Uint8Array(4 * 1024 * 1024 + 1),
    code: 'EVIDENCE_CHUNK_TOO_LARGE',
  }),
  chunk('while the inspection is still to come', { code: 'EVIDENCE_NOT_LIVE' }),
  {
    name: 'evidence recording: a container other than MP4 or WebM',
    who: 'inspector',
    path: (w) => `/api/inspections/${w.remoteA}/recordings`,
    body: { mimeType: 'video/x-msvideo' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'evidence recording: a field the schema does not know',
    who: 'inspector',
    path: (w) => `/api/inspections/${w.remoteA}/recordings`,
    body: { mimeType: 'video/webm', start: 0 },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'evidence recording: before the call began',
    who: 'inspector',
    path: (w) => `/api/inspections/${w.remoteA}/recordings`,
    body: { mimeType: 'video/webm' },
    code: 'EVIDENCE_NOT_LIVE',
  },
  {
    name: 'evidence still: no hash',
    who: 'inspector',
    path: (w) => `/api/inspections/${w.remoteA}/stills?item=fixed_premises`,
    body: jpeg(),
    headers: { 'content-type': 'image/jpeg' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'evidence still: declared as text',
    who: 'inspector',
    path: (w) => `/api/inspections/${w.remoteA}/stills?item=fixed_premises&sha256=${SHA}`,
    body: jpeg(),
    headers: { 'content-type': 'text/plain' },
    code: 'EVIDENCE_STILL_INVALID',
  },
  {
    name: 'evidence signature: no strokes',
    who: 'inspector',
    path: (w) => `/api/inspections/${w.remoteA}/signature`,
    body: sig({ strokes: [] }),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'evidence signature: a point without its time',
    who: 'inspector',
    path: (w) => `/api/inspections/${w.remoteA}/signature`,
    body: sig({ strokes: [{ points: [{ x: 1, y: 2 }] }] }),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'evidence signature: a render that is not a PNG data URL',
    who: 'inspector',
    path: (w) => `/api/inspections/${w.remoteA}/signature`,
    body: sig({ png: 'https://example.com/x.png' }),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'evidence signature: another applicant’s inspection',
    who: 'applicantB',
    path: (w) => `/api/my/inspections/${w.remoteA}/signature`,
    body: sig({}),
    code: 'NOT_FOUND',
  },
  {
    name: 'evidence signature: before the call began',
    who: 'applicantA',
    path: (w) => `/api/my/inspections/${w.remoteA}/signature`,
    body: sig({}),
    code: 'EVIDENCE_NOT_LIVE',
  },
  {
    name: 'evidence seal: version zero',
    who: 'inspector',
    path: (w) => `/api/inspections/${w.remoteA}/seal`,
    body: { version: 0 },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'evidence seal: before the call began',
    who: 'inspector',
    path: (w) => `/api/inspections/${w.remoteA}/seal`,
    body: { version: 1 },
    code: 'EVIDENCE_NOT_LIVE',
  },
  {
    name: 'remote cancel: without a reason',
    who: 'clerk',
    path: (w) => `/api/inspections/${w.remoteA}/cancel`,
    body: { version: 1, reason: '' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'remote cancel: a reason with markup',
    who: 'clerk',
    path: (w) => `/api/inspections/${w.remoteA}/cancel`,
    body: { version: 1, reason: '<script>x</script>' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'remote cancel: a stale version',
    who: 'clerk',
    path: (w) => `/api/inspections/${w.remoteA}/cancel`,
    body: { version: 9, reason: '申请人撤回申请' },
    code: 'CONFLICT',
  },
  {
    name: 'evidence bundle: not sealed yet',
    who: 'clerk',
    path: (w) => `/api/inspections/${w.remoteA}/evidence`,
    code: 'EVIDENCE_NOT_SEALED',
  },
  {
    name: 'evidence bundle: another county’s clerk',
    who: 'clerkKuiwen',
    path: (w) => `/api/inspections/${w.remoteA}/evidence`,
    code: 'NOT_FOUND',
  },
  {
    name: 'evidence verify: a bundle sent as JSON',
    who: 'clerk',
    path: '/api/evidence/verify',
    body: { manifest: {} },
    code: 'EVIDENCE_BUNDLE_INVALID',
  },
  {
    name: 'evidence verify: bytes that are not a ZIP',
    who: 'clerk',
    path: '/api/evidence/verify',
    body: new TextEncoder().encode('just text'),
    headers: { 'content-type': 'application/zip' },
    code: 'EVIDENCE_BUNDLE_INVALID',
  },
];
