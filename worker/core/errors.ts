/**
 * Stable error codes answered by the API as `{error: {code, message}}`.
 * Clients switch on `code`; `message` is for people, in zh-CN or en.
 */
import { ROUTE_ERRORS } from './route/errors';

export const ERRORS = {
  // The route planner's refusals (defined beside it, as it also runs alone in a Web Worker).
  ...ROUTE_ERRORS,
  VALIDATION_FAILED: {
    status: 400,
    zh: '提交的内容有误，请检查后重试。',
    en: 'Some of the input is invalid. Please check and try again.',
  },
  MALFORMED_JSON: {
    status: 400,
    zh: '请求格式不正确。',
    en: 'The request body is not valid JSON.',
  },
  BODY_TOO_LARGE: {
    status: 413,
    zh: '提交的内容过大。',
    en: 'The request body is too large.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    zh: '请求的内容类型不受支持，请以 JSON（application/json）格式提交。',
    en: 'Unsupported content type: send the body as JSON (application/json).',
  },
  CROSS_ORIGIN: {
    status: 403,
    zh: '请求来源不被允许，请从许可微厅页面内操作。',
    en: 'Requests from other sites are not allowed. Please use the Xuke app itself.',
  },
  PHONE_INVALID: {
    status: 400,
    zh: '手机号码格式不正确，请输入11位中国大陆手机号。',
    en: 'The phone number is invalid: enter an 11-digit mainland China mobile number.',
  },
  SMS_RESEND_TOO_SOON: {
    status: 429,
    zh: '验证码已发送，请稍后再重新获取。',
    en: 'A code was just sent. Please wait before asking for another.',
  },
  SMS_CODE_INVALID: {
    status: 400,
    zh: '验证码不正确。',
    en: 'The verification code is wrong.',
  },
  SMS_CODE_EXPIRED: {
    status: 400,
    zh: '验证码已过期或未发送，请重新获取。',
    en: 'The verification code has expired or was never sent. Ask for a new one.',
  },
  SMS_TOO_MANY_ATTEMPTS: {
    status: 429,
    zh: '验证码错误次数过多，请重新获取验证码。',
    en: 'Too many wrong codes. Ask for a new code.',
  },
  RATE_LIMITED: {
    status: 429,
    zh: '操作过于频繁，请稍后再试。',
    en: 'Too many requests. Please try again later.',
  },
  LOGIN_FAILED: {
    status: 401,
    zh: '用户名或密码不正确。',
    en: 'Wrong username or password.',
  },
  LOGIN_THROTTLED: {
    status: 429,
    zh: '登录失败次数较多，为保护账号安全，请稍候再试。',
    en: 'Too many failed sign-ins. To protect the account, please wait before trying again.',
  },
  AUTH_REQUIRED: {
    status: 401,
    zh: '请先登录。',
    en: 'Please sign in.',
  },
  FORBIDDEN: {
    status: 403,
    zh: '您没有权限执行此操作。',
    en: 'You are not allowed to do this.',
  },
  NOT_FOUND: {
    status: 404,
    zh: '未找到相应内容。',
    en: 'Not found.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    zh: '请先修改密码（初始密码或密码已超过有效期）。',
    en: 'Change your password first (it was set for you, or it has expired).',
  },
  PASSWORD_POLICY: {
    status: 400,
    zh: '新密码不符合要求：至少10位，包含大写字母、小写字母、数字、符号中的至少三类，且不含账号名或常见密码。',
    en: 'The new password is too weak: 10+ characters, three of capitals / small letters / digits / symbols, no user name or common password.',
  },
  PASSWORD_WRONG: {
    status: 400,
    zh: '当前密码不正确。',
    en: 'The current password is wrong.',
  },
  USERNAME_TAKEN: {
    status: 409,
    zh: '该账号名已被使用，请换一个。',
    en: 'This user name is taken: choose another.',
  },
  LAST_ADMIN: {
    status: 409,
    zh: '不能停用或降级最后一个在用的管理员账号。',
    en: 'The last active administrator cannot be disabled or given another role.',
  },
  SEARCH_ID_NUMBER_FORBIDDEN: {
    status: 403,
    zh: '您的岗位不能按身份证号查询，请改用姓名、电话或许可证号。',
    en: 'Your role may not search by ID number: search by name, phone or licence number instead.',
  },
  ID_NUMBER_INVALID: {
    status: 400,
    zh: '居民身份证号码无效。',
    en: 'The resident ID number is invalid.',
  },
  CREDIT_CODE_INVALID: {
    status: 400,
    zh: '统一社会信用代码无效。',
    en: 'The unified social credit code is invalid.',
  },
  UNKNOWN_BUSINESS_TYPE: {
    status: 400,
    zh: '不支持的业务事项。',
    en: 'Unknown business type.',
  },
  ILLEGAL_TRANSITION: {
    status: 409,
    zh: '当前状态下不能执行此操作。',
    en: 'This action is not allowed in the current state.',
  },
  INSPECTION_REQUIRED: {
    status: 409,
    zh: '新办须经实地核查（现场或远程）且核查合格后，方可准予许可。请先安排核查。',
    en: 'A new licence is granted only after an inspection (on site or remote) that passed. Arrange the inspection first.',
  },
  PRECONDITION_FAILED: {
    status: 422,
    zh: '不符合办理条件。',
    en: 'The conditions for this application are not met.',
  },
  REALNAME_MISMATCH: {
    status: 422,
    zh: '实名核验未通过：姓名与身份证号码不一致。',
    en: 'Real-name check failed: the name does not match the ID number.',
  },
  REALNAME_ALREADY_BOUND: {
    status: 409,
    zh: '您已完成实名认证，不能自行更改。如身份信息有误，请携带身份证到政务服务窗口办理。',
    en: 'Your real-name identity is already verified and cannot be changed here. To correct it, bring your ID card to the service window.',
  },
  REALNAME_THROTTLED: {
    status: 429,
    zh: '实名认证尝试次数过多，请明天再试，或携带身份证到政务服务窗口办理。',
    en: 'Too many real-name check attempts. Try again tomorrow, or bring your ID card to the service window.',
  },
  LOCATION_OUTSIDE_CITY: {
    status: 422,
    zh: '所选位置不在本市范围内，请在地图上重新选择店铺位置。',
    en: 'The chosen spot is outside the city. Choose the shop’s location on the map again.',
  },
  LOCATION_COUNTY_MISMATCH: {
    status: 422,
    zh: '所选位置不在所选区县范围内，请核对区县或重新选择店铺位置。',
    en: 'The chosen spot is not in the chosen county. Check the county or choose the location again.',
  },
  GEOCODER_UNAVAILABLE: {
    status: 503,
    zh: '地点搜索暂时无法使用。请在地图上直接点选店铺位置，或稍后再试。',
    en: 'Place search is unavailable right now. Tap the shop’s spot on the map, or try again later.',
  },
  REASON_REQUIRED: {
    status: 400,
    zh: '查看完整身份证号码需填写事由。',
    en: 'A reason is required to see the full ID number.',
  },
  GRID_FULL: {
    status: 409,
    zh: '该市场单元已无空余名额，本申请按受理顺序轮候；如需特批，请填写理由。',
    en: 'The market grid has no free place: the application waits its turn in the queue. An override needs a recorded reason.',
  },
  LAYOUT_RULES: {
    status: 409,
    zh: '该地点不符合合理布局的距离要求（与零售户的最小间距或学校周边禁设范围）；如需特批，请填写理由。',
    en: 'The location breaks a layout distance rule (spacing between retailers or the school zone). An override needs a recorded reason.',
  },
  ALREADY_EXTENDED: {
    status: 409,
    zh: '审查期限只能延长一次。',
    en: 'The decision deadline can be extended only once.',
  },
  REALNAME_REQUIRED: {
    status: 422,
    zh: '请先完成实名认证，再提交申请。',
    en: 'Please complete the real-name check before submitting.',
  },
  IDENTITY_MISMATCH: {
    status: 422,
    zh: '申请表中的身份证号码与您实名认证的号码不一致。',
    en: 'The ID number on the form is not the one you verified.',
  },
  CONSENT_REQUIRED: {
    status: 422,
    zh: '提交前请阅读并勾选告知承诺和个人信息处理的同意。',
    en: 'Before submitting, read and tick the promise and the consents to process your personal information.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    zh: '这次提交的编号已用于另一项操作，请刷新后重新操作。',
    en: 'This request’s key was already used for another action. Refresh and try again.',
  },
  ATTACHMENT_TYPE: {
    status: 415,
    zh: '只能上传 JPEG、PNG、WebP 图片或 PDF 文件。',
    en: 'Only JPEG, PNG or WebP images or PDF files can be uploaded.',
  },
  ATTACHMENT_TOO_LARGE: {
    status: 413,
    zh: '文件过大，请压缩后重新上传。',
    en: 'The file is too large. Please compress it and try again.',
  },
  ATTACHMENT_PENDING_LIMIT: {
    status: 429,
    zh: '您近期上传了较多尚未提交的材料。请先提交正在填写的申请（已上传的照片会保留），提交后即可继续上传；如需帮助，请联系办事窗口。',
    en: 'You have many recent uploads not yet on a submitted application. Submit your application first (uploaded photos are kept), then upload more; the service window can help.',
  },
  ATTACHMENT_DAILY_LIMIT: {
    status: 429,
    zh: '您今天上传的材料已达上限，请明天再上传；如急需办理，请联系办事窗口。',
    en: "You have reached today's upload limit. Please upload again tomorrow, or contact the service window if it is urgent.",
  },
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
  CONFLICT: {
    status: 409,
    zh: '数据已被他人修改，请刷新后重试。',
    en: 'The data was changed by someone else. Refresh and try again.',
  },
  DEV_DISABLED: {
    status: 404,
    zh: '未找到相应内容。',
    en: 'Not found.',
  },
  IMPORT_REJECTED_ROWS: {
    status: 422,
    zh: '导入数据中有不合格的行，未导入任何数据。请先修正后重新导入。',
    en: 'Some rows are invalid: nothing was imported. Fix them and import again.',
  },
  IMPORT_TOO_LARGE: {
    status: 413,
    zh: '单次导入的行数过多，请分文件导入。',
    en: 'Too many rows for one import: split the file.',
  },
  OVERRIDE_REASON_REQUIRED: {
    status: 400,
    zh: '人工调整承载量须填写理由。',
    en: 'A manual capacity override needs a reason.',
  },
  LICENCE_NOT_ACTIVE: {
    status: 409,
    zh: '该许可证当前不在有效状态（已注销、停业或已过期），不能出示电子许可证。',
    en: 'This licence is not in force (cancelled, suspended or expired): it has no e-licence.',
  },
  PDF_FONT_MISSING: {
    status: 503,
    zh: '暂时无法生成 PDF（字库文件不可用），请稍后再试或使用页面打印。',
    en: 'The PDF cannot be made right now (its font is unavailable). Try later or print the page.',
  },
  DOCUMENT_SUPERSEDED: {
    status: 409,
    zh: '该文书已被更正，请在更正后的文书上操作。',
    en: 'This document has already been corrected: work on the document that replaced it.',
  },
  RATING_NOT_FINISHED: {
    status: 409,
    zh: '该事项尚未办结，办结后方可评价。',
    en: 'This case is not finished yet: it can be rated once it is.',
  },
  RATING_WINDOW_CLOSED: {
    status: 409,
    zh: '已超过评价期限（办结后5个工作日内），该事项不能再评价。',
    en: 'The rating period is over (5 working days after the case ended): it can no longer be rated.',
  },
  RATING_EXISTS: {
    status: 409,
    zh: '该事项已评价，每个事项只能评价一次。',
    en: 'This case has already been rated: each case is rated once.',
  },
  RATING_PHOTO_INVALID: {
    status: 422,
    zh: '评价照片须为您本人上传、尚未使用的图片（JPEG、PNG 或 WebP）。',
    en: 'The photo must be an image (JPEG, PNG or WebP) you uploaded and have not used yet.',
  },
  FOLLOWUP_OTHER_UNIT: {
    status: 403,
    zh: '该差评回访由案件所属区县的窗口人员办理，您不能回复其他区县的回访。',
    en: 'This follow-up belongs to the case’s own county: you cannot reply to another county’s follow-up.',
  },
  FOLLOWUP_REPLIED: {
    status: 409,
    zh: '该回访已书面答复，不能重复答复。',
    en: 'This follow-up has already been answered in writing.',
  },
  FOLLOWUP_NOT_REPLIED: {
    status: 409,
    zh: '办理单位尚未答复，答复后方可反馈整改结果。',
    en: 'The unit has not replied yet: you can say whether it was resolved once it has.',
  },
  RESOLUTION_EXISTS: {
    status: 409,
    zh: '您已反馈过整改结果。',
    en: 'You have already said whether this was resolved.',
  },
  PUSH_ENDPOINT_INVALID: {
    status: 400,
    zh: '推送地址无效：只接受浏览器推送服务的 https 地址。',
    en: 'Invalid push endpoint: only https addresses of a browser push service are accepted.',
  },
  PUSH_KEY_INVALID: {
    status: 400,
    zh: '推送密钥格式不正确（p256dh 须为 65 字节的 P-256 公钥，auth 须为 16 字节）。',
    en: 'Malformed push keys (p256dh must be a 65-byte P-256 public key, auth 16 bytes).',
  },
  PHONE_TAKEN: {
    status: 409,
    zh: '该手机号已绑定其他账号，不能换绑。',
    en: 'That phone number belongs to another account.',
  },
  PHONE_UNCHANGED: {
    status: 400,
    zh: '新手机号与原手机号相同。',
    en: 'The new phone number is the same as the current one.',
  },
  PHONE_CHANGE_CODE_INVALID: {
    status: 400,
    zh: '原手机号或新手机号的验证码不正确或已过期，请重新获取。',
    en: 'The code for the old or the new phone is wrong or has expired. Ask for new codes.',
  },
  GUIDE_VERSION_STALE: {
    status: 409,
    zh: '办事指南已被他人更新，请刷新后在最新版本上修改。',
    en: 'Someone saved a newer version of this guide: reload and edit the latest one.',
  },
  THREAD_NOT_OPEN: {
    status: 409,
    zh: '草稿尚未提交，提交申请后才能给窗口留言。',
    en: 'This is still a draft: messages to the bureau open once it is submitted.',
  },
  THREAD_PHOTO_INVALID: {
    status: 400,
    zh: '留言照片无效：请先上传一张照片（JPEG、PNG 或 WebP）再发送。',
    en: 'Invalid photo: upload a photo (JPEG, PNG or WebP) first, then send.',
  },
  INTERNAL: {
    status: 500,
    zh: '服务暂时出现问题，请稍后再试。',
    en: 'Something went wrong on our side. Please try again later.',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;

export type Locale = 'zh-CN' | 'en';

/** The human message for an error code in the caller's locale. */
export function errorMessage(code: ErrorCode, locale: Locale): string {
  const e = ERRORS[code];
  return locale === 'en' ? e.en : e.zh;
}

/** Shape of every error body the API answers. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    requestId?: string;
    /** Field-level problems, e.g. `[{path: 'phone', message: '...'}]`. */
    issues?: { path: string; message: string }[];
    /** How long to wait before trying again (also sent as `Retry-After` with a 429). */
    retryAfterSeconds?: number;
  };
}
