import { describe, expect, it } from 'vitest';
import type { RawValue } from './anchored';
import type { Gray } from './image';
import {
  checkNameShapes,
  SHAPE_SIZE,
  shapeDistance,
  shapeOf,
  shapeVote,
  type GlyphDrawer,
} from './shapes';

/**
 * Stand-in "characters" as 8 × 8 pictures ('#' ink), drawn at any scale: 圭 two stacked bars
 * crossed by a stem, 垚 three blocks, 或 and 彧 the same box with and without a foot.
 */
const PICTURES: Record<string, string[]> = {
  圭: [
    '...#....',
    '.#####..',
    '...#....',
    '#######.',
    '...#....',
    '.#####..',
    '...#....',
    '#######.',
  ],
  垚: [
    '..###...',
    '..###...',
    '........',
    '###.###.',
    '###.###.',
    '........',
    '###.###.',
    '###.###.',
  ],
  或: [
    '######..',
    '#....#..',
    '#....#..',
    '######..',
    '........',
    '........',
    '........',
    '........',
  ],
  彧: [
    '######..',
    '#....#..',
    '#....#..',
    '######..',
    '........',
    '#.#.#...',
    '#.#.#...',
    '#.#.#...',
  ],
  张: [
    '#.#.#.#.',
    '.#.#.#.#',
    '#.#.#.#.',
    '.#.#.#.#',
    '#.#.#.#.',
    '.#.#.#.#',
    '#.#.#.#.',
    '.#.#.#.#',
  ],
};

/** A traditional form, drawn the same as 垚 so that only the table can keep it out. */
PICTURES['爾'] = PICTURES['垚']!;

/** A page of `text` drawn at `scale` pixels per picture cell, one character per 10 cells. */
function page(text: string, scale: number): Gray {
  const chars = [...text];
  const width = chars.length * 10 * scale;
  const height = 10 * scale;
  const data = new Uint8Array(width * height).fill(235);
  chars.forEach((ch, k) => {
    const pic = PICTURES[ch]!;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < 10 * scale; x++) {
        const py = Math.floor(y / scale) - 1;
        const px = Math.floor(x / scale) - 1;
        if (pic[py]?.[px] === '#') data[y * width + k * 10 * scale + x] = 40;
      }
    }
  });
  return { width, height, data };
}

/** The drawer: each picture at 6 px per cell; '\u{10FFFD}' and unknown characters are a box. */
const drawer: GlyphDrawer = (ch) => page(PICTURES[ch] ? ch : '张', 6);
const lacking: GlyphDrawer = (ch) => (ch === '垚' ? page('张', 6) : drawer(ch));

/** A value read from `page(text, 3)`: xs at each character's centre. */
function value(text: string, sure: number[], alts: string[]): RawValue {
  const n = [...text].length;
  return {
    text,
    confidence: Math.min(...sure),
    sure,
    alts,
    xs: Array.from({ length: n }, (_, i) => (i + 0.5) * 30),
    box: { x0: 0, y0: 3, x1: n * 30, y1: 27 },
    label: '姓名',
  };
}

describe('shapes', () => {
  it('puts ink in a square by its bounding box, whatever its size', () => {
    const small = shapeOf(page('圭', 2))!;
    const large = shapeOf(page('圭', 7))!;
    expect(small).toHaveLength(SHAPE_SIZE * SHAPE_SIZE);
    expect(shapeDistance(small, large)).toBeLessThan(0.3);
    expect(shapeDistance(small, shapeOf(page('垚', 2))!)).toBeGreaterThan(0.5);
    expect(shapeOf({ width: 4, height: 4, data: new Uint8Array(16).fill(200) }, 100)).toBeNull();
  });

  it('votes for the candidate that fits the ink far better than the reading', () => {
    expect(shapeVote(page('垚', 3), ['圭', '卦', '垚'], drawer)).toBe('垚');
    expect(shapeVote(page('彧', 3), ['或', '彧'], drawer)).toBe('彧');
  });

  it('keeps the reading when it fits, and when a candidate is drawn as the missing box', () => {
    expect(shapeVote(page('圭', 3), ['圭', '垚'], drawer)).toBeNull();
    expect(shapeVote(page('垚', 3), ['圭', '垚'], lacking)).toBeNull();
  });

  it('replaces an unsure name character, marks the name and offers the reading back', () => {
    const v = checkNameShapes(page('张垚', 3), value('张圭', [99.9, 60], ['', '卦垚']), drawer);
    expect(v.text).toBe('张垚');
    expect(v.confidence).toBeLessThanOrEqual(60);
    expect(v.alts?.[1]).toBe('圭卦');
    expect(v.sure).toEqual([99.9, 60]);
  });

  it('never checks a character read sure, unless it is a look-alike no name carries', () => {
    const sure = value('张圭', [99.9, 99], ['', '垚']);
    expect(checkNameShapes(page('张垚', 3), sure, drawer)).toBe(sure);
    const v = checkNameShapes(page('张彧', 3), value('张或', [99.9, 99.9], ['', '']), drawer);
    expect(v.text).toBe('张彧');
    expect(v.alts?.[1]).toBe('');
  });

  it('looks a pitch wide around the ink, wherever on its character the model placed it', () => {
    // The model's steps fire off-centre: 垚 placed 7 px right, 张 after it 8 px left.
    const v = { ...value('张圭张', [99.9, 60, 99.9], ['', '垚', '']), xs: [15, 52, 67] };
    expect(checkNameShapes(page('张垚张', 3), v, drawer).text).toBe('张垚张');
  });

  it('never puts in a traditional form, however well it fits', () => {
    const v = value('张圭', [99.9, 60], ['', '爾']);
    expect(checkNameShapes(page('张爾', 3), v, drawer)).toBe(v);
  });

  it('leaves a name the model proposed nothing better for, or read over two lines', () => {
    const none = value('张圭', [99.9, 50], ['', '卦']);
    expect(checkNameShapes(page('张垚', 3), none, drawer)).toBe(none);
    const wrapped = { ...value('张圭', [99.9, 50], ['', '垚']), lines: [] };
    expect(checkNameShapes(page('张垚', 3), wrapped, drawer)).toBe(wrapped);
  });
});
