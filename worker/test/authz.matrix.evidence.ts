/**
 * The authorization matrix: a remote inspection's evidence (云上核查) — recording, stills,
 * signatures, the seal, cancelling, the bundle and its verification. The world's `rmt_a` is
 * scheduled, so an allowed caller is answered with a state refusal (not live, not sealed).
 */
import { STAFF, jpeg, type Probe } from './authz.principals';

const SHA = 'a'.repeat(64);
const REC = 'rec_00000000-0000-4000-8000-000000000000';
const READERS = ['clerk', 'approver', 'inspector', 'inspector2', 'admin'] as const;
const signature = () => ({
  width: 300,
  height: 150,
  strokes: [
    {
      points: [
        { x: 1, y: 2, time: 1 },
        { x: 5, y: 9, time: 30 },
        { x: 9, y: 4, time: 60 },
      ],
    },
  ],
  png: 'data:image/png;base64,iVBORw0KGgo=',
});

export const EVIDENCE_ROUTES: Record<string, Probe[]> = {
  'GET /api/inspections/:id/recordings': [
    {
      name: 'the recording segments of a 潍城区 remote inspection',
      path: (w) => `/api/inspections/${w.remoteA}/recordings`,
      allow: READERS,
    },
  ],
  // Recording, stills, the officers' signature and the seal: the lead officer alone.
  'POST /api/inspections/:id/recordings': [
    {
      name: 'start recording',
      path: (w) => `/api/inspections/${w.remoteA}/recordings`,
      body: () => ({ mimeType: 'video/webm' }),
      allow: ['inspector'],
    },
  ],
  'PUT /api/inspections/:id/recordings/:rid/chunks/:index': [
    {
      name: 'upload a chunk',
      path: (w) => `/api/inspections/${w.remoteA}/recordings/${REC}/chunks/0`,
      body: () => new Uint8Array(100).fill(1),
      headers: { 'content-type': 'video/webm', 'x-content-sha256': SHA },
      allow: ['inspector'],
    },
  ],
  'POST /api/inspections/:id/stills': [
    {
      name: 'take a still',
      path: (w) => `/api/inspections/${w.remoteA}/stills?item=fixed_premises&sha256=${SHA}`,
      body: () => jpeg(),
      headers: { 'content-type': 'image/jpeg' },
      allow: ['inspector'],
    },
  ],
  'POST /api/inspections/:id/signature': [
    {
      name: "the lead's signature",
      path: (w) => `/api/inspections/${w.remoteA}/signature`,
      body: signature,
      allow: ['inspector'],
    },
  ],
  'POST /api/my/inspections/:id/signature': [
    {
      name: "the applicant's signature",
      path: (w) => `/api/my/inspections/${w.remoteA}/signature`,
      body: signature,
      allow: ['applicantA'],
    },
  ],
  'POST /api/inspections/:id/seal': [
    {
      name: 'seal',
      path: (w) => `/api/inspections/${w.remoteA}/seal`,
      body: () => ({ version: 1 }),
      allow: ['inspector'],
    },
  ],
  // Cancelling: the county's clerks and approvers, and the lead (as moving it).
  'POST /api/inspections/:id/cancel': [
    {
      name: 'cancel',
      path: (w) => `/api/inspections/${w.remoteA}/cancel`,
      body: () => ({ version: 1, reason: '申请人撤回申请' }),
      allow: ['clerk', 'approver', 'inspector'],
    },
  ],
  // The bundle: staff who may read the inspection (officers, the county, admins).
  'GET /api/inspections/:id/evidence': [
    {
      name: 'the evidence bundle',
      path: (w) => `/api/inspections/${w.remoteA}/evidence`,
      allow: READERS,
    },
  ],
  'GET /api/inspections/:id/evidence/verdict': [
    {
      name: 'the stored evidence verified',
      path: (w) => `/api/inspections/${w.remoteA}/evidence/verdict`,
      allow: READERS,
    },
  ],
  'POST /api/evidence/verify': [
    {
      name: 'verify an uploaded bundle',
      path: () => '/api/evidence/verify',
      body: () => new TextEncoder().encode('PK not really'),
      headers: { 'content-type': 'application/zip' },
      allow: STAFF,
    },
  ],
};
