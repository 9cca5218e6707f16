/** Refusals about a remote inspection's evidence: recording, stills, signatures, seal, bundle. */
import type { ErrorEntry } from './entry';

export const EVIDENCE_ERRORS = {
  EVIDENCE_CONSENT_FIRST: {
    status: 409,
    zh: '申请人同意录像之前不能开始录像或截图。',
    en: 'Recording and stills start only after the applicant consented to the recording.',
  },
  EVIDENCE_NOT_LIVE: {
    status: 409,
    zh: '该远程视频核查未在进行中。',
    en: 'This remote video inspection is not in progress.',
  },
  EVIDENCE_SEALED: {
    status: 409,
    zh: '该远程视频核查已签章归档，证据不能再更改。',
    en: 'This remote video inspection is sealed; its evidence can no longer change.',
  },
  EVIDENCE_RECORDING_LIMIT: {
    status: 409,
    zh: '本次核查的录像段数已达上限。',
    en: 'This inspection has reached its limit of recording segments.',
  },
  EVIDENCE_CHUNK_GAP: {
    status: 409,
    zh: '录像片段顺序不连续：请先上传前面的片段。',
    en: 'The recording chunk is out of order: upload the earlier chunks first.',
  },
  EVIDENCE_CHUNK_HASH: {
    status: 422,
    zh: '录像片段的校验值与内容不符。',
    en: "The recording chunk's hash does not match its bytes.",
  },
  EVIDENCE_CHUNK_CONFLICT: {
    status: 409,
    zh: '该序号的录像片段已以不同内容上传。',
    en: 'A chunk with this index was already uploaded with different bytes.',
  },
  EVIDENCE_CHUNK_TOO_LARGE: {
    status: 413,
    zh: '录像片段过大。',
    en: 'The recording chunk is too large.',
  },
  EVIDENCE_CHUNK_EMPTY: {
    status: 422,
    zh: '录像片段为空。',
    en: 'The recording chunk is empty.',
  },
  EVIDENCE_STILL_INVALID: {
    status: 422,
    zh: '截图须为不超过 6 MB 的图片，且校验值与内容相符。',
    en: 'A still must be an image of at most 6 MB whose hash matches its bytes.',
  },
  EVIDENCE_STILL_LIMIT: {
    status: 409,
    zh: '该核查项的截图已达上限。',
    en: 'This checklist item has reached its limit of stills.',
  },
  EVIDENCE_UNKNOWN_ITEM: {
    status: 422,
    zh: '核查清单中没有该项。',
    en: 'The checklist has no such item.',
  },
  EVIDENCE_CHECKLIST_UNFINISHED: {
    status: 409,
    zh: '核查清单尚未全部完成（含必需的截图），不能签名。',
    en: 'The checklist is not finished (including required stills): signing must wait.',
  },
  EVIDENCE_ALREADY_SIGNED: {
    status: 409,
    zh: '已签名，不能再更改。',
    en: 'Already signed; it can no longer change.',
  },
  EVIDENCE_SIGNATURES_MISSING: {
    status: 409,
    zh: '核查人员和申请人都签名后才能签章归档。',
    en: 'Both the inspector and the applicant must sign before the seal.',
  },
  EVIDENCE_NOT_SEALED: {
    status: 409,
    zh: '该远程视频核查尚未签章归档，没有证据包。',
    en: 'This remote video inspection is not sealed yet; there is no evidence bundle.',
  },
  EVIDENCE_SEAL_UNAVAILABLE: {
    status: 503,
    zh: '签章密钥未配置，暂不能签章。',
    en: 'The seal key is not configured; sealing is unavailable.',
  },
  EVIDENCE_BUNDLE_INVALID: {
    status: 422,
    zh: '上传的文件不是证据包（ZIP）。',
    en: 'The uploaded file is not an evidence bundle (ZIP).',
  },
  EVIDENCE_BUNDLE_TOO_LARGE: {
    status: 413,
    zh: '证据包过大，请使用离线校验命令。',
    en: 'The bundle is too large for this page; use the offline verify command.',
  },
} as const satisfies Record<string, ErrorEntry>;
