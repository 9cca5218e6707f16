/** Refusals of the open API's integrations: outgoing webhooks. */
import type { ErrorEntry } from './entry';

export const INTEGRATION_ERRORS = {
  WEBHOOK_URL_REFUSED: {
    status: 400,
    zh: '回调地址不可用：须为 https 地址，且不能指向内网或本机。',
    en: 'This webhook URL cannot be used: it must be https and must not point to a private or local address.',
  },
  WEBHOOK_DELIVERY_NOT_FAILED: {
    status: 409,
    zh: '只有投递失败的记录可以重新投递。',
    en: 'Only a delivery that has failed can be sent again.',
  },
} as const satisfies Record<string, ErrorEntry>;
