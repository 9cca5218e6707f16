/** Refusals of API tokens (接口令牌) and of imports from the bureau's other systems. */
import type { ErrorEntry } from './entry';

export const IMPORTS_ERRORS = {
  TOKEN_REQUIRED: {
    status: 401,
    zh: '缺少接口令牌：请在 Authorization 头中以 Bearer 方式提供。',
    en: 'An API token is required: send it as `Authorization: Bearer <token>`.',
  },
  TOKEN_INVALID: {
    status: 401,
    zh: '接口令牌无效或已被吊销。',
    en: 'The API token is not valid or has been revoked.',
  },
  TOKEN_SCOPE_MISSING: {
    status: 403,
    zh: '该接口令牌没有此操作的权限范围。',
    en: 'This API token does not have the scope this request needs.',
  },
  TOKEN_COUNTY_FORBIDDEN: {
    status: 403,
    zh: '该接口令牌不能访问其他区县的数据。',
    en: 'This API token is limited to other counties.',
  },
  TOKEN_REVOKED: {
    status: 409,
    zh: '该令牌已被吊销。',
    en: 'This token has already been revoked.',
  },
} as const satisfies Record<string, ErrorEntry>;
