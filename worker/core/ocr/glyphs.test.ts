import { describe, expect, it } from 'vitest';
import { dropStrays, fillUnread, inInk, LATENT_CONFIDENCE, readRows, type Glyph } from './glyphs';
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

  it('reads a character at the seam of two pieces of one row once', async () => {
    // Recorded (held-out photo): 6号楼 split into two segments between 号 and 楼, the second
    // piece's margin holding the end of 号, read by both pieces at one page x (6号号楼).
    const W = 600;
    const page: Gray = { width: W, height: 100, data: new Uint8Array(W * 100).fill(255) };
    for (let y = 40; y < 70; y++) page.data.fill(30, y * W + 100, y * W + 400);
    const rows = [
      {
        y0: 40,
        y1: 70,
        segs: [
          { x0: 100, x1: 250, y0: 40, y1: 70 },
          { x0: 256, x1: 400, y0: 40, y1: 70 },
        ],
      },
    ];
    // Packed into one line: the first piece from x = 28 (146 wide), the second from x = 202.
    const read = async () => {
      const chars = [
        ['园', 60],
        ['6', 110],
        ['号', 162],
        ['号', 203],
        ['楼', 260],
      ].map(([ch, x]) => ({ ch: ch as string, x: x as number, confidence: 95 }));
      return { text: '园6号号楼', confidence: 95, chars };
    };
    const [row] = await readRows(page, rows, read, 30);
    expect(row!.glyphs.map((g) => g.ch).join('')).toBe('园6号楼');
  });

  it('marks the last character of a segment running into the page edge as doubt', async () => {
    // The address's first line reaches the right edge of a page cut tight: 6单元635 lost.
    const W = 600;
    // The page's ink from x = 100 to x1.
    const inked = (x1: number): Gray => {
      const page: Gray = { width: W, height: 100, data: new Uint8Array(W * 100).fill(255) };
      for (let y = 40; y < 70; y++) page.data.fill(30, y * W + 100, y * W + x1);
      return page;
    };
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
    const [cut] = await readRows(inked(W), seg(W), read, 30);
    expect(cut!.glyphs.at(-1)!.doubt).toBe(true);
    expect(cut!.glyphs.slice(0, -1).some((g) => g.doubt)).toBe(false);
    const [inside] = await readRows(inked(W - 40), seg(W - 40), read, 30);
    expect(inside!.glyphs.some((g) => g.doubt)).toBe(false);
  });
  it('reads a last character printed fainter than the segment it continues', async () => {
    // 黄军立 on a held-out licence photo: 立 (x 168–194) blurred to 192, outside the segment.
    const W = 400;
    const page: Gray = { width: W, height: 100, data: new Uint8Array(W * 100).fill(255) };
    for (let y = 40; y < 68; y++) {
      page.data.fill(30, y * W + 100, y * W + 126);
      page.data.fill(30, y * W + 132, y * W + 158);
      page.data.fill(192, y * W + 168, y * W + 194);
    }
    // A model that reads one character for each run of columns with ink on its line.
    const read = async (line: Gray) => {
      const chars: { ch: string; x: number; confidence: number }[] = [];
      let start = -1;
      for (let x = 0; x <= line.width; x++) {
        let ink = false;
        for (let y = 0; x < line.width && y < line.height; y++) {
          ink ||= line.data[y * line.width + x]! < 200;
        }
        if (ink && start < 0) start = x;
        if (!ink && start >= 0) {
          chars.push({ ch: '字', x: (start + x) / 2, confidence: 99 });
          start = -1;
        }
      }
      return { text: chars.map((c) => c.ch).join(''), confidence: 99, chars };
    };
    const rows = [{ y0: 40, y1: 68, segs: [{ x0: 100, x1: 158, y0: 40, y1: 68 }] }];
    const [row] = await readRows(page, rows, read, 28);
    expect(row!.glyphs).toHaveLength(3);
    expect(row!.glyphs[2]!.x).toBeGreaterThan(168);
  });
});

describe('fillUnread', () => {
  const h = 30;
  const g = (ch: string, x: number, confidence = 99): Glyph => ({ ch, x, confidence });

  it('puts back the character nearly read where the ink has room for one, marked', () => {
    // 黎 read, ink for a second character after it: 垚 at 15% there.
    const gs = [g('黎', 15)];
    fillUnread(gs, [g('垚', 48, 15)], 0, 63, h);
    expect(gs.map((c) => c.ch).join('')).toBe('黎垚');
    expect(gs[1]).toMatchObject({ doubt: true, confidence: 15 });
    const sure = [g('东', 15), g('娟', 48)];
    fillUnread(sure, [g('翊', 81, 60)], 0, 96, h);
    expect(sure.at(-1)).toMatchObject({ ch: '翊', confidence: LATENT_CONFIDENCE, doubt: true });
  });

  it('fills a gap between two characters with room for one', () => {
    const gs = [g('马', 15), g('垚', 81)];
    fillUnread(gs, [g('兰', 48, 20)], 0, 96, h);
    expect(gs.map((c) => c.ch).join('')).toBe('马兰垚');
  });

  it('leaves a wide gap (letter spacing) and a tight row alone', () => {
    const spaced = [g('名', 15), g('称', 130)];
    fillUnread(spaced, [g('一', 70, 40)], 0, 145, h);
    expect(spaced.map((c) => c.ch).join('')).toBe('名称');
    const tight = [g('黎', 15), g('明', 48)];
    fillUnread(tight, [g('垚', 32, 40)], 0, 63, h);
    expect(tight.map((c) => c.ch).join('')).toBe('黎明');
  });
});

describe('dropStrays', () => {
  const g = (ch: string, x: number, confidence = 99): Glyph => ({ ch, x, confidence });
  const text = (gs: readonly Glyph[]) => gs.map((c) => c.ch).join('');

  it('drops an unsure character overlapping a sure one (a broken radical read apart)', () => {
    // A black-and-white scan, char height 24: 東 at 25 read from the 女 of 姓, 16 px before it.
    const row = [g('東', 92, 25), g('姓', 108), g('名', 149), g('杜', 219), g('丽', 246)];
    expect(text(dropStrays(row, 24))).toBe('姓名杜丽');
    // After it too, and the sure character keeps its confidence.
    const after = dropStrays([g('民', 308, 97), g('嬰', 320, 31), g('族', 335)], 24);
    expect(after).toEqual([{ ...g('民', 308, 97), doubt: true }, g('族', 335)]);
  });

  it('keeps characters a character height apart, dots, digits and two unsure ones', () => {
    // Neighbours ~1.1 heights apart, however unsure.
    expect(text(dropStrays([g('杜', 219), g('丽', 246, 20)], 24))).toBe('杜丽');
    // The middle dot of a transcribed name stands half a height from each neighbour.
    const dotted = [g('拉', 100), g('·', 112, 30), g('吐', 124)];
    expect(text(dropStrays(dotted, 24))).toBe('拉·吐');
    // Digits are half as wide.
    expect(text(dropStrays([g('号', 100), g('3', 112, 30)], 24))).toBe('号3');
    // Two unsure readings at one place prove nothing about which is the stray.
    expect(text(dropStrays([g('圭', 100, 40), g('垚', 110, 30)], 24))).toBe('圭垚');
  });
});

describe('inInk', () => {
  const g = (ch: string, x: number, confidence = 99): Glyph => ({ ch, x, confidence });
  const text = (gs: readonly Glyph[]) => gs.map((c) => c.ch).join('');

  it('drops an unsure character placed in the blank margin around the ink', () => {
    // 東 at 24 in the margin before 江西省 (ink from 185), 鍵 at 20 after 52号 (ink to 300).
    const gs = [g('東', 175, 24), g('江', 197), g('西', 224), g('号', 290), g('鍵', 310, 20)];
    const kept = inInk(gs, { x0: 185, x1: 300 }, 24);
    expect(text(kept)).toBe('江西号');
    // The margin may hold ink too faint to segment: the nearest characters are marked doubt.
    expect(kept.map((c) => !!c.doubt)).toEqual([true, false, true]);
  });

  it('keeps sure characters anywhere, and unsure ones on the ink', () => {
    const gs = [g('江', 183), g('西', 224, 30), g('省', 302, 45)];
    const kept = inInk(gs, { x0: 185, x1: 300 }, 24);
    expect(text(kept)).toBe('江西省');
    expect(kept.some((c) => c.doubt)).toBe(false);
  });
});
