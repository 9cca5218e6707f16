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
    // Its first line ends in doubt: unread ink may follow it there (see view-reread.ts).
    expect(a.values.address!.lines!.map((l) => !!l.openEnd)).toEqual([true, false]);
  });

  it("says where a one-line value's last character is in doubt, and only there", () => {
    const rows = [row(100, [110, '姓名'], [240, '覃']), row(146, [110, '住址'], [540, '镇'])];
    rows[0]!.glyphs[2]!.doubt = true;
    const a = anchorValues(rows, ID_LABELS, {});
    expect(a.values.name).toMatchObject({ text: '覃', doubt: true, openEnd: true });
    const first = [row(100, [110, '姓名'], [240, '覃翊'])];
    first[0]!.glyphs[2]!.doubt = true;
    const b = anchorValues(first, ID_LABELS, {});
    expect(b.values.name).toMatchObject({ text: '覃翊', doubt: true });
    expect(b.values.name!.openEnd).toBeUndefined();
  });

  it('stops at a blank past the bound (the portrait is no part of the value)', () => {
    const rows = [row(100, [110, '住址'], [240, '湖南省怀化市中方县'], [640, '口口'])];
    const a = anchorValues(rows, ID_LABELS, { address: 4 }, 580);
    expect(a.values.address?.text).toBe('湖南省怀化市中方县');
    expect(a.values.address?.doubt).toBeUndefined();
  });
});
