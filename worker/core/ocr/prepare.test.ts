import { describe, expect, it } from 'vitest';
import type { Rgba } from './image';
import { prepare } from './prepare';

/**
 * A 4:3 picture (a phone photo's shape, nearly a licence's): a dark green table, and white
 * paper over [x0, x1) × [y0, y1) with a few lines of dark "text" on it.
 */
function picture(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  lightTable = false,
  table: [number, number, number] = [40, 80, 40],
): Rgba {
  const width = 1200;
  const height = 900;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const paper = x >= x0 && x < x1 && y >= y0 && y < y1;
      const text = paper && (y - y0) % 60 < 12 && y - y0 > 80 && (x - x0) % 30 < 20;
      // A light table: beside the paper, as far as the frame's left edge, a white desk as
      // light as the paper (the rest of the table stays dark).
      const desk = lightTable && x < x0 && y >= y0 && y < y1;
      const [r, g, b] = text ? [30, 30, 30] : paper || desk ? [235, 235, 230] : table;
      data.set([r, g, b, 255], i);
    }
  }
  return { width, height, data };
}

describe('prepare: a document cut off by the frame', () => {
  it('is cut off when the paper runs out of a 4:3 photo with the table showing', () => {
    expect(prepare('licence', picture(0, 120, 700, 780)).quality.cutOff).toBe(true);
  });

  it('is not when the paper fills the frame (a scan) or lies inside it', () => {
    expect(prepare('licence', picture(0, 0, 1200, 900)).quality.cutOff).toBe(false);
    expect(prepare('licence', picture(100, 100, 1100, 800)).quality.cutOff).toBe(false);
  });
});

describe('prepare: a document on a table about as light as its paper', () => {
  // An ID card (its shape is not the frame's, so the frame is no scan of it).
  const onDesk = picture(200, 200, 1000, 705, true);

  it('takes the desk for paper: an outline running off the frame, as if cut off', () => {
    const p = prepare('id', onDesk);
    expect(p.quality.cutOff).toBe(true);
    expect(p.outlined).toBe(true);
  });

  it('reads the frame as it is when asked (`whole`): not rectified, nothing cut off', () => {
    const p = prepare('id', onDesk, true);
    expect(p).toMatchObject({ rectified: false, outlined: false });
    expect(p.quality.cutOff).toBe(false);
  });

  it('rectifies by an outline inside the frame, not cut off', () => {
    const inside = prepare('licence', picture(100, 100, 1100, 800));
    expect(inside).toMatchObject({ outlined: true, rectified: true });
    expect(inside.quality.cutOff).toBe(false);
  });

  it('trusts an outline a dark table draws, not one running off the frame or on a pale table', () => {
    expect(prepare('licence', picture(100, 100, 1100, 800)).clearOutline).toBe(true);
    expect(prepare('id', onDesk).clearOutline).toBe(false);
    // A pale grey table: the paper is found, but the table is nearly as light.
    const pale = prepare('licence', picture(100, 100, 1100, 800, false, [180, 180, 175]));
    expect(pale).toMatchObject({ outlined: true, clearOutline: false });
    // A dark table with a white stripe just beside the paper, apart from it and the frame (a
    // light-table card of the tuning half): the ring outside the outline is partly light.
    const striped = picture(200, 200, 1000, 705);
    for (let y = 200; y < 705; y++) {
      for (let x = 140; x < 190; x++) striped.data.set([235, 235, 230], (y * 1200 + x) * 4);
    }
    expect(prepare('id', striped)).toMatchObject({ outlined: true, clearOutline: false });
    expect(prepare('id', picture(200, 200, 1000, 705)).clearOutline).toBe(true);
  });
});
