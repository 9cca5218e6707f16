import { describe, expect, it } from 'vitest';
import { anchorValues } from './anchored';
import type { GlyphRow } from './glyphs';
import { ID_LABELS } from './labels';

const H = 30;
function row(y: number, ...pieces: [number, string][]): GlyphRow {
  const glyphs = pieces.flatMap(([x0, text]) =>
    [...text].map((ch, i) => ({ ch, x: x0 + (i + 0.5) * H, confidence: 95 })),
  );
  return { y0: y, y1: y + H, h: H, glyphs };
}

describe("anchorValues: the ID card portrait's bound", () => {
  it('keeps characters running on past the bound (a page cut tight), as doubt', () => {
    // A dark photo whose card was found a little inside its edges: 镇 lies past 0.66 × width.
    const rows = [
      row(100, [110, '住址'], [240, '湖南省怀化市中方县长人镇']),
      row(146, [240, '文明村169号']),
    ];
    const a = anchorValues(rows, ID_LABELS, { address: 4 }, 580);
    expect(a.values.address?.text).toBe('湖南省怀化市中方县长人镇文明村169号');
    expect(a.values.address?.doubt).toBe(true);
    expect(a.values.address!.confidence).toBeLessThan(70);
  });

  it('stops at a blank past the bound (the portrait is no part of the value)', () => {
    const rows = [row(100, [110, '住址'], [240, '湖南省怀化市中方县'], [640, '口口'])];
    const a = anchorValues(rows, ID_LABELS, { address: 4 }, 580);
    expect(a.values.address?.text).toBe('湖南省怀化市中方县');
    expect(a.values.address?.doubt).toBeUndefined();
  });
});
