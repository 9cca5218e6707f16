/** Stand-in character pictures and a drawer of them, for the shape checks' tests. */
import type { Gray } from './image';
import type { GlyphDrawer } from './shapes';

/**
 * Stand-in "characters" as 8 × 8 pictures ('#' ink), drawn at any scale: 圭 two stacked bars
 * crossed by a stem, 垚 three blocks, 或 and 彧 the same box with and without a foot, 哗 and 晔
 * the same but for a bar across the box on the left.
 */
export const PICTURES: Record<string, string[]> = {
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
  哗: [
    '....#.#.',
    '###.###.',
    '#.#..#..',
    '#.#.####',
    '###..#..',
    '.....#..',
    '....####',
    '.....#..',
  ],
  晔: [
    '....#.#.',
    '###.###.',
    '#.#..#..',
    '###.####',
    '#.#..#..',
    '###..#..',
    '....####',
    '.....#..',
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

/**
 * Two alike but for a part: 葬 and 犇 the same box, with a foot on the left or on the right;
 * 奔 drawn as 犇; 洁 and 浩 the same box, 浩 with a bar more under it.
 */
PICTURES['葬'] = [
  '########',
  '#......#',
  '#......#',
  '#......#',
  '#......#',
  '########',
  '........',
  '###.....',
];
PICTURES['犇'] = [...PICTURES['葬'].slice(0, 7), '.....###'];
PICTURES['奔'] = PICTURES['犇'];
PICTURES['洁'] = [...PICTURES['葬'].slice(0, 7), '#.......'];
PICTURES['浩'] = [...PICTURES['葬'].slice(0, 7), '#..####.'];

/** A traditional form, drawn the same as 垚 so that only the table can keep it out. */
PICTURES['爾'] = PICTURES['垚']!;

/**
 * A page of `text` drawn at `scale` pixels per picture cell, one character per 10 cells; a
 * character without a picture is drawn as 张 (any other character).
 */
export function page(text: string, scale: number, pictures = PICTURES): Gray {
  const chars = [...text];
  const width = chars.length * 10 * scale;
  const height = 10 * scale;
  const data = new Uint8Array(width * height).fill(235);
  chars.forEach((ch, k) => {
    const pic = pictures[ch] ?? PICTURES[ch] ?? PICTURES['张']!;
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
export const drawer: GlyphDrawer = (ch) => page(PICTURES[ch] ? ch : '张', 6);
export const lacking: GlyphDrawer = (ch) => (ch === '垚' ? page('张', 6) : drawer(ch));

/**
 * A second face (a 宋体 beside the 黑体 above) for 圭 and 垚: thin strokes, 垚's lower blocks
 * drawn as two small 土. A page printed in it fits the first face's 圭 and 垚 about as well.
 */
export const SERIF: Record<string, string[]> = {
  圭: [
    '...#....',
    '..###...',
    '...#....',
    '.#####..',
    '...#....',
    '..###...',
    '...#....',
    '#######.',
  ],
  垚: [
    '...#....',
    '..###...',
    '.#####..',
    '........',
    '.#...#..',
    '###.###.',
    '.#...#..',
    '###.###.',
  ],
};
export const serifDrawer: GlyphDrawer = (ch) => page(PICTURES[ch] ? ch : '张', 6, SERIF);
