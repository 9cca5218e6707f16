/**
 * Card detection and light correction for phone photos: where the card is (so it can be
 * rectified to its fixed layout) and an even, high-contrast page for the recogniser.
 */
import { resize, type Gray, type Quad } from './image';

/** Otsu's threshold of a grey image. */
export function otsu(img: Gray): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of img.data) hist[v]!++;
  const total = img.data.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * hist[i]!;
  let wB = 0;
  let sumB = 0;
  let best = 0;
  let at = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const between = wB * wF * (sumB / wB - (sumAll - sumB) / wF) ** 2;
    if (between > best) {
      best = between;
      at = t;
    }
  }
  return at;
}

/**
 * The card's corners, found as the extreme points of the largest bright region on a small copy
 * (cards and licences are lighter than the table they lie on). Null when that region is too
 * small or far from `aspect` (width / height), e.g. a scan where the card fills the frame.
 */
export function findCard(img: Gray, aspect: number): Quad | null {
  const scale = 240 / Math.max(img.width, img.height);
  const w = Math.max(1, Math.round(img.width * scale));
  const h = Math.max(1, Math.round(img.height * scale));
  const small = resize(img, w, h);
  const t = otsu(small);
  const mask = small.data.map((v) => (v > t ? 1 : 0));
  // Largest 4-connected bright component (iterative flood fill).
  const label = new Int32Array(w * h).fill(-1);
  let bestId = -1;
  let bestSize = 0;
  const stack: number[] = [];
  for (let s = 0; s < w * h; s++) {
    if (!mask[s] || label[s]! >= 0) continue;
    let size = 0;
    stack.push(s);
    label[s] = s;
    while (stack.length) {
      const p = stack.pop()!;
      size++;
      const x = p % w;
      for (const q of [p - 1, p + 1, p - w, p + w]) {
        if (q < 0 || q >= w * h || (q === p - 1 && x === 0) || (q === p + 1 && x === w - 1)) {
          continue;
        }
        if (mask[q] && label[q]! < 0) {
          label[q] = s;
          stack.push(q);
        }
      }
    }
    if (size > bestSize) {
      bestSize = size;
      bestId = s;
    }
  }
  if (bestSize < 0.15 * w * h || bestSize > 0.97 * w * h) return null;
  let tl: Point2 = [0, 0, Infinity];
  let tr: Point2 = [0, 0, -Infinity];
  let br: Point2 = [0, 0, -Infinity];
  let bl: Point2 = [0, 0, Infinity];
  for (let p = 0; p < w * h; p++) {
    if (label[p] !== bestId) continue;
    const x = p % w;
    const y = (p - x) / w;
    if (x + y < tl[2]) tl = [x, y, x + y];
    if (x + y > br[2]) br = [x, y, x + y];
    if (x - y > tr[2]) tr = [x, y, x - y];
    if (x - y < bl[2]) bl = [x, y, x - y];
  }
  const quad: Quad = [tl, tr, br, bl].map(([x, y]) => [
    (x + 0.5) / scale,
    (y + 0.5) / scale,
  ]) as Quad;
  const top = Math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]);
  const left = Math.hypot(quad[3][0] - quad[0][0], quad[3][1] - quad[0][1]);
  const ratio = top / Math.max(1, left);
  return Math.abs(ratio - aspect) / aspect < 0.2 ? quad : null;
}

type Point2 = [number, number, number];

/**
 * Divides out the background brightness (a blurred max-filtered copy), which removes uneven
 * light and shadows, then stretches contrast so text is near black and paper near white.
 */
export function flatten(img: Gray, hard = true): Gray {
  const cell = 24;
  const bw = Math.ceil(img.width / cell);
  const bh = Math.ceil(img.height / cell);
  const bg = new Float32Array(bw * bh);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = ((y / cell) | 0) * bw + ((x / cell) | 0);
      bg[i] = Math.max(bg[i]!, img.data[y * img.width + x]!);
    }
  }
  // One 3×3 smoothing pass so a cell full of text borrows its neighbours' paper level.
  const sm = new Float32Array(bw * bh);
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      let m = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const yy = Math.min(bh - 1, Math.max(0, y + dy));
          const xx = Math.min(bw - 1, Math.max(0, x + dx));
          m = Math.max(m, bg[yy * bw + xx]!);
        }
      }
      sm[y * bw + x] = m;
    }
  }
  const out = new Uint8Array(img.data.length);
  for (let y = 0; y < img.height; y++) {
    const fy = Math.min(bh - 1.001, Math.max(0, y / cell - 0.5));
    const y0 = fy | 0;
    for (let x = 0; x < img.width; x++) {
      const fx = Math.min(bw - 1.001, Math.max(0, x / cell - 0.5));
      const x0 = fx | 0;
      const ax = fx - x0;
      const ay = fy - y0;
      const x1 = Math.min(bw - 1, x0 + 1);
      const y1 = Math.min(bh - 1, y0 + 1);
      const b =
        sm[y0 * bw + x0]! * (1 - ax) * (1 - ay) +
        sm[y0 * bw + x1]! * ax * (1 - ay) +
        sm[y1 * bw + x0]! * (1 - ax) * ay +
        sm[y1 * bw + x1]! * ax * ay;
      const v = (img.data[y * img.width + x]! / Math.max(32, b)) * 255;
      // Paper above ~85% of its local level becomes white: drops faint background patterns.
      // Soft: only the light is evened out, so thin strokes of dense characters (霞, 磊) survive.
      out[y * img.width + x] = !hard
        ? Math.min(255, v)
        : v > 215
          ? 255
          : Math.max(0, (v - 40) * 1.4);
    }
  }
  return { width: img.width, height: img.height, data: out };
}
