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

/** Where the document lies in a photo: its corners, and whether it runs off the frame. */
export interface Detection {
  quad: Quad | null;
  /** The document's region touches the photo's edge (part of it may be cut off). */
  touches: boolean;
  /** Share of the photo the region covers (0–1). */
  share: number;
}

/**
 * The card's corners: the largest bright region on a small copy (cards and licences are
 * lighter than the table they lie on), its extreme points as first corners, then each side
 * fitted as a straight line through its boundary (so rounded corners, a perspective of ~25°
 * and a bump of glare do not move a corner). `quad` is null when the region is too small or
 * far from `aspect` (width / height), e.g. a scan where the card fills the frame.
 */
export function findCard(img: Gray, aspect: number): Detection {
  const scale = 320 / Math.max(img.width, img.height);
  const w = Math.max(1, Math.round(img.width * scale));
  const h = Math.max(1, Math.round(img.height * scale));
  const small = resize(img, w, h);
  const t = otsu(small);
  return detectAt(small, t, scale, aspect);
}

/** The largest region brighter than `t` on the small copy, and its corners (see findCard). */
function detectAt(small: Gray, t: number, scale: number, aspect: number): Detection {
  const { width: w, height: h } = small;
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
  const share = bestSize / (w * h);
  let touches = false;
  const boundary: [number, number][] = [];
  let tl: Point2 = [0, 0, Infinity];
  let tr: Point2 = [0, 0, -Infinity];
  let br: Point2 = [0, 0, -Infinity];
  let bl: Point2 = [0, 0, Infinity];
  for (let p = 0; p < w * h; p++) {
    if (label[p] !== bestId) continue;
    const x = p % w;
    const y = (p - x) / w;
    if (x === 0 || y === 0 || x === w - 1 || y === h - 1) touches = true;
    const edge =
      x === 0 ||
      y === 0 ||
      x === w - 1 ||
      y === h - 1 ||
      label[p - 1] !== bestId ||
      label[p + 1] !== bestId ||
      label[p - w] !== bestId ||
      label[p + w] !== bestId;
    if (edge) boundary.push([x, y]);
    if (x + y < tl[2]) tl = [x, y, x + y];
    if (x + y > br[2]) br = [x, y, x + y];
    if (x - y > tr[2]) tr = [x, y, x - y];
    if (x - y < bl[2]) bl = [x, y, x - y];
  }
  if (share < 0.12 || share > 0.97) return { quad: null, touches, share };
  const rough: Quad = [tl, tr, br, bl].map(([x, y]) => [x, y]) as Quad;
  const fitted = refineCorners(rough, boundary) ?? rough;
  const quad = fitted.map(([x, y]) => [(x + 0.5) / scale, (y + 0.5) / scale]) as Quad;
  const top = Math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]);
  const bottom = Math.hypot(quad[2][0] - quad[3][0], quad[2][1] - quad[3][1]);
  const left = Math.hypot(quad[3][0] - quad[0][0], quad[3][1] - quad[0][1]);
  const right = Math.hypot(quad[2][0] - quad[1][0], quad[2][1] - quad[1][1]);
  // Perspective shortens one side: compare the longer of each pair.
  const ratio = Math.max(top, bottom) / Math.max(1, left, right);
  return { quad: Math.abs(ratio - aspect) / aspect < 0.3 ? quad : null, touches, share };
}

/**
 * Each side as the least-squares line through the boundary points near the segment between
 * two rough corners (the middle 80% of it), corners where adjacent lines cross. Null when a
 * side has too few points.
 */
function refineCorners(q: Quad, boundary: [number, number][]): Quad | null {
  const lines: { px: number; py: number; dx: number; dy: number }[] = [];
  for (let i = 0; i < 4; i++) {
    const a = q[i]!;
    const b = q[(i + 1) % 4]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len < 8) return null;
    const ux = (b[0] - a[0]) / len;
    const uy = (b[1] - a[1]) / len;
    const pts = boundary.filter(([x, y]) => {
      const t = (x - a[0]) * ux + (y - a[1]) * uy;
      const d = Math.abs(-(x - a[0]) * uy + (y - a[1]) * ux);
      return t > 0.1 * len && t < 0.9 * len && d < Math.max(3, 0.06 * len);
    });
    if (pts.length < 6) return null;
    const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
    const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    let sxx = 0;
    let sxy = 0;
    let syy = 0;
    for (const [x, y] of pts) {
      sxx += (x - mx) ** 2;
      sxy += (x - mx) * (y - my);
      syy += (y - my) ** 2;
    }
    // Principal direction of the points.
    const theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
    lines.push({ px: mx, py: my, dx: Math.cos(theta), dy: Math.sin(theta) });
  }
  const out: [number, number][] = [];
  for (let i = 0; i < 4; i++) {
    const l1 = lines[(i + 3) % 4]!;
    const l2 = lines[i]!;
    const den = l1.dx * l2.dy - l1.dy * l2.dx;
    if (Math.abs(den) < 1e-6) return null;
    const t = ((l2.px - l1.px) * l2.dy - (l2.py - l1.py) * l2.dx) / den;
    out.push([l1.px + t * l1.dx, l1.py + t * l1.dy]);
  }
  // A refined corner far from its rough one means a bad fit: keep the rough quad.
  for (let i = 0; i < 4; i++) {
    if (Math.hypot(out[i]![0] - q[i]![0], out[i]![1] - q[i]![1]) > 12) return null;
  }
  return out as Quad;
}

type Point2 = [number, number, number];

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

function median(xs: Iterable<number>): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
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

/**
 * The slope of the text rows (radians, clockwise positive) on a light-evened page: the angle
 * at which the ink's row profile is sharpest. Rectification leaves ~1° (a scan laid askew, a
 * corner found a little off), enough to slide a two-column row into the next one.
 */
export function skewAngle(g: Gray, maxDeg = 4): number {
  const pts: number[] = [];
  for (let y = 0; y < g.height; y += 2) {
    for (let x = 0; x < g.width; x += 2) if (g.data[y * g.width + x]! < 160) pts.push(x, y);
  }
  if (pts.length < 200) return 0;
  const score = (a: number) => {
    const t = Math.tan(a);
    const bins = new Float64Array(
      Math.ceil(g.height / 2) + Math.ceil((g.width * Math.abs(t)) / 2) + 4,
    );
    const off = Math.max(0, g.width * t);
    for (let i = 0; i < pts.length; i += 2) {
      const b = ((pts[i + 1]! - pts[i]! * t + off) / 2) | 0;
      if (b >= 0 && b < bins.length) bins[b]!++;
    }
    let s = 0;
    for (const v of bins) s += v * v;
    return s;
  };
  const rad = Math.PI / 180;
  let best = 0;
  let bestScore = score(0);
  for (let d = -maxDeg; d <= maxDeg; d += 0.25) {
    const sc = score(d * rad);
    if (sc > bestScore) {
      bestScore = sc;
      best = d;
    }
  }
  for (const d of [best - 0.125, best + 0.125]) {
    const sc = score(d * rad);
    if (sc > bestScore) {
      bestScore = sc;
      best = d;
    }
  }
  return best * rad;
}
