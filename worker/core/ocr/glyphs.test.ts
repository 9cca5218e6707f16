import { describe, expect, it } from 'vitest';
import { readRows } from './glyphs';
import type { Gray } from './image';

describe('readRows', () => {
  it('keeps no glyph for a blank the line model reads as a space', async () => {
    // One row: the label 住址, a blank, then the value (the model emits a space for the blank).
    const W = 600;
    const page: Gray = { width: W, height: 100, data: new Uint8Array(W * 100).fill(255) };
    for (let y = 40; y < 70; y++) page.data.fill(30, y * W + 100, y * W + 500);
    const rows = [{ y0: 40, y1: 70, segs: [{ x0: 100, x1: 500, y0: 40, y1: 70 }] }];
    const read = async (line: Gray) => {
      const text = ['住', '址', ' ', '云', '南', '省'];
      const chars = text.map((ch, i) => ({
        ch,
        x: ((i + 0.5) * line.width) / text.length,
        confidence: ch === ' ' ? 68 : 95,
      }));
      return { text: text.join(''), confidence: 68, chars };
    };
    const [row] = await readRows(page, rows, read, 30);
    expect(row!.glyphs.map((g) => g.ch).join('')).toBe('住址云南省');
  });

  it('marks the last character of a segment running into the page edge as doubt', async () => {
    // The address's first line reaches the right edge of a page cut tight: 6单元635 lost.
    const W = 600;
    const page: Gray = { width: W, height: 100, data: new Uint8Array(W * 100).fill(255) };
    for (let y = 40; y < 70; y++) page.data.fill(30, y * W + 100, y * W + W);
    const read = async (line: Gray) => {
      const text = [...'红建大街二九一号中东花园七号楼'];
      const chars = text.map((ch, i) => ({
        ch,
        x: ((i + 0.5) * line.width) / text.length,
        confidence: 95,
      }));
      return { text: text.join(''), confidence: 95, chars };
    };
    const seg = (x1: number) => [{ y0: 40, y1: 70, segs: [{ x0: 100, x1, y0: 40, y1: 70 }] }];
    const [cut] = await readRows(page, seg(W), read, 30);
    expect(cut!.glyphs.at(-1)!.doubt).toBe(true);
    expect(cut!.glyphs.slice(0, -1).some((g) => g.doubt)).toBe(false);
    const [inside] = await readRows(page, seg(W - 40), read, 30);
    expect(inside!.glyphs.some((g) => g.doubt)).toBe(false);
  });
});
