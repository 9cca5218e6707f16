import { describe, expect, it } from 'vitest';
import { TRADITIONAL } from '../../core/ocr/traditional';
import { traditionalChars } from './make';

describe('the traditional characters table', () => {
  it('is what OpenCC says of the line model dictionary (run `npm run ocr:traditional`)', () => {
    expect([...TRADITIONAL].join('')).toBe(traditionalChars().join(''));
  });

  it('holds traditional forms and no simplified one', () => {
    for (const ch of '爾鵬國') expect(TRADITIONAL.has(ch)).toBe(true);
    for (const ch of '尔鹏国雨淑垚彧') expect(TRADITIONAL.has(ch)).toBe(false);
  });
});
