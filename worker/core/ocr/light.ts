/**
 * Evening out the light on a rectified page: the paper's level divided out (uneven light,
 * shadows), and the contrast a glare took from the text under it given back, so the
 * recogniser sees an even page.
 */
import { median } from './glyphs';
import type { Gray } from './image';

/**
 * Divides out the background brightness (a blurred max-filtered copy), which removes uneven
 * light and shadows, then stretches contrast so text is near black and paper near white.
 * Text under a glare is given back its contrast (see `glareGain`).
 */
export function flatten(img: Gray, hard = true): Gray {
  const cell = 24;
  const bw = Math.ceil(img.width / cell);
  const bh = Math.ceil(img.height / cell);
  const bg = new Float32Array(bw * bh);
  const darkest = new Float32Array(bw * bh).fill(255);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = ((y / cell) | 0) * bw + ((x / cell) | 0);
      bg[i] = Math.max(bg[i]!, img.data[y * img.width + x]!);
      darkest[i] = Math.min(darkest[i]!, img.data[y * img.width + x]!);
    }
  }
  // One 3×3 smoothing pass so a cell full of text borrows its neighbours' paper level.
  const sm = spread(bg, bw, bh, Math.max);
  const div = new Float64Array(img.data.length);
  for (let y = 0; y < img.height; y++) {
    const fy = Math.min(bh - 1.001, Math.max(0, y / cell - 0.5));
    const y0 = fy | 0;
    const ay = fy - y0;
    const y1 = Math.min(bh - 1, y0 + 1);
    for (let x = 0; x < img.width; x++) {
      const fx = Math.min(bw - 1.001, Math.max(0, x / cell - 0.5));
      const x0 = fx | 0;
      const ax = fx - x0;
      const x1 = Math.min(bw - 1, x0 + 1);
      const b =
        sm[y0 * bw + x0]! * (1 - ax) * (1 - ay) +
        sm[y0 * bw + x1]! * ax * (1 - ay) +
        sm[y1 * bw + x0]! * (1 - ax) * ay +
        sm[y1 * bw + x1]! * ax * ay;
      div[y * img.width + x] = Math.min(
        255,
        (img.data[y * img.width + x]! / Math.max(32, b)) * 255,
      );
    }
  }
  const glare = glareGain(div, img.width, sm, darkest, bw, bh, cell);
  const out = new Uint8Array(img.data.length);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = y * img.width + x;
      let v = div[i]!;
      if (glare) {
        const w = sample(glare.white, bw, bh, cell, x, y);
        v = 255 - ((w - v) * sample(glare.gain, bw, bh, cell, x, y) * 255) / w;
      }
      // Paper above ~85% of its local level becomes white: drops faint background patterns.
      // Soft: only the light is evened out, so thin strokes of dense characters (霞, 磊) survive.
      out[i] = !hard ? Math.max(0, Math.min(255, v)) : v > 215 ? 255 : Math.max(0, (v - 40) * 1.4);
    }
  }
  return { width: img.width, height: img.height, data: out };
}

/** Each cell of a grid replaced by the max (or min) of its 3×3 neighbourhood. */
function spread(
  grid: Float32Array,
  bw: number,
  bh: number,
  pick: (a: number, b: number) => number,
): Float32Array {
  const out = new Float32Array(bw * bh);
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      let m = grid[y * bw + x]!;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const yy = Math.min(bh - 1, Math.max(0, y + dy));
          const xx = Math.min(bw - 1, Math.max(0, x + dx));
          m = pick(m, grid[yy * bw + xx]!);
        }
      }
      out[y * bw + x] = m;
    }
  }
  return out;
}

/** A per-cell value at pixel (x, y), interpolated between the cells' centres. */
function sample(grid: Float32Array, bw: number, bh: number, cell: number, x: number, y: number) {
  const fy = Math.min(bh - 1.001, Math.max(0, y / cell - 0.5));
  const fx = Math.min(bw - 1.001, Math.max(0, x / cell - 0.5));
  const x0 = fx | 0;
  const y0 = fy | 0;
  const ax = fx - x0;
  const ay = fy - y0;
  const x1 = Math.min(bw - 1, x0 + 1);
  const y1 = Math.min(bh - 1, y0 + 1);
  return (
    grid[y0 * bw + x0]! * (1 - ax) * (1 - ay) +
    grid[y0 * bw + x1]! * ax * (1 - ay) +
    grid[y1 * bw + x0]! * (1 - ax) * ay +
    grid[y1 * bw + x1]! * ax * ay
  );
}

/**
 * The paper's level around each cell: the mean over the cells up to `reach` away (a summed-area
 * table). Light falling unevenly changes it smoothly, so a cell brighter than its surroundings
 * by much is lit by something else.
 */
function surroundings(paper: Float32Array, bw: number, bh: number, reach: number): Float32Array {
  const sum = new Float64Array((bw + 1) * (bh + 1));
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      sum[(y + 1) * (bw + 1) + x + 1] =
        paper[y * bw + x]! +
        sum[y * (bw + 1) + x + 1]! +
        sum[(y + 1) * (bw + 1) + x]! -
        sum[y * (bw + 1) + x]!;
    }
  }
  const out = new Float32Array(bw * bh);
  for (let y = 0; y < bh; y++) {
    const y0 = Math.max(0, y - reach);
    const y1 = Math.min(bh, y + reach + 1);
    for (let x = 0; x < bw; x++) {
      const x0 = Math.max(0, x - reach);
      const x1 = Math.min(bw, x + reach + 1);
      const total =
        sum[y1 * (bw + 1) + x1]! -
        sum[y0 * (bw + 1) + x1]! -
        sum[y1 * (bw + 1) + x0]! +
        sum[y0 * (bw + 1) + x0]!;
      out[y * bw + x] = total / ((y1 - y0) * (x1 - x0));
    }
  }
  return out;
}

/**
 * A glare (light reflected off the card) adds to paper and ink alike: text under it keeps its
 * shape but loses most of its contrast, which dividing by the paper's level does not bring
 * back. A glare shows as paper washed out to white, far brighter than the paper around it
 * (`paper`: per cell, before dividing). Near such a core, where the ink on the light-evened
 * page (`div`) stands less deep below its cell's white than the page's usual text, the depth
 * is stretched back towards the usual one (at most 3×), from the cell's own white (the ring
 * the division greys around a glare becomes white). The stretch fades in with the glare, so
 * it draws no seams. Null when there is no glare: the page is then left exactly as it was.
 */
export function glareGain(
  div: Float64Array,
  width: number,
  paper: Float32Array,
  darkest: Float32Array,
  bw: number,
  bh: number,
  cell: number,
): { gain: Float32Array; white: Float32Array } | null {
  const around = surroundings(paper, bw, bh, 12);
  // The core: cells washed out to white all over (`darkest`, each cell's darkest pixel before
  // dividing; a red seal, lifted to white by toGray, leaves the paper around it as it was)
  // and far above their surroundings, three cells or more from the page's edge (turning the
  // page by up to 4° pads its edges with white).
  const cores: number[] = [];
  for (let y = 3; y < bh - 3; y++) {
    for (let x = 3; x < bw - 3; x++) {
      const i = y * bw + x;
      if (darkest[i]! >= 245 && paper[i]! >= around[i]! + 20) cores.push(i);
    }
  }
  if (cores.length < 3) return null;
  // The cells a glare may reach: up to four cells from a core.
  const reached = new Uint8Array(bw * bh);
  for (const c of cores) {
    const cx = c % bw;
    const cy = (c - cx) / bw;
    for (let y = Math.max(0, cy - 4); y <= Math.min(bh - 1, cy + 4); y++) {
      reached.fill(1, y * bw + Math.max(0, cx - 4), y * bw + Math.min(bw - 1, cx + 4) + 1);
    }
  }
  const lo = new Float32Array(bw * bh).fill(255);
  const hi = new Float32Array(bw * bh);
  for (let i = 0; i < div.length; i++) {
    const x = i % width;
    const j = (((i - x) / width / cell) | 0) * bw + ((x / cell) | 0);
    if (div[i]! < lo[j]!) lo[j] = div[i]!;
    if (div[i]! > hi[j]!) hi[j] = div[i]!;
  }
  const ink = spread(lo, bw, bh, Math.min);
  // The usual text: away from the glare.
  const usual = [...ink.keys()].filter((i) => !reached[i] && ink[i]! < 150);
  if (usual.length < 8) return null;
  const depth = median(usual.map((i) => hi[i]! - ink[i]!));
  const gain = new Float32Array(bw * bh).fill(1);
  const white = new Float32Array(bw * bh).fill(255);
  let any = false;
  for (let i = 0; i < gain.length; i++) {
    if (!reached[i]) continue;
    const d = hi[i]! - ink[i]!;
    if (d < 30 || hi[i]! < 128) continue;
    const g = Math.min(3, depth / d);
    // How much brighter than its surroundings the cell's paper is, 0 to 1.
    const lift = Math.min(1, Math.max(0, (paper[i]! - around[i]! - 8) / 16));
    const w = lift * Math.min(1, Math.max(0, (g - 1.15) / 0.3));
    if (w === 0) continue;
    gain[i] = 1 + w * (g - 1);
    white[i] = 255 - w * (255 - hi[i]!);
    any = true;
  }
  return any ? { gain, white } : null;
}
