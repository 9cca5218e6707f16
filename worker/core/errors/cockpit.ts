/** Refusals of the bureau's cockpit: the system API's throttle on failed token attempts. */
import type { ErrorEntry } from './entry';

export const COCKPIT_ERRORS = {
  TOKEN_THROTTLED: {
    status: 429,
    zh: '接口令牌验证失败次数过多，请稍后再试；如令牌已更换，请核对调用方配置。',
    en: 'Too many failed API token attempts. Try again later, and check the caller’s token if it was replaced.',
  },
} as const satisfies Record<string, ErrorEntry>;
