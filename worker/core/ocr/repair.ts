/**
 * Letter/digit repairs by position only: a character is changed only where the format allows a
 * single class, so the repair cannot pick between two valid readings. Nothing here looks at a
 * check digit: choosing a character to make the check pass produced valid-but-wrong numbers.
 */
import { CREDIT_CODE_ALPHABET } from '../credit-code';

/** Shapes OCR confuses with a digit, mapped to that digit (used only where a digit must stand). */
const AS_DIGIT: Record<string, string> = {
  O: '0',
  o: '0',
  D: '0',
  Q: '0',
  I: '1',
  l: '1',
  i: '1',
  '|': '1',
  Z: '2',
  z: '2',
  S: '5',
  s: '5',
  B: '8',
  b: '6',
  G: '6',
  g: '9',
};

/** Letters outside the credit-code alphabet whose only look-alike inside it is a digit. */
const CREDIT_LETTER_AS_DIGIT: Record<string, string> = { I: '1', O: '0', Z: '2', S: '5' };

/** Maps digit look-alikes to digits; other characters are left as they are. */
export function repairDigits(text: string): string {
  return [...text].map((c) => AS_DIGIT[c] ?? c).join('');
}

/**
 * An 18-character ID number candidate: 17 positions that only take digits, then a digit or X.
 * Returns null unless the result has the ID number's shape. Example: 'Il0102I99OO3O7OO1X'
 * → '110102199003070001X'.slice(0, 18).
 */
export function repairIdNumber(raw: string): string | null {
  const t = raw.replace(/[\s\-_.]/g, '');
  if (t.length !== 18) return null;
  const body = repairDigits(t.slice(0, 17));
  const lastRaw = t.charAt(17);
  const last = lastRaw === 'x' || lastRaw === '×' || lastRaw === 'K' ? 'X' : repairDigits(lastRaw);
  const v = body + last;
  return /^\d{17}[\dX]$/.test(v) ? v : null;
}

/**
 * An 18-character credit code candidate: positions 3–8 (region) only take digits; elsewhere the
 * alphabet has no I, O, S, Z, so those can only be 1, 0, 5, 2. V stays (U or Y: ambiguous), so
 * such a code is rejected rather than guessed. Returns null unless every character is in the
 * alphabet.
 */
export function repairCreditCode(raw: string): string | null {
  const t = raw.replace(/[\s\-_.]/g, '').toUpperCase();
  if (t.length !== 18) return null;
  const out = [...t].map((c, i) => {
    if (i >= 2 && i <= 7) return AS_DIGIT[c] ?? c;
    return CREDIT_LETTER_AS_DIGIT[c] ?? c;
  });
  const v = out.join('');
  for (const c of v) if (!CREDIT_CODE_ALPHABET.includes(c)) return null;
  return v;
}
