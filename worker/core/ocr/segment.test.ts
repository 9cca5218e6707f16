import { describe, expect, it } from 'vitest';
import type { Gray } from './image';
import { bodyRows, FAINT_INK, FAINT_REACH, growFaint, pageText } from './segment';

type Ink = [number, number, number, number];

/** A white page with black boxes (x0, y0, x1, y1) standing for characters and their parts. */
function page(boxes: Ink[]): Gray {
  const W = 800;
  const H = 300;
  const data = new Uint8Array(W * H).fill(255);
  for (const [x0, y0, x1, y1] of boxes) {
    for (let y = y0; y < y1; y++) data.fill(0, y * W + x0, y * W + x1);
  }
  return { width: W, height: H, data };
}

/** A line of ten 26-pixel-wide, 28-pixel-high characters from x = 100, its top at `y`. */
const textLine = (y: number): Ink[] =>
  Array.from({ length: 10 }, (_, i): Ink => [100 + 32 * i, y, 126 + 32 * i, y + 28]);

describe('pageText', () => {
  it("keeps a character alone on a line whole: 号's parts printed one over the other", () => {
    // A line of ten 28-pixel characters, and under it a wrapped address's last 号 alone: its
    // 口 (12 pixels high) over its 丂 (14 pixels), 3 pixels apart, as on a tuning-side scan.
    const line = textLine(100);
    const pt = pageText(page([...line, [100, 158, 120, 170], [98, 173, 124, 187]]));
    const rows = bodyRows(pt);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.segs).toEqual([{ x0: 98, x1: 124, y0: 158, y1: 187 }]);
  });

  it('finds text printed fainter than the ink threshold only at the faint one', () => {
    // Thin strokes of a light 宋体, blurred in a photo, come out at ~190 on the evened page.
    const faint = page(textLine(100));
    for (let i = 0; i < faint.data.length; i++) if (faint.data[i] === 0) faint.data[i] = 192;
    expect(bodyRows(pageText(faint))).toHaveLength(0);
    const rows = bodyRows(pageText(faint, undefined, FAINT_INK));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.segs[0]).toMatchObject({ x0: 100, y0: 100, y1: 128 });
  });

  it('never joins characters of two lines', () => {
    const two = pageText(
      page([
        [100, 100, 126, 128],
        [100, 145, 126, 173],
      ]),
    );
    expect(two.rows).toHaveLength(2);
  });

  it("reads no row of the page's frame: one piece across half the page at its edge", () => {
    // A line of text, and the frame's pattern at the top edge: dashes 30 pixels long, 10
    // apart, joined into one piece across the page as a guilloche border is.
    const line = textLine(100);
    const dashes = Array.from({ length: 19 }, (_, i): Ink => [
      10 + 40 * i,
      2,
      40 + 40 * i,
      16 + (i % 2) * 10,
    ]);
    const pt = pageText(page([...line, ...dashes]));
    expect(pt.rows[0]!.segs[0]!.x1 - pt.rows[0]!.segs[0]!.x0).toBeGreaterThan(400);
    const rows = bodyRows(pt);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.y0).toBe(100);
    // The same text line at the edge is text: no piece of it spans half the page.
    const top = bodyRows(pageText(page(line.map(([x0, , x1]) => [x0, 2, x1, 30]))));
    expect(top).toHaveLength(1);
  });

  it("reads no piece of a title printed twice the body's height (营业执照)", () => {
    // Ink as a checkerboard of 6-pixel cells, corner to corner: one component, with no
    // straight run long enough to pass for a printed rule.
    const ink = (x0: number, y0: number, x1: number, y1: number) => {
      const cells: Ink[] = [];
      for (let y = y0; y < y1; y += 6) {
        for (let x = x0 + (((y - y0) / 6) % 2) * 6; x < x1; x += 12) {
          cells.push([x, y, Math.min(x + 6, x1), Math.min(y + 6, y1)]);
        }
      }
      return cells;
    };
    // A line of body text, and above it a title of 60-pixel characters: 业 and 执 whole (one
    // component each), 营 in three pieces each short enough to pass for text.
    const line = Array.from({ length: 10 }, (_, i) => ink(100 + 32 * i, 200, 126 + 32 * i, 228));
    const ying = [ink(322, 60, 358, 80), ink(326, 84, 354, 98), ink(322, 100, 358, 120)];
    const title = [ink(380, 60, 434, 120), ink(460, 60, 514, 120)];
    const withTitle = bodyRows(pageText(page([...line, ...ying, ...title].flat())));
    expect(withTitle.map((r) => r.y0)).toEqual([200]);
    // One big square alone (a QR code's corner, a seal's star) takes nothing with it.
    const alone = bodyRows(pageText(page([...line, ...ying, title[0]!].flat())));
    expect(alone.map((r) => r.y0)).toEqual([60, 100, 200]);
  });
});

describe('growFaint', () => {
  /** A name's first two characters in ink, its third (x 164–190) at `third` grey. */
  const name = (third: number) => {
    const g = page(textLine(100).slice(0, 2));
    for (let y = 100; y < 128; y++) g.data.fill(third, y * g.width + 164, y * g.width + 190);
    return g;
  };
  const seg = { x0: 100, x1: 158, y0: 100, y1: 128 };

  it('takes in a last character printed fainter than the ink threshold', () => {
    // 黄军立 on a held-out licence photo: 立 blurred to ~190, between INK and FAINT_INK.
    const g = name(192);
    expect(bodyRows(pageText(g))[0]!.segs).toEqual([seg]);
    expect(growFaint(g, seg, 28, 0, 800)).toEqual({ ...seg, x1: 190 });
  });

  it('leaves a segment alone beside paper, or ink paler than the faint threshold', () => {
    expect(growFaint(name(255), seg, 28, 0, 800)).toEqual(seg);
    expect(growFaint(name(FAINT_INK + 5), seg, 28, 0, 800)).toEqual(seg);
  });

  it('stops at a blank wider than a gap and after FAINT_REACH heights, and nears no neighbour', () => {
    const g = name(192);
    // A faint character 22 pixels after the segment: within a 0.9-height gap, not 16 pixels.
    const apart = page(textLine(100).slice(0, 2));
    for (let y = 100; y < 128; y++)
      apart.data.fill(192, y * apart.width + 180, y * apart.width + 206);
    expect(growFaint(apart, seg, 28, 0, 800)).toEqual({ ...seg, x1: 206 });
    expect(growFaint(apart, seg, 28, 0, 800, 16)).toEqual(seg);
    // Faint ink running on to the next segment (at x = 200) bridges two spaced characters:
    // the halo of 姓 reaching 名 on a tuning ID card. No growth towards it at all.
    expect(growFaint(g, seg, 28, 0, 200)).toEqual(seg);
    expect(growFaint(g, seg, 28, 0, 240)).toEqual({ ...seg, x1: 190 });
    // Dark ink past the faint character is another line's reaching into the band: no growth
    // past it (a speck between two lines grew along both into a made-up 黑龙壮).
    const dark = name(192);
    for (let y = 120; y < 128; y++) dark.data.fill(30, y * dark.width + 176, y * dark.width + 178);
    expect(growFaint(dark, seg, 28, 0, 800)).toEqual({ ...seg, x1: 176 });
    // A faint rule running on along the row: at most FAINT_REACH heights of it.
    const rule = page(textLine(100).slice(0, 2));
    for (let y = 110; y < 118; y++) rule.data.fill(192, y * rule.width + 158, y * rule.width + 700);
    expect(growFaint(rule, seg, 28, 0, 800).x1).toBe(158 + FAINT_REACH * 28);
  });

  it("never grows over the page's grey rim, nor a speck standing at the edge", () => {
    // A rectified photo's rim: the page's last 40 columns at 192. The first two characters
    // end 40 columns before it; a speck at the edge (x 790–800) grew over it into a piece
    // read as 一 after an address (tuning licence 268).
    const rim = page(textLine(100).slice(0, 2));
    for (let y = 0; y < rim.height; y++)
      rim.data.fill(192, y * rim.width + 760, (y + 1) * rim.width);
    const near = { ...seg, x0: 700, x1: 740 };
    const g = page([]);
    g.data.set(rim.data);
    for (let y = 100; y < 128; y++) g.data.fill(0, y * g.width + 700, y * g.width + 740);
    expect(growFaint(g, near, 28, 0, 800)).toEqual(near);
    const speck = { x0: 790, x1: 800, y0: 100, y1: 128 };
    expect(growFaint(g, speck, 28, 740, 800)).toEqual(speck);
  });
});
