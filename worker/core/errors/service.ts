/** Refusals of the services around a licence: documents (文书), ratings (好差评), reminders, phone change, the guide and the case thread. */
import type { ErrorEntry } from './entry';

export const SERVICE_ERRORS = {
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
} as const satisfies Record<string, ErrorEntry>;
