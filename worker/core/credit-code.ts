/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 1 registration authority,
 * 1 organisation category, 6-digit region code, 9-character organisation code, 1 check character.
 */
import { isRegionCode } from './regions';

/** The 31 characters a code may use: digits and upper-case letters without I O S V Z. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Registration authority codes (登记管理部门) from GB 32100's table: 1 机构编制, 2 外交,
 * 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商 (market regulation), A 中央军委改革和编制办公室,
 * N 农业, Y 其他. Retailers are almost all 9 (92 = individual business), but a licence holder
 * may be any organisation, so the whole table is accepted.
 */
export const REGISTRATION_AUTHORITIES = '123456789ANY';

export type CreditCodeProblem = 'length' | 'charset' | 'authority' | 'region' | 'check_char';

export type CreditCodeResult =
  | { ok: true; value: string }
  | { ok: false; problem: CreditCodeProblem; message: { zh: string; en: string } };

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

// Bodies registered at the national level carry the region code 100000 instead of a province.
const NATIONAL_REGION = '100000';

const MESSAGES: Record<CreditCodeProblem, { zh: string; en: string }> = {
  length: {
    zh: '统一社会信用代码应为18位。',
    en: 'A unified social credit code has 18 characters.',
  },
  charset: {
    zh: '统一社会信用代码只能包含数字和大写字母（不含I、O、S、V、Z）。',
    en: 'The code may only contain digits and capital letters other than I, O, S, V and Z.',
  },
  authority: {
    zh: '统一社会信用代码第1位（登记管理部门代码）无效。',
    en: 'The first character (registration authority) of the code is invalid.',
  },
  region: {
    zh: '统一社会信用代码第3至8位（行政区划码）无效。',
    en: 'Characters 3 to 8 (region code) of the code are invalid.',
  },
  check_char: {
    zh: '统一社会信用代码校验位不正确，请核对是否输错。',
    en: 'The check character does not match; please check for a typing error.',
  },
};

/** The check character for the first 17 characters (throws on characters outside the alphabet). */
export function creditCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('creditCheckChar needs exactly 17 characters');
  let sum = 0;
  for (const [i, w] of WEIGHTS.entries()) {
    const v = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
    if (v < 0) throw new RangeError(`not a credit code character: ${first17.charAt(i)}`);
    sum += v * w;
  }
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Validates a code; input is trimmed and upper-cased first, and `value` is that normalised form. */
export function validateCreditCode(input: string): CreditCodeResult {
  const value = input.trim().toUpperCase();
  const fail = (problem: CreditCodeProblem): CreditCodeResult => ({
    ok: false,
    problem,
    message: MESSAGES[problem],
  });

  if (value.length !== 18) return fail('length');
  for (const ch of value) if (!CREDIT_CODE_ALPHABET.includes(ch)) return fail('charset');
  if (!REGISTRATION_AUTHORITIES.includes(value.charAt(0))) return fail('authority');
  const region = value.slice(2, 8);
  if (region !== NATIONAL_REGION && !isRegionCode(region)) return fail('region');
  if (creditCheckChar(value.slice(0, 17)) !== value.charAt(17)) return fail('check_char');
  return { ok: true, value };
}
