import { describe, expect, it } from 'vitest';
import type { GlyphRow } from './glyphs';
import { scopeSkipper } from './read-page';

const H = 30;
function row(y: number, ...pieces: [number, string][]): GlyphRow {
  const glyphs = pieces.flatMap(([x0, text]) =>
    [...text].map((ch, i) => ({ ch, x: x0 + (i + 0.5) * H, confidence: 95 })),
  );
  return { y0: y, y1: y + H, h: H, glyphs };
}
const seg = (x0: number, x1: number, y: number) => ({ x0, x1, y0: y, y1: y + H });

describe('scopeSkipper', () => {
  // Two columns: 经营范围 on the left, 住所 on the right at the same height.
  const done = [
    row(100, [100, '名称'], [300, '太原晋阳商贸有限公司']),
    row(160, [100, '经营范围'], [300, '卷烟零售；酒类零售'], [900, '住所'], [1100, '山西省太原市']),
  ];

  it("skips the scope's wrapped lines in its column once its label is read", () => {
    const skip = scopeSkipper();
    expect(skip(seg(300, 800, 210), 2, done)).toBe(true);
    // The address's wrapped line in the right column is still read.
    expect(skip(seg(1100, 1300, 210), 2, done)).toBe(false);
  });

  it('reads nothing less before the label is read, and stops at a row in the labels column', () => {
    expect(scopeSkipper()(seg(300, 800, 210), 2, done.slice(0, 1))).toBe(false);
    const skip = scopeSkipper();
    expect(skip(seg(100, 220, 260), 3, done)).toBe(false);
    expect(skip(seg(300, 800, 300), 4, done)).toBe(false);
  });
});
