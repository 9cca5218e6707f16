/** Synthetic people and businesses: names, valid ID numbers, phones, credit codes. */
import { CREDIT_CODE_ALPHABET, creditCheckChar } from '../../core/credit-code';
import { addCalendarDays } from '../../core/dates';
import { idCheckDigit } from '../../core/id-number';
import { FEMALE_GIVEN, MALE_GIVEN, SHOP_KINDS, SHOP_WORDS, SURNAMES } from './lexicon';
import type { Rng } from './prng';

// Zipf-like weights: 王 and 张 are far more common than 臧.
const SURNAME_WEIGHTS = SURNAMES.map((s, i) => [s, 1 / (i + 3)] as const);

export interface Person {
  name: string;
  sex: 'male' | 'female';
}

export function person(rng: Rng): Person {
  const sex = rng.chance(0.62) ? 'male' : 'female';
  const given = rng.pick(sex === 'male' ? MALE_GIVEN : FEMALE_GIVEN);
  return { name: rng.weighted(SURNAME_WEIGHTS) + given, sex };
}

/**
 * A GB 11643 number for someone born 1950–2000 in `region` (a county code); the sequence digit
 * is odd for men. `taken` keeps numbers unique.
 */
export function idNumber(rng: Rng, region: string, sex: Person['sex'], taken: Set<string>): string {
  for (;;) {
    // 1950-01-01 .. 2000-12-31 as calendar-day offsets.
    const birth = addCalendarDays('1950-01-01', rng.int(0, 18627)).replaceAll('-', '');
    let seq = rng.int(0, 998);
    if ((seq % 2 === 1) !== (sex === 'male')) seq += 1;
    const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
    const id = first17 + idCheckDigit(first17);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** A unique mobile number 139xxxxxxxx. */
export function phone(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const p = `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    if (!taken.has(p)) {
      taken.add(p);
      return p;
    }
  }
}

/** A GB 32100 code: 92 (individual business) or 91 (company) + region + 9 characters + check. */
export function creditCode(rng: Rng, region: string, company: boolean, taken: Set<string>): string {
  for (;;) {
    let org = '';
    for (let i = 0; i < 9; i++) org += rng.pick([...CREDIT_CODE_ALPHABET]);
    const first17 = `${company ? '91' : '92'}${region}${org}`;
    const code = first17 + creditCheckChar(first17);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/** 建国便利店, 鸿运烟酒商行, 潍城区如意超市有限公司 ... */
export function shopName(rng: Rng, holderName: string, company: boolean): string {
  const kind = rng.weighted(SHOP_KINDS);
  if (company) return `潍坊${rng.pick(SHOP_WORDS)}商贸有限公司`;
  const r = rng.next();
  if (r < 0.25) return `${holderName.slice(1)}${kind}`;
  if (r < 0.32) return `${holderName.slice(0, 1)}记${kind}`;
  return `${rng.pick(SHOP_WORDS)}${kind}`;
}
