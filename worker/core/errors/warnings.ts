/** Refusals about warnings (许可业务预警) and the analysis (办证智能分析). */
import type { ErrorEntry } from './entry';

export const WARNINGS_ERRORS = {
  WARNING_NOT_FOUND: {
    status: 404,
    zh: '预警不存在或已解除。',
    en: 'The warning does not exist or no longer holds.',
  },
  WARNING_ALREADY_ACKNOWLEDGED: {
    status: 409,
    zh: '该预警已被确认。',
    en: 'This warning has already been acknowledged.',
  },
  ANALYSIS_PERIOD_INVALID: {
    status: 400,
    zh: '统计期间无效：起始月份不能晚于结束月份，且不超过 36 个月。',
    en: 'Invalid period: the first month must not be after the last, and at most 36 months.',
  },
} as const satisfies Record<string, ErrorEntry>;
