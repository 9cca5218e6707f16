import { describe, expect, it } from 'vitest';
import { idCheckDigit } from '../id-number';
import { maskIdNumber } from '../masking';
import {
  boundNumber,
  checkAgainstIdentity,
  checkLicenceAgainstIdentity,
  identityMatch,
} from './identity';
import type { Extraction, FieldReading, IdField, LicenceField } from './types';

const withCheck = (first17: string) => first17 + idCheckDigit(first17);
const OWN = withCheck('37070219850615123');
const OTHER = withCheck('11010519491231002');
const known = { name: '彭彧强', idNumberMasked: maskIdNumber(OWN) };

const sure = (value: string): FieldReading => ({ value, confidence: 98 });
const card = (over: Partial<Extraction<IdField>> = {}): Extraction<IdField> => ({
  name: sure('彭彧强'),
  sex: sure('男'),
  ethnicity: sure('汉'),
  birth: sure('1985-06-15'),
  address: sure('山东省潍坊市奎文区东风东街1号'),
  id_number: sure(OWN),
  ...over,
});
const misread: FieldReading = { value: '彭或强', confidence: 60, flag: 'low', options: ['彭彧强'] };

describe('identityMatch: is the card the applicant’s own', () => {
  it('tells own, another’s, and unknown from the number alone', () => {
    expect(identityMatch(OWN, known)).toBe('own');
    expect(identityMatch(OTHER, known)).toBe('other');
    // A number that fails its check digit proves nothing either way.
    expect(identityMatch(OWN.slice(0, 17) + (OWN.endsWith('0') ? '1' : '0'), known)).toBe(
      'unknown',
    );
    expect(identityMatch('', known)).toBe('unknown');
    expect(identityMatch(OWN, { ...known, idNumberMasked: '' })).toBe('unknown');
  });

  it('sees only what the mask shows: a stranger with the same county and last four passes', () => {
    // One card in about ten thousand of the county: born on another day, the same sequence
    // and the same check digit.
    const days = Array.from({ length: 28 * 12 }, (_, i) => {
      const m = String(Math.floor(i / 28) + 1).padStart(2, '0');
      return `1990${m}${String((i % 28) + 1).padStart(2, '0')}`;
    });
    const twin = days.map((d) => withCheck(`370702${d}123`)).find((n) => n.endsWith(OWN.slice(-1)));
    expect(twin).toBeDefined();
    expect(identityMatch(twin!, known)).toBe('own');
    // Its name, read near-certain, still stands: only an unsure name is replaced.
    const { fields } = checkAgainstIdentity(
      card({ name: sure('王小明'), id_number: sure(twin!) }),
      known,
    );
    expect(fields.name.value).toBe('王小明');
    expect(fields.name.flag).toBe('low');
  });
});

describe('checkAgainstIdentity', () => {
  it('takes the verified name for a marked name on the applicant’s own card', () => {
    const { fields, match } = checkAgainstIdentity(card({ name: misread }), known);
    expect(match).toBe('own');
    expect(fields.name).toEqual({ value: '彭彧强', confidence: 100, from: 'identity' });
    // Nothing else moves.
    expect(fields.address).toEqual(card().address);
    expect(fields.id_number).toEqual(card().id_number);
  });

  it('fills a name that was not read at all, and says where it came from', () => {
    const missing: FieldReading = { value: '', confidence: 0, flag: 'missing' };
    const { fields } = checkAgainstIdentity(card({ name: missing }), known);
    expect(fields.name.value).toBe('彭彧强');
    expect(fields.name.from).toBe('identity');
    // A name read right is confirmed as well.
    expect(checkAgainstIdentity(card(), known).fields.name.from).toBe('identity');
  });

  it('leaves a near-certain other name as read, marked, with the verified one offered', () => {
    const { fields } = checkAgainstIdentity(card({ name: sure('彭小强') }), known);
    expect(fields.name).toMatchObject({ value: '彭小强', flag: 'low', options: ['彭彧强'] });
    expect(fields.name.from).toBeUndefined();
  });

  it('marks a valid number that is not the applicant’s, and leaves the name as read', () => {
    const { fields, match } = checkAgainstIdentity(
      card({ name: misread, id_number: sure(OTHER) }),
      known,
    );
    expect(match).toBe('other');
    expect(fields.id_number).toEqual({ ...sure(OTHER), flag: 'not_own' });
    expect(fields.name).toEqual(misread);
  });

  it('changes nothing when the number fails its check and the card proves nothing', () => {
    const bad: FieldReading = { value: OWN.slice(0, 16) + 'X' + OWN[17], confidence: 50 };
    const unread: FieldReading = { value: '', confidence: 0, flag: 'missing' };
    const input = card({ name: misread, id_number: bad, birth: unread });
    const { fields, match } = checkAgainstIdentity(input, known);
    expect(match).toBe('unknown');
    expect(fields).toBe(input);
  });

  it('puts right a misread number that the card proves the applicant’s own', () => {
    expect(boundNumber(known, '1985-06-15')).toBe(OWN);
    // A digit lost to glare (1 → 7): the mask's ends around the printed birth date hold.
    const glare: FieldReading = { value: OWN.slice(0, 15) + '7' + OWN.slice(16), confidence: 40 };
    expect(identityMatch(glare.value, known)).toBe('unknown');
    const { fields, match } = checkAgainstIdentity(
      card({ name: misread, id_number: { ...glare, flag: 'invalid' } }),
      known,
    );
    expect(match).toBe('own');
    expect(fields.id_number).toEqual({ value: OWN, confidence: 100, from: 'identity' });
    expect(fields.name.value).toBe('彭彧强');
  });

  it('leaves a misread number alone where the card does not prove it', () => {
    const glare: FieldReading = { value: OWN.slice(0, 15) + '7' + OWN.slice(16), confidence: 40 };
    // The printed birth date read another day: the rebuilt number fails its check.
    expect(boundNumber(known, '1985-06-16')).toBeNull();
    const other = checkAgainstIdentity(
      card({ id_number: glare, birth: sure('1985-06-16') }),
      known,
    );
    expect(other.match).toBe('unknown');
    expect(other.fields.id_number).toEqual(glare);
    // Three characters off is another number, not a misread.
    const far: FieldReading = {
      value: '99' + OWN.slice(2, 15) + '7' + OWN.slice(16),
      confidence: 40,
    };
    expect(checkAgainstIdentity(card({ id_number: far }), known).fields.id_number).toEqual(far);
    // No birth date read: nothing to rebuild from.
    expect(boundNumber(known, '')).toBeNull();
  });
});

describe('checkLicenceAgainstIdentity: a 个体工商户 licence’s 经营者 is the applicant', () => {
  const licence = (legal_rep: FieldReading): Extraction<LicenceField> => ({
    credit_code: sure('92370702MA3C4QXX1L'),
    name: sure('潍城区彭记烟酒店'),
    type: sure('个体工商户'),
    legal_rep,
    address: sure('山东省潍坊市潍城区胜利西街1号'),
    reg_date: sure('2020-01-02'),
  });

  it('confirms a name read as the verified one, or marked with it among the runner-ups', () => {
    const confirmed = { value: '彭彧强', confidence: 100, from: 'identity' };
    expect(checkLicenceAgainstIdentity(licence(sure('彭彧强')), true, known).legal_rep).toEqual(
      confirmed,
    );
    expect(checkLicenceAgainstIdentity(licence(misread), true, known).legal_rep).toEqual(confirmed);
  });

  it('proves nothing from a marked name without the verified one among its runner-ups', () => {
    const unsure: FieldReading = {
      value: '彭或强',
      confidence: 60,
      flag: 'low',
      options: ['彭國强'],
    };
    expect(checkLicenceAgainstIdentity(licence(unsure), true, known).legal_rep).toEqual(unsure);
  });

  it('marks a near-certain other operator: the licence is someone else’s', () => {
    expect(checkLicenceAgainstIdentity(licence(sure('王小明')), true, known).legal_rep).toEqual({
      ...sure('王小明'),
      flag: 'not_own',
    });
  });

  it('leaves a company’s legal representative alone', () => {
    const input = licence(sure('王小明'));
    expect(checkLicenceAgainstIdentity(input, false, known)).toBe(input);
  });
});
