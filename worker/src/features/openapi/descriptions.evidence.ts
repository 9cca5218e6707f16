/** What a remote inspection's evidence routes do (recording, stills, signatures, seal, bundle). */
import { d, type RouteDescription } from './openapi.describe';

const NF = ['NOT_FOUND'] as const;
const LIVE = [...NF, 'EVIDENCE_NOT_LIVE', 'EVIDENCE_SEALED'] as const;

export const EVIDENCE_DESCRIPTIONS: Record<string, RouteDescription> = {
  'GET /api/inspections/:id/recordings': d(
    '录像分段',
    'The recording segments and their progress.',
    {
      errors: NF,
    },
  ),
  'POST /api/inspections/:id/recordings': d('开始录像', 'Starts a recording segment (lead).', {
    status: '201',
    errors: [...LIVE, 'EVIDENCE_CONSENT_FIRST', 'EVIDENCE_RECORDING_LIMIT'],
  }),
  'PUT /api/inspections/:id/recordings/:rid/chunks/:index': d(
    '上传录像片段',
    'Appends one chained recording chunk (idempotent by index and hash).',
    {
      upload: 'video/webm',
      errors: [
        ...LIVE,
        'EVIDENCE_CHUNK_GAP',
        'EVIDENCE_CHUNK_HASH',
        'EVIDENCE_CHUNK_CONFLICT',
        'EVIDENCE_CHUNK_TOO_LARGE',
        'EVIDENCE_CHUNK_EMPTY',
      ],
    },
  ),
  'POST /api/inspections/:id/stills': d('截图', 'A still of the applicant’s camera for an item.', {
    status: '201',
    upload: 'image/jpeg',
    errors: [...LIVE, 'EVIDENCE_STILL_INVALID', 'EVIDENCE_STILL_LIMIT', 'EVIDENCE_UNKNOWN_ITEM'],
  }),
  'POST /api/inspections/:id/signature': d('核查人员签名', 'The lead inspector signs.', {
    status: '201',
    errors: [...LIVE, 'EVIDENCE_CHECKLIST_UNFINISHED', 'EVIDENCE_ALREADY_SIGNED'],
  }),
  'POST /api/my/inspections/:id/signature': d('申请人签名', 'The applicant signs.', {
    status: '201',
    errors: [...LIVE, 'EVIDENCE_CHECKLIST_UNFINISHED', 'EVIDENCE_ALREADY_SIGNED'],
  }),
  'POST /api/inspections/:id/seal': d('签章归档', 'Seals the evidence and records the result.', {
    errors: [...LIVE, 'CONFLICT', 'EVIDENCE_SIGNATURES_MISSING', 'EVIDENCE_SEAL_UNAVAILABLE'],
  }),
  'POST /api/inspections/:id/cancel': d('取消远程核查', 'Cancels a scheduled one, with a reason.', {
    errors: [...NF, 'CONFLICT', 'ILLEGAL_TRANSITION'],
  }),
  'GET /api/inspections/:id/evidence': d('证据包', 'The evidence bundle (ZIP), audited.', {
    answersType: 'application/zip',
    errors: [...NF, 'EVIDENCE_NOT_SEALED'],
  }),
  'GET /api/inspections/:id/evidence/verdict': d('校验已存证据', 'Verifies the stored bundle.', {
    errors: [...NF, 'EVIDENCE_NOT_SEALED', 'EVIDENCE_SEAL_UNAVAILABLE'],
  }),
  'POST /api/evidence/verify': d('校验证据包', 'Verifies an uploaded bundle.', {
    upload: 'application/zip',
    errors: ['EVIDENCE_BUNDLE_INVALID', 'EVIDENCE_BUNDLE_TOO_LARGE', 'EVIDENCE_SEAL_UNAVAILABLE'],
  }),
};
