import { describe, expect, it } from 'vitest';
import { edgeSpread, SOFT_EDGES, unsharp } from './focus';
import type { Gray } from './image';

const W = 240;
const H = 120;

/** Dark strokes 3 px wide on paper, every 12 px, on the middle rows. */
function strokes(): Gray {
  const data = new Uint8Array(W * H).fill(230);
  for (let y = 40; y < 80; y++)
    for (let x = 6; x < W - 6; x += 24) data.fill(30, y * W + x, y * W + x + 3);
  return { width: W, height: H, data };
}

/** A box blur of radius r, `times` times (close to a Gaussian). */
function blur(g: Gray, r: number, times = 3): Gray {
  let d = Float32Array.from(g.data);
  for (let t = 0; t < times; t++) {
    const out = new Float32Array(d.length);
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        let s = 0;
        let n = 0;
        for (let dy = -r; dy <= r; dy++) {
          for (let dx = -r; dx <= r; dx++) {
            const xx = x + dx;
            const yy = y + dy;
            if (xx < 0 || yy < 0 || xx >= W || yy >= H) continue;
            s += d[yy * W + xx]!;
            n++;
          }
        }
        out[y * W + x] = s / n;
      }
    }
    d = out;
  }
  return { width: W, height: H, data: Uint8Array.from(d, (v) => Math.round(v)) };
}

describe('edgeSpread', () => {
  it('tells sharp strokes from the same strokes out of focus, whatever their contrast', () => {
    const sharp = strokes();
    expect(edgeSpread(sharp)).toBeLessThan(2.3);
    const faint = { ...sharp, data: sharp.data.map((v) => (v === 30 ? 180 : v)) };
    expect(Math.abs(edgeSpread(faint) - edgeSpread(sharp))).toBeLessThan(0.01);
    expect(edgeSpread(blur(sharp, 1))).toBeLessThan(SOFT_EDGES);
    expect(edgeSpread(blur(sharp, 4))).toBeGreaterThan(SOFT_EDGES);
  });

  it('gives blank paper the value of a sharp page', () => {
    expect(edgeSpread({ width: W, height: H, data: new Uint8Array(W * H).fill(200) })).toBe(2);
  });
});

describe('unsharp', () => {
  it('steepens blurred edges and keeps flat paper as it was', () => {
    const soft = blur(strokes(), 3);
    const sharpened = unsharp(soft);
    expect(edgeSpread(sharpened)).toBeLessThan(edgeSpread(soft));
    // The stroke's centre darker, the paper between strokes lighter than in the blurred page.
    const centre = 60 * W + 7;
    const between = 60 * W + 18;
    expect(sharpened.data[centre]!).toBeLessThan(soft.data[centre]!);
    expect(sharpened.data[between]!).toBeGreaterThanOrEqual(soft.data[between]!);
    expect(sharpened.data[5 * W + 100]).toBe(soft.data[5 * W + 100]);
  });
});
