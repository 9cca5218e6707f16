import { describe, expect, it } from 'vitest';
import type { GlyphRow } from './glyphs';
import { checkPlaceShapes, placeOf } from './place-shapes';
import { drawer, page } from './shapes.fixture';
import type { FieldReading } from './types';

/**
 * The read text of one row drawn by `page(printed, 3)`: a glyph at each character's centre
 * (30 px apart). Stand-ins: 圭 is read for a printed 垚 (as 摄 is for 掇 of 掇刀区).
 */
function row(read: string, y = 0): GlyphRow {
  const glyphs = [...read].map((ch, i) => ({ ch, x: (i + 0.5) * 30, confidence: 90 }));
  return { y0: y + 3, y1: y + 27, h: 24, glyphs };
}

const marked = (value: string, options: string[]): FieldReading => ({
  value,
  confidence: 50,
  flag: 'low',
  options,
});

describe('place shapes', () => {
  it('finds a character by its neighbours, on the one row that reads them', () => {
    const rows = [row('住址荆门市圭刀区'), row('民明大道9号', 30)];
    const chars = [...'荆门市圭刀区民明大道9号'];
    expect(placeOf(rows, chars, 3)).toEqual({ row: rows[0], at: 5 });
    // Its neighbours after a wrap: those before it still find it.
    expect(placeOf(rows, chars, 6)).toEqual({ row: rows[1], at: 0 });
    // Read twice on the page, or not at all (cleaned or repaired since): not found.
    expect(placeOf([rows[0]!, rows[0]!], chars, 3)).toBeNull();
    expect(placeOf([row('荆门市卦刀区')], chars, 3)).toBeNull();
  });

  it('puts in the offered place when the ink proves it, marked, the reading offered back', () => {
    const f = marked('荆门市圭刀区民明大道', ['荆门市垚刀区民明大道']);
    const out = checkPlaceShapes(page('住址荆门市垚刀区', 3), [row('住址荆门市圭刀区')], f, drawer);
    expect(out.value).toBe('荆门市垚刀区民明大道');
    expect(out.flag).toBe('low');
    expect(out.confidence).toBeLessThanOrEqual(60);
    expect(out.options).toEqual(['荆门市圭刀区民明大道']);
  });

  it('keeps a place read as printed, even one the list lacks', () => {
    const f = marked('荆门市圭刀区民明大道', ['荆门市垚刀区民明大道']);
    expect(
      checkPlaceShapes(page('住址荆门市圭刀区', 3), [row('住址荆门市圭刀区')], f, drawer),
    ).toBe(f);
  });

  it('puts in a place two characters away only where the ink leans its way at both', () => {
    // An autonomous county read with two characters misread (赣山舞族… for 巍山彝族…): the
    // stand-ins 圭 for a printed 垚 and 或 for a printed 彧.
    const f = marked('大圭山或族自治县', ['大垚山彧族自治县']);
    const read = [row('住址大圭山或族自治县')];
    const out = checkPlaceShapes(page('住址大垚山彧族自治县', 3), read, f, drawer);
    expect(out.value).toBe('大垚山彧族自治县');
    expect(out.flag).toBe('low');
    expect(out.options).toEqual(['大圭山或族自治县']);
    // The ink shows the reading at one of the two: nothing is put in.
    expect(checkPlaceShapes(page('住址大垚山或族自治县', 3), read, f, drawer)).toBe(f);
    // Three characters away: never.
    const three = marked('大圭山或族自治县', ['大垚山彧族自治州']);
    expect(checkPlaceShapes(page('住址大垚山彧族自治县', 3), read, three, drawer)).toBe(three);
  });

  it('checks only a marked address offered places one character away, at one character', () => {
    const p = page('住址荆门市垚刀区', 3);
    const rows = [row('住址荆门市圭刀区')];
    const unmarked = { ...marked('荆门市圭刀区', ['荆门市垚刀区']), flag: undefined };
    expect(checkPlaceShapes(p, rows, unmarked, drawer)).toBe(unmarked);
    const apart = marked('荆门市圭刀区', ['荆门市垚刀区', '荆门巿圭刀区']);
    expect(checkPlaceShapes(p, rows, apart, drawer)).toBe(apart);
    const lost = marked('荆门圭刀区', ['荆门市垚刀区']);
    expect(checkPlaceShapes(p, [row('住址荆门圭刀区')], lost, drawer)).toBe(lost);
  });
});
