/**
 * A photo taken out of focus: how wide the text's edges are, and the page sharpened for the
 * line model when they are wide.
 */
import type { Gray } from './image';

/**
 * How far the page's edges spread, from 2 (every edge a step narrower than `step` pixels) to
 * 4 (every edge a ramp wider than twice that): the energy of differences `2 × step` apart over
 * that of differences `step` apart. A sharp step of height s gives s² at one offset and 2s²
 * at the other; a ramp of width w ≥ 2 × step gives four times the first. The ratio depends on
 * neither contrast nor light, and flat paper adds almost nothing to either sum.
 * On the rectified page (text ~30 px high) with `step` 3: ≤ 2.6 for scans and ordinary phone
 * photos (dim and glaring ones too) and ≥ 2.64 for photos blurred by 1.6 px or more before the
 * card was cut out and enlarged (the benchmark's tuning half, eight slices).
 */
export function edgeSpread(g: Gray, step = 3): number {
  const { width: W, height: H, data } = g;
  const k = step;
  let near = 0;
  let far = 0;
  for (let y = 0; y < H - 2 * k; y++) {
    for (let x = 0; x < W - 2 * k; x++) {
      const i = y * W + x;
      const v = data[i]!;
      const a = data[i + k]! - v;
      const b = data[i + 2 * k]! - v;
      const c = data[i + k * W]! - v;
      const d = data[i + 2 * k * W]! - v;
      near += a * a + c * c;
      far += b * b + d * d;
    }
  }
  return near ? far / near : 2;
}

/** Edges at least this spread: the photo is out of focus (see `edgeSpread`). */
export const SOFT_EDGES = 2.7;

/** Normalised Gaussian weights from -r to r. */
function kernel(sigma: number): number[] {
  const r = Math.ceil(3 * sigma);
  const k: number[] = [];
  for (let i = -r; i <= r; i++) k.push(Math.exp(-(i * i) / (2 * sigma * sigma)));
  const sum = k.reduce((s, v) => s + v, 0);
  return k.map((v) => v / sum);
}

/** One pass of a separable blur, along x or along y; the edge pixels repeated beyond the page. */
function pass(src: Float32Array, W: number, H: number, k: readonly number[], alongX: boolean) {
  const r = (k.length - 1) / 2;
  const out = new Float32Array(W * H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) {
        const xx = alongX ? Math.min(W - 1, Math.max(0, x + i)) : x;
        const yy = alongX ? y : Math.min(H - 1, Math.max(0, y + i));
        s += k[i + r]! * src[yy * W + xx]!;
      }
      out[y * W + x] = s;
    }
  }
  return out;
}

/**
 * Unsharp masking: the page plus `amount` times its difference from a Gaussian blur of
 * `sigma` pixels, which steepens edges spread over a few pixels. Deconvolving with a Gaussian
 * (Richardson–Lucy, 10 rounds) read no more of the blurred tuning photos and took ~20× longer.
 */
export function unsharp(g: Gray, sigma = 3, amount = 1): Gray {
  const { width: W, height: H, data } = g;
  const k = kernel(sigma);
  const blurred = pass(pass(Float32Array.from(data), W, H, k, true), W, H, k, false);
  const out = new Uint8Array(W * H);
  for (let i = 0; i < out.length; i++) {
    const v = data[i]! + amount * (data[i]! - blurred[i]!);
    out[i] = Math.max(0, Math.min(255, Math.round(v)));
  }
  return { width: W, height: H, data: out };
}
