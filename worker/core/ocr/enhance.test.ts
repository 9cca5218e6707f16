import { describe, expect, it } from 'vitest';
import { findCard } from './enhance';
import type { Gray, Quad } from './image';

const LICENCE = 1400 / 990;

/**
 * A 1200 × 900 grey photo: a dark table (15), and a page over [x0, x1) × [y0, y1) whose
 * paper is `light(x)` grey, with a printed frame line (grey 60, 4 px) inset by `frame` px
 * when `frame` is set, as on a licence.
 */
function photo(
  [x0, y0, x1, y1]: [number, number, number, number],
  light: (x: number) => number,
  frame?: number,
): Gray {
  const width = 1200;
  const height = 900;
  const data = new Uint8Array(width * height).fill(15);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const d = frame === undefined ? -1 : Math.min(x - x0, x1 - 1 - x, y - y0, y1 - 1 - y);
      data[y * width + x] = d >= frame! && d < frame! + 4 ? 60 : light(x);
    }
  }
  return { width, height, data };
}

/** Each corner of `q` within `tol` px of the rectangle's. */
function near(q: Quad | null, [x0, y0, x1, y1]: number[], tol: number) {
  expect(q).not.toBeNull();
  const want = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  q!.forEach(([x, y], i) => {
    expect(Math.abs(x - want[i]![0]!)).toBeLessThan(tol);
    expect(Math.abs(y - want[i]![1]!)).toBeLessThan(tol);
  });
}

describe('findCard: the page in a photo', () => {
  const page: [number, number, number, number] = [150, 150, 1050, 786];

  // A lamp at the left edge: paper at 150 there, falling to 55 across the page. Otsu's
  // threshold alone kept the lit part: at 450 px of lamp a part with no page's shape, at 480
  // px a page cut short at x = 804.
  it.each([450, 480])(
    'finds the whole page when the light falls off across it (lamp %i px)',
    (lamp) => {
      const dim = photo(page, (x) => Math.round(55 + 95 * Math.exp(-(((x - 150) / lamp) ** 2))));
      const found = findCard(dim, LICENCE);
      near(found.quad, page, 12);
      expect(found.touches).toBe(false);
    },
  );

  it("keeps to a licence's printed frame in even light (its margin adds all round)", () => {
    const inset = 30;
    const found = findCard(
      photo(page, () => 200, inset),
      LICENCE,
    );
    near(found.quad, [page[0] + inset, page[1] + inset, page[2] - inset, page[3] - inset], 12);
  });

  it('does not take the table for the page when the page runs off the frame', () => {
    const cut = findCard(
      photo([0, 150, 900, 786], (x) => Math.round(200 - x / 10)),
      LICENCE,
    );
    expect(cut.touches).toBe(true);
  });
});
