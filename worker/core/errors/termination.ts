/** Refusals about 终止办理 (the bureau ending an undecided case). */
import type { ErrorEntry } from './entry';

export const TERMINATION_ERRORS = {
  TERMINATION_GROUND_MISMATCH: {
    status: 409,
    zh: '所选终止理由与申请当前状态不符：“逾期未提交补正材料”仅适用于待补正的申请。',
    en: 'The ground does not fit the case: "corrections not returned in time" applies only to a case waiting for corrections.',
  },
} as const satisfies Record<string, ErrorEntry>;
