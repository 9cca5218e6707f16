/** Refusals of the bureau's settings: SOPs and their decision levels, licence number patterns. */
import type { ErrorEntry } from './entry';

export const SETTINGS_ERRORS = {
  SOP_PROMISE_EXCEEDS_LAW: {
    status: 422,
    zh: '承诺时限不能超过法定时限。',
    en: 'A promised limit cannot be longer than the statutory one.',
  },
  SOP_INVALID: {
    status: 422,
    zh: '办理规程设置不完整或不一致，请检查后重试。',
    en: 'The procedure is incomplete or inconsistent. Check it and try again.',
  },
  DECISION_LEVELS_PENDING: {
    status: 409,
    zh: '按本案适用的办理规程，决定前还需前一级意见。',
    en: 'Under this case’s procedure, an earlier level must give its opinion before the decision.',
  },
  OPINION_NOT_DUE: {
    status: 409,
    zh: '该层级的意见现在不能录入（不在审查决定阶段、已录入或前一级尚未录入）。',
    en: 'This level’s opinion cannot be recorded now (not at the decision, already recorded, or the level before is missing).',
  },
  OPINION_SAME_PERSON: {
    status: 409,
    zh: '同一人不能在同一案件的两个层级签署意见。',
    en: 'One person cannot sign two levels of the same case.',
  },
  LICENCE_PATTERN_INVALID: {
    status: 422,
    zh: '许可证号规则无效：须含顺序号 {seq:n}，只能用 {county}、{year}、数字、大写字母和连字符。',
    en: 'Invalid licence number pattern: it needs a sequence {seq:n} and may use only {county}, {year}, digits, capital letters and hyphens.',
  },
} as const satisfies Record<string, ErrorEntry>;
