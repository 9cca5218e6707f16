import { describe, it, expect } from 'vitest';
import { CREDIT_CODE_ALPHABET, creditCheckChar, validateCreditCode } from './credit-code';

/** A synthetic code: authority + category + region + 9-character org code + check character. */
function make(prefix: string, region: string, org: string): string {
  const first17 = prefix + region + org;
  return first17 + creditCheckChar(first17);
}

function problemOf(input: string): string | null {
  const r = validateCreditCode(input);
  return r.ok ? null : r.problem;
}

/** A generated code whose check character is a letter. */
function withLetterCheck(): string {
  for (let n = 0; n < 1000; n++) {
    const code = make('92', '370702', `MA${String(n).padStart(7, '0')}`);
    if (/[A-Z]$/.test(code)) return code;
  }
  throw new Error('none found');
}

describe('creditCheckChar', () => {
  it('matches the worked example of GB 32100', () => {
    expect(creditCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('uses the 31-character alphabet without I O S V Z', () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    for (const ch of 'IOSVZ') expect(CREDIT_CODE_ALPHABET).not.toContain(ch);
  });

  it('rejects bad input', () => {
    expect(() => creditCheckChar('123')).toThrow(RangeError);
    expect(() => creditCheckChar('9137070MA0000000I')).toThrow(RangeError);
  });
});

describe('validateCreditCode', () => {
  it('accepts generated codes', () => {
    const code = make('91', '370705', 'MA3C00001');
    expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
    expect(problemOf('91350100M000100Y43')).toBeNull();
  });

  it('accepts a code whose check character is a letter', () => {
    const code = withLetterCheck();
    expect(code).toMatch(/[A-Z]$/);
    expect(problemOf(code)).toBeNull();
  });

  it('upper-cases and trims the input', () => {
    const code = withLetterCheck();
    expect(validateCreditCode(` ${code.toLowerCase()} `)).toEqual({ ok: true, value: code });
  });

  it('rejects the wrong length', () => {
    expect(problemOf('')).toBe('length');
    expect(problemOf('91350100M000100Y4')).toBe('length');
    expect(problemOf('91350100M000100Y433')).toBe('length');
  });

  it('rejects the forbidden letters I, O, S, V and Z', () => {
    const code = make('92', '370702', 'MA0000001');
    for (const ch of 'IOSVZ') {
      expect(problemOf(code.slice(0, 10) + ch + code.slice(11))).toBe('charset');
    }
    expect(problemOf(code.slice(0, 17) + '-')).toBe('charset');
  });

  it('checks the registration authority', () => {
    expect(problemOf(make('B1', '370702', 'MA0000001'))).toBe('authority');
    expect(problemOf(make('N2', '370702', '000000001'))).toBeNull();
    expect(problemOf(make('Y1', '370702', '000000001'))).toBeNull();
  });

  it('checks the region code', () => {
    expect(problemOf(make('91', '990702', 'MA0000001'))).toBe('region');
    expect(problemOf(make('91', '37A702', 'MA0000001'))).toBe('region');
    expect(problemOf(make('11', '100000', '000013127'))).toBeNull(); // national body
  });

  it('rejects a wrong check character', () => {
    const code = make('92', '370702', 'MA0000001');
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect(problemOf(wrong)).toBe('check_char');
  });

  it('gives a bilingual message', () => {
    const r = validateCreditCode('x');
    expect(!r.ok && r.message.zh).toContain('18位');
  });
});
