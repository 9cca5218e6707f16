/** Refusals about inspections (核查): tasks, on-site records, remote video inspections and 双随机 supervision. */
import type { ErrorEntry } from './entry';

export const INSPECTIONS_ERRORS = {
  INVALID_INSPECTORS: {
    status: 422,
    zh: '请选择本辖区两名及以上核查人员。',
    en: 'Choose two or more inspectors of this county.',
  },
  TASK_OFFICERS: {
    status: 422,
    zh: '实地核查须由本辖区两名及以上核查人员进行（远程核查至少一名），且不得重复。',
    en: 'An on-site check needs two or more different inspectors of the county (a remote one at least one).',
  },
  TASK_WINDOW_INVALID: {
    status: 422,
    zh: '约定时间不正确：结束时间须晚于开始时间，日期不得早于今天。',
    en: 'The appointment is wrong: it must end after it starts, on today or a later day.',
  },
  CHECKLIST_INCOMPLETE: {
    status: 422,
    zh: '核查清单未填写完整，或清单版本已更新，请逐项填写后再提交。',
    en: 'The checklist is incomplete or its version changed: answer every item, then send.',
  },
  PHOTO_NOT_IMAGE: {
    status: 415,
    zh: '现场照片只能是 JPEG、PNG 或 WebP 图片，所选文件不是图片。',
    en: 'An on-site photo must be a JPEG, PNG or WebP image; this file is not an image.',
  },
  PHOTO_TOO_LARGE: {
    status: 413,
    zh: '照片过大，请重新拍摄（应用会自动压缩）。',
    en: 'The photo is too large; take it again (the app compresses it).',
  },
  PHOTO_LIMIT: {
    status: 422,
    zh: '本次核查的照片已达上限。',
    en: 'This check already has the most photos it may have.',
  },
  RECORD_PHOTOS_MISSING: {
    status: 409,
    zh: '记录所附的照片尚未全部上传，稍后将自动重试。',
    en: 'Some photos of the record have not arrived yet; it will be sent again shortly.',
  },
  SIGNATURE_INVALID: {
    status: 422,
    zh: '店主签字不完整：请让店主签字并填写姓名，或选择“拒绝签字”并写明原因。',
    en: "The owner's signature is incomplete: sign and type the name, or choose 'refused to sign' with a reason.",
  },
  RECORD_SELF_CONFIRM: {
    status: 403,
    zh: '核查记录须由另一名核查人员确认，不能确认自己提交的记录。',
    en: 'Another officer must confirm the record; you cannot confirm your own.',
  },
  RECORD_NOT_AWAITING: {
    status: 409,
    zh: '该核查记录已确认或已退回，无需再次操作。',
    en: 'This record was already confirmed or returned; nothing to do.',
  },
  TASK_BOUND_TO_CASE: {
    status: 409,
    zh: '该核查任务由案件安排，不能单独取消；请重新指派核查人员，或在案件中录入核查结果。',
    en: 'This check was arranged by a case and cannot be cancelled on its own: reassign it, or record its result on the case.',
  },
  REMOTE_CASE_STATUS: {
    status: 409,
    zh: '只有处于核查阶段的案件才能登记远程视频核查。',
    en: 'Only a case in its inspection step can have a remote video inspection registered.',
  },
  REMOTE_PHONE_MISMATCH: {
    status: 422,
    zh: '联系电话须为该案件申请人已验证的手机号码。',
    en: "The phone must be the verified mobile number of the case's applicant.",
  },
  REMOTE_CHECKLIST: {
    status: 422,
    zh: '所选核查清单版本不存在，或与案件的事项不符。',
    en: "The checklist version does not exist or does not fit the case's business type.",
  },
  REMOTE_APPOINTMENT_INVALID: {
    status: 422,
    zh: '预约时间不正确：不得早于今天，且不得晚于核查截止日期。',
    en: 'The appointment is wrong: it must be today or later, and not after the deadline.',
  },
  REMOTE_ALREADY_OPEN: {
    status: 409,
    zh: '该案件已有未完成的远程视频核查。',
    en: 'This case already has a remote video inspection that is not finished.',
  },
  REMOTE_CLOSED: {
    status: 409,
    zh: '该远程视频核查已结束或已取消。',
    en: 'This remote video inspection has ended or was cancelled.',
  },
  SUPERVISION_PERIOD_INVALID: {
    status: 422,
    zh: '抽查期间不正确：结束日期不得早于开始日期，开始日期不得早于今天，且期间不超过一年。',
    en: 'The plan period is wrong: it must end on or after its start, start today or later, and last at most a year.',
  },
  SUPERVISION_SIZE_INVALID: {
    status: 422,
    zh: '请填写抽查比例（大于 0%，不超过 100%）或抽查户数（二者选一）。',
    en: 'Give either a share (above 0%, at most 100%) or a number of retailers to inspect, not both.',
  },
  SUPERVISION_AREA_INVALID: {
    status: 422,
    zh: '请选择抽查区域（本辖区的一个县市区，或全市）。',
    en: 'Choose the area: a county-level unit of your scope, or the whole city.',
  },
  SUPERVISION_POPULATION_EMPTY: {
    status: 422,
    zh: '该区域目前没有持有效许可证的零售户，无法抽查。',
    en: 'There is no licensed retailer in force in this area to draw from.',
  },
  SUPERVISION_COUNT_TOO_LARGE: {
    status: 422,
    zh: '抽查户数超过了该区域持证零售户的数量，请减少户数。',
    en: 'More retailers asked for than the area has licensed: lower the number.',
  },
  SUPERVISION_TOO_FEW_INSPECTORS: {
    status: 422,
    zh: '该区域可随机配对的核查人员不足（需两名及以上且排除回避关系），无法完成抽查。',
    en: 'Too few inspectors can be paired in this area (two or more, conflicts excluded) to draw this plan.',
  },
  SUPERVISION_CONFLICT_INVALID: {
    status: 422,
    zh: '回避登记须为本辖区的核查人员和持证零售户。',
    en: 'A conflict needs an inspector and a licensed retailer of your counties.',
  },
} as const satisfies Record<string, ErrorEntry>;
