/** Refusals of the request itself: its shape, its origin, sign-in, sessions, rate limits and passwords. */
import type { ErrorEntry } from './entry';

export const REQUEST_ERRORS = {
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
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    zh: '这次提交的编号已用于另一项操作，请刷新后重新操作。',
    en: 'This request’s key was already used for another action. Refresh and try again.',
  },
  INTERNAL: {
    status: 500,
    zh: '服务暂时出现问题，请稍后再试。',
    en: 'Something went wrong on our side. Please try again later.',
  },
} as const satisfies Record<string, ErrorEntry>;
