/**
 * Resident identity card number (公民身份号码, GB 11643-1999): 6-digit region code, 8-digit birth
 * date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check character.
 */
import { compareDates, isIsoDate, todayInChina } from './dates';
import { isRegionCode } from './regions';

export type IdNumberProblem =
  'length' | 'charset' | 'region' | 'birth_date' | 'birth_future' | 'check_digit';

export type IdNumberResult =
  | {
      ok: true;
      /** Normalised: trimmed, check character upper-case. */
      value: string;
      birth: string;
      sex: 'male' | 'female';
      regionCode: string;
    }
  | { ok: false; problem: IdNumberProblem; message: { zh: string; en: string } };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

const MESSAGES: Record<IdNumberProblem, { zh: string; en: string }> = {
  length: {
    zh: '身份证号码应为18位（15位旧号码已停止使用）。',
    en: 'An ID number has 18 characters (old 15-digit numbers are no longer accepted).',
  },
  charset: {
    zh: '身份证号码前17位应为数字，最后一位为数字或X。',
    en: 'The first 17 characters must be digits and the last a digit or X.',
  },
  region: {
    zh: '身份证号码的地区码无效。',
    en: 'The region code of the ID number is invalid.',
  },
  birth_date: {
    zh: '身份证号码中的出生日期无效。',
    en: 'The date of birth in the ID number is invalid.',
  },
  birth_future: {
    zh: '身份证号码中的出生日期晚于今天。',
    en: 'The date of birth in the ID number is in the future.',
  },
  check_digit: {
    zh: '身份证号码校验位不正确，请核对是否输错。',
    en: 'The check character does not match; please check for a typing error.',
  },
};

/** The MOD 11-2 check character ('0'–'9' or 'X') for the first 17 digits. */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idCheckDigit needs exactly 17 digits');
  let sum = 0;
  for (const [i, w] of WEIGHTS.entries()) sum += Number(first17.charAt(i)) * w;
  return CHECK_CHARS.charAt(sum % 11);
}

/**
 * Validates an 18-character ID number. `today` (YYYY-MM-DD, China time) bounds the birth date;
 * it defaults to the current date so callers in tests should pass it.
 */
export function validateIdNumber(input: string, today?: string): IdNumberResult {
  const value = input.trim().toUpperCase();
  const fail = (problem: IdNumberProblem): IdNumberResult => ({
    ok: false,
    problem,
    message: MESSAGES[problem],
  });

  if (value.length !== 18) return fail('length');
  if (!/^\d{17}[\dX]$/.test(value)) return fail('charset');
  const regionCode = value.slice(0, 6);
  if (!isRegionCode(regionCode)) return fail('region');

  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  // Nobody alive was born before 1900; earlier years are typing errors.
  if (!isIsoDate(birth) || birth < '1900-01-01') return fail('birth_date');
  if (compareDates(birth, today ?? todayInChina(new Date())) > 0) return fail('birth_future');

  if (idCheckDigit(value.slice(0, 17)) !== value[17]) return fail('check_digit');

  return {
    ok: true,
    value,
    birth,
    sex: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    regionCode,
  };
}
