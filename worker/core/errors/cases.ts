/** Refusals about an application (申请): identity, business type, location, grid and layout rules, attachments and the case's state. */
import type { ErrorEntry } from './entry';

export const CASES_ERRORS = {
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
} as const satisfies Record<string, ErrorEntry>;
