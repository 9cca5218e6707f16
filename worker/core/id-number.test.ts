import { describe, it, expect } from 'vitest';
import { idCheckDigit, validateIdNumber } from './id-number';

const TODAY = '2026-03-02';

/** A synthetic, well-formed number: region + birth + sequence + computed check character. */
function make(region: string, birth: string, seq: string): string {
  const first17 = region + birth + seq;
  return first17 + idCheckDigit(first17);
}

/** The first sequence under which `region`+`birth` gets the check character `want`. */
function withCheck(region: string, birth: string, want: string): string {
  for (let n = 1; n < 1000; n++) {
    const id = make(region, birth, String(n).padStart(3, '0'));
    if (id.endsWith(want)) return id;
  }
  throw new Error('no sequence found');
}

function problemOf(input: string, today = TODAY): string | null {
  const r = validateIdNumber(input, today);
  return r.ok ? null : r.problem;
}

describe('idCheckDigit', () => {
  it('matches the worked examples of GB 11643', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    expect(idCheckDigit('44052418800101001')).toBe('4');
  });

  it('rejects anything but 17 digits', () => {
    expect(() => idCheckDigit('1234')).toThrow(RangeError);
  });
});

describe('validateIdNumber', () => {
  it('accepts a valid number and reads birth, sex and region', () => {
    const id = make('370702', '19850615', '123');
    const r = validateIdNumber(id, TODAY);
    expect(r).toEqual({
      ok: true,
      value: id,
      birth: '1985-06-15',
      sex: 'male', // 17th digit = last of the sequence '123', odd
      regionCode: '370702',
    } satisfies typeof r);
  });

  it('accepts an X check character, also in lower case and with spaces around', () => {
    const id = withCheck('370705', '19900101', 'X');
    expect(validateIdNumber(id, TODAY).ok).toBe(true);
    const r = validateIdNumber(`  ${id.toLowerCase()} `, TODAY);
    expect(r.ok && r.value).toBe(id);
  });

  it('rejects a wrong check character', () => {
    const id = make('370702', '19850615', '124');
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    expect(problemOf(wrong)).toBe('check_digit');
  });

  it('reads sex from the 17th digit', () => {
    const male = validateIdNumber(make('370702', '19850615', '011'), TODAY);
    const female = validateIdNumber(make('370702', '19850615', '012'), TODAY);
    expect(male.ok && male.sex).toBe('male');
    expect(female.ok && female.sex).toBe('female');
  });

  it('knows 29 February only in leap years', () => {
    expect(problemOf(make('370702', '20000229', '011'))).toBeNull();
    expect(problemOf(make('370702', '19000229', '011'))).toBe('birth_date');
    expect(problemOf(make('370702', '20010229', '011'))).toBe('birth_date');
  });

  it('rejects unreal and too-early birth dates', () => {
    expect(problemOf(make('370702', '19851301', '011'))).toBe('birth_date');
    expect(problemOf(make('370702', '19850631', '011'))).toBe('birth_date');
    expect(problemOf('440524188001010014')).toBe('birth_date');
    expect(problemOf(make('370702', '19000101', '011'))).toBeNull();
  });

  it('rejects a birth date after today', () => {
    expect(problemOf(make('370702', '20260303', '011'))).toBe('birth_future');
    expect(problemOf(make('370702', '20260302', '011'))).toBeNull();
  });

  it('rejects old 15-digit numbers and other lengths', () => {
    expect(problemOf('370702850615123')).toBe('length');
    expect(problemOf('')).toBe('length');
    expect(problemOf(make('370702', '19850615', '123') + '1')).toBe('length');
  });

  it('rejects letters other than a final X', () => {
    expect(problemOf('37070219850615A23X')).toBe('charset');
    expect(problemOf('37070219850615123Y')).toBe('charset');
    expect(problemOf('X70702198506151234')).toBe('charset');
  });

  it('checks the province code', () => {
    expect(problemOf(make('990702', '19850615', '123'))).toBe('region');
    expect(problemOf(make('100000', '19850615', '123'))).toBe('region');
    expect(problemOf(make('810000', '19850615', '123'))).toBeNull(); // HK residence permit
    expect(problemOf(make('710000', '19850615', '123'))).toBeNull();
  });

  it('gives a bilingual message', () => {
    const r = validateIdNumber('123', TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.zh).toContain('18位');
      expect(r.message.en).toContain('18');
    }
  });
});
