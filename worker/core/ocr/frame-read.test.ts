import { describe, expect, it, vi } from 'vitest';
import type { OcrEngine } from './engine';
import type { Rgba } from './image';
import { extract } from './pipeline';
import type * as readPageModule from './read-page';
import { readPage } from './read-page';
import { FAINT_INK } from './segment';

vi.mock('./read-page', async (original) => {
  const real = await original<typeof readPageModule>();
  return { ...real, readPage: vi.fn(real.readPage) };
});

/**
 * A 4:3 photo: dark table, white paper over [x0, x1) × [y0, y1) with rows of dark "text", and
 * (`lightDesk`) a desk as light as the paper from the paper to the frame's left edge.
 */
function photo(x0: number, y0: number, x1: number, y1: number, lightDesk = false): Rgba {
  const [width, height] = [1200, 900];
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const paper = x >= x0 && x < x1 && y >= y0 && y < y1;
      const text = paper && (y - y0) % 60 < 12 && y - y0 > 80 && (x - x0) % 30 < 20;
      const desk = lightDesk && x < x0 && y >= y0 && y < y1;
      const v = text ? [30, 30, 30] : paper || desk ? [235, 235, 230] : [40, 80, 40];
      data.set([...v, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

/** A line model that reads nothing: no label is found, so every reading is incomplete. */
const blind: OcrEngine = {
  read: async () => ({ text: '', confidence: 0, words: [], lines: [] }),
  readLine: async () => ({ text: '', confidence: 0 }),
};

const faintPasses = () => vi.mocked(readPage).mock.calls.filter((c) => c[4] === FAINT_INK).length;

describe('the frame of a page whose outline ran off it', () => {
  it('gets no fainter second pass, where a clean page that reads nothing does', async () => {
    vi.mocked(readPage).mockClear();
    await extract('id', photo(200, 200, 1000, 705), blind);
    expect(faintPasses()).toBeGreaterThan(0);

    // On a light desk the outline runs off the frame: the rectified page is cut off (no
    // faint pass), and its frame, read too, is a poor picture as well.
    vi.mocked(readPage).mockClear();
    await extract('id', photo(200, 200, 1000, 705, true), blind);
    expect(vi.mocked(readPage).mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(faintPasses()).toBe(0);
  });
});
