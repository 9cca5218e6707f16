import { describe, expect, it } from 'vitest';
import { validateCreditCode } from '../credit-code';
import type { OcrEngine } from './engine';
import type { Gray } from './image';
import { creditAgreed, rereadCreditCode } from './tesseract-pass';
import type { Extraction, LicenceField } from './types';

const RIGHT = '913702035X1E98Q0EC';

/** A wrong code with two characters of its organisation part changed that still passes the check. */
function validTwoOff(code: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  for (const a of alphabet) {
    for (const b of alphabet) {
      const c = `${code.slice(0, 9)}${a}${code.slice(10, 12)}${b}${code.slice(13)}`;
      if (c[9] !== code[9] && c[12] !== code[12] && validateCreditCode(c).ok) return c;
    }
  }
  throw new Error('none');
}

const page: Gray = { width: 400, height: 300, data: new Uint8Array(400 * 300).fill(255) };
const fields = (credit: string): Extraction<LicenceField> =>
  ({ credit_code: { value: credit, confidence: 80 } }) as Extraction<LicenceField>;
/** An engine reading the band as each text of `texts` in turn. */
const engine = (texts: string[]): OcrEngine & { calls: number } => {
  const e = {
    calls: 0,
    read: async () => ({ text: texts[e.calls++] ?? '', confidence: 90, words: [] }),
    terminate: async () => undefined,
  };
  return e as unknown as OcrEngine & { calls: number };
};

describe('creditAgreed', () => {
  it('takes a passing code another re-reading gave too', () => {
    expect(creditAgreed(RIGHT, [RIGHT])).toBe(true);
  });

  it('refuses a passing code read once, however near the page reading', () => {
    // Recorded on a half-size licence: the page read 91436722XK4GQ8XAFE (0 read 6), tesseract
    // read 6 alike and 8 as B, and that passed the check: one place from the page reading.
    expect(validateCreditCode('91436722XK4GQBXAFE').ok).toBe(true);
    expect(creditAgreed('91436722XK4GQBXAFE', ['91436722XK4G0BXAFE'])).toBe(false);
    expect(creditAgreed(validTwoOff(RIGHT), [])).toBe(false);
  });
});

describe('rereadCreditCode', () => {
  it('never takes a passing code that only one blurred reading gave', async () => {
    const wrong = validTwoOff(RIGHT);
    const f = fields('913702035X1E98Q6EC');
    await rereadCreditCode([page, page], null, f, engine([wrong, 'garbage', '', '']));
    expect(f.credit_code.value).toBe('913702035X1E98Q6EC');
  });

  it('takes a passing code two re-readings agree on', async () => {
    const f = fields('913702035X1E98Q6EC');
    await rereadCreditCode([page, page], null, f, engine([RIGHT, 'garbage', RIGHT]));
    expect(f.credit_code.value).toBe(RIGHT);
    const none = fields('');
    const e = engine([RIGHT, RIGHT]);
    await rereadCreditCode([page, page], null, none, e);
    expect(none.credit_code.value).toBe(RIGHT);
    expect(e.calls).toBe(2);
  });

  it('keeps a failing reading, marked invalid, when the page read none', async () => {
    const f = fields('');
    await rereadCreditCode([page, page], null, f, engine(['913702035X1E98Q6EC']));
    expect(f.credit_code).toMatchObject({ value: '913702035X1E98Q6EC', flag: 'invalid' });
  });

  it('keeps no passing code read once as the fallback when the page read none', async () => {
    // The flags are derived again from the value afterwards, so a passing code kept here would
    // lose its mark and its region would check the address.
    const wrong = validTwoOff(RIGHT);
    const f = fields('');
    await rereadCreditCode([page, page], null, f, engine([wrong, '913702035X1E98Q6EC', '', '']));
    expect(f.credit_code).toMatchObject({ value: '913702035X1E98Q6EC', flag: 'invalid' });
    const none = fields('');
    await rereadCreditCode([page, page], null, none, engine([wrong, '', '', '']));
    expect(none.credit_code.value).toBe('');
  });

  it('re-reads a code that passes its check but names no region that exists', async () => {
    // Recorded on a half-size licence: the line model read 340826 as 346826 and 8 as B, and
    // the code passed its check.
    const misread = '923468264LFQ4BL6TN';
    expect(validateCreditCode(misread).ok).toBe(true);
    const truth = '923408264LFQ48L6TN';
    const f = fields(misread);
    await rereadCreditCode([page, page], null, f, engine([truth, truth]));
    expect(f.credit_code.value).toBe(truth);
    // Not read twice the same: the page's reading stays, for the flags to mark.
    const g = fields(misread);
    await rereadCreditCode([page, page], null, g, engine([truth, '', '', '']));
    expect(g.credit_code.value).toBe(misread);
  });
});
