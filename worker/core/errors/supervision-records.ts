/** Refusals of a licence's supervision record: penalties (行政处罚) and complaints. */
import type { ErrorEntry } from './entry';

export const SUPERVISION_RECORD_ERRORS = {
  SUPERVISION_DATE_INVALID: {
    status: 422,
    zh: '日期须在许可证发证之日至今天之间。',
    en: 'The date must fall between the licence’s issue and today.',
  },
  SUPERVISION_LICENCE_CANCELLED: {
    status: 409,
    zh: '该许可证已注销，不再登记处罚或投诉。',
    en: 'This licence is cancelled: no penalty or complaint is recorded on it any more.',
  },
} as const satisfies Record<string, ErrorEntry>;
