import { describe, expect, it } from 'vitest';
import { isoDateField, longText, personName, plainText, textProblem } from './fields';

describe('typed text', () => {
  it('is trimmed and normalised', () => {
    expect(plainText(2, 60).parse('  建国便利店 ')).toBe('建国便利店');
    // A decomposed é becomes the composed one, so equal names compare equal.
    expect(plainText(1, 10).parse('Cafe\u0301')).toBe('Café');
  });

  it('refuses markup, control, bidi-override and zero-width characters', () => {
    for (const bad of [
      '<b>店</b>',
      '店\u0000名',
      '店\u202e名',
      '店\u200b名',
      '店\ufeff名',
      '店\u2066名',
    ]) {
      expect(plainText(1, 60).safeParse(bad).success).toBe(false);
    }
    expect(textProblem('a\u0007')).toBe('control');
    expect(textProblem('a\u200d')).toBe('invisible');
    expect(textProblem('a>b')).toBe('markup');
  });

  it('allows line breaks only in long texts', () => {
    expect(plainText(1, 60).safeParse('第一行\n第二行').success).toBe(false);
    expect(longText(1, 60).parse('第一行\n第二行')).toBe('第一行\n第二行');
  });

  it('takes names of any script with the middle dot, not digits or symbols', () => {
    expect(personName().parse('王建国')).toBe('王建国');
    expect(personName().parse('买买提·艾力')).toBe('买买提·艾力');
    expect(personName().parse('Anna-Maria Li')).toBe('Anna-Maria Li');
    expect(personName().safeParse('王建国1').success).toBe(false);
    expect(personName().safeParse('王@国').success).toBe(false);
    expect(personName().safeParse('王').success).toBe(false);
  });
});

describe('dates', () => {
  it('are real calendar dates', () => {
    expect(isoDateField.safeParse('2026-02-28').success).toBe(true);
    expect(isoDateField.safeParse('2028-02-29').success).toBe(true);
    expect(isoDateField.safeParse('2026-02-30').success).toBe(false);
    expect(isoDateField.safeParse('2026-13-01').success).toBe(false);
    expect(isoDateField.safeParse('2026-2-3').success).toBe(false);
  });
});
