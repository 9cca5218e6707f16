import { describe, expect, it } from 'vitest';
import { anchorValues, joinSplitRows } from './anchored';
import type { GlyphRow } from './glyphs';
import { LICENCE_LABELS } from './labels';

const LICENCE_LINES = { name: 2, type: 2, legal_rep: 2, address: 3 };
const text = (a: ReturnType<typeof anchorValues>, f: string) => a.values[f]?.text ?? '';

describe('joinSplitRows: one printed line split into two rows', () => {
  /** Glyphs at recorded page x (character, x, confidence), as the line model reported them. */
  const at = (y0: number, y1: number, h: number, ...gs: [string, number, number][]): GlyphRow => ({
    y0,
    y1,
    h,
    glyphs: gs.map(([ch, x, confidence]) => ({ ch, x, confidence })),
  });

  it('joins 名 with 称 and its value (recorded on a photo of the tuning half)', () => {
    // A speck of the seal at the far right (美, 管) made the first row taller than its line.
    const rows = [
      at(316, 369, 33, ['名', 202, 98], ['美', 1288, 21]),
      at(
        343,
        396,
        27,
        ['称', 314, 100],
        ['金', 361, 99],
        ['华', 387, 100],
        ['淼', 413, 59],
        ['鑫', 439, 97],
        ['食', 465, 100],
        ['品', 492, 100],
        ['店', 518, 99],
        ['管', 1283, 6],
      ),
      at(
        403,
        429,
        25,
        ['类', 201, 99],
        ['型', 321, 100],
        ['个', 369, 100],
        ['人', 396, 100],
        ['独', 416, 100],
        ['资', 443, 100],
        ['企', 470, 100],
        ['业', 490, 100],
      ),
    ];
    expect(joinSplitRows(rows).length).toBe(2);
    const a = anchorValues(rows, LICENCE_LABELS, LICENCE_LINES);
    expect(text(a, 'name')).toBe('金华淼鑫食品店');
    expect(text(a, 'type')).toBe('个人独资企业');
  });

  it('keeps apart rows that overlap little, or whose sure characters collide', () => {
    const a = at(100, 130, 30, ['名', 100, 99], ['称', 200, 99]);
    // Two printed lines a little closer than usual: 10 px of 30 overlap.
    expect(joinSplitRows([a, at(120, 150, 30, ['张', 300, 99])]).length).toBe(2);
    // Half overlapping but the same x read twice: two lines, not one.
    expect(joinSplitRows([a, at(112, 142, 30, ['潍', 210, 99])]).length).toBe(2);
  });
});
