/**
 * Card detection and the page's slope for phone photos: where the card is (so it can be
 * rectified to its fixed layout) and how much its rows still slope. The light is evened out
 * in light.ts.
 */
import { median } from './glyphs';
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
  /**
   * How much darker the table around the document is than the threshold between the two
   * (0–255; the frame's border grey below Otsu's): a dark table gives a clean outline, one
   * about as light as the paper (a white desk) may take in its light parts (see TABLE_CLEAR).
   */
  contrast?: number;
  /**
   * The share of the ring just outside the outline (3% of the photo's diagonal out) that is as
   * light as the paper: a white desk or a pale stripe beside the document (see TABLE_CLEAR).
   */
  lightAround?: number;
}

/**
 * The contrast (see Detection) from which the outline is trusted, with at most LIGHT_AROUND of
 * its ring light. Tuning half, first slice: photos on the usual tables 38–103 (all but two 50
 * and up), rings 0–0.07 light (all but one at most 0.03); on light tables 1–82 (all but five
 * under 50), and of those five, two with 0.08 and 0.10 of their rings light.
 */
export const TABLE_CLEAR = 50;
export const LIGHT_AROUND = 0.05;

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
  const found = detectAt(small, t, scale, aspect);
  // Light falling off across the page (a lamp to one side, a dim room) leaves its far side
  // below Otsu's threshold, cutting the page short. The table around it is darker still: a
  // threshold halfway between the table (the frame's border) and Otsu's finds the whole page.
  // It is taken only when it still lies free of the frame, fills its corners' quadrilateral,
  // and either grew lopsidedly (see LOPSIDED) or has a page's shape where Otsu's region had
  // none. A licence's margin outside its printed frame, where Otsu's region stops, adds evenly
  // all round.
  const bg = borderLevel(small);
  const measured = (d: Detection): Detection => ({
    ...d,
    contrast: t - bg,
    lightAround: d.quad ? lightAround(small, d.quad, scale, t) : 1,
  });
  // A table about as light as the threshold leaves no room for a lower one.
  if (found.touches || bg >= t - 8) return measured(found);
  const grown = detectAt(small, Math.round((bg + t) / 2), scale, aspect);
  if (!grown.quad || grown.touches || grown.solid < 0.9) return measured(found);
  if (!found.quad) return measured(grown);
  const [gx, gy] = centre(grown.quad);
  const [fx, fy] = centre(found.quad);
  const [tl, , br] = grown.quad;
  const diagonal = Math.hypot(br[0] - tl[0], br[1] - tl[1]);
  return measured(Math.hypot(gx - fx, gy - fy) > LOPSIDED * diagonal ? grown : found);
}

/**
 * The share of points just outside `quad` (photo coordinates; `scale` maps them onto `small`)
 * lighter than `t`: 39 along each side, 3% of the diagonal out; points off the photo skipped.
 */
export function lightAround(small: Gray, quad: Quad, scale: number, t: number): number {
  const q = quad.map(([x, y]) => [x * scale, y * scale]) as Quad;
  const [cx, cy] = centre(q);
  const out = 0.03 * Math.hypot(small.width, small.height);
  let n = 0;
  let light = 0;
  for (let i = 0; i < 4; i++) {
    const [ax, ay] = q[i]!;
    const [bx, by] = q[(i + 1) % 4]!;
    const len = Math.hypot(bx - ax, by - ay) || 1;
    // The side's normal, turned away from the centre.
    let nx = (ay - by) / len;
    let ny = (bx - ax) / len;
    if (((ax + bx) / 2 - cx) * nx + ((ay + by) / 2 - cy) * ny < 0) [nx, ny] = [-nx, -ny];
    for (let k = 1; k < 40; k++) {
      const x = Math.round(ax + ((bx - ax) * k) / 40 + nx * out);
      const y = Math.round(ay + ((by - ay) * k) / 40 + ny * out);
      if (x < 0 || y < 0 || x >= small.width || y >= small.height) continue;
      n++;
      if (small.data[y * small.width + x]! > t) light++;
    }
  }
  return n ? light / n : 1;
}

/**
 * How far (share of the page's diagonal) the page's centre must move for the lower threshold's
 * page to be taken. Tuning half: pages cut short by failing light 0.08–0.15; a licence's margin
 * and edge pixels ≤ 0.04.
 */
const LOPSIDED = 0.06;

const centre = (q: Quad): [number, number] => [
  (q[0][0] + q[1][0] + q[2][0] + q[3][0]) / 4,
  (q[0][1] + q[1][1] + q[2][1] + q[3][1]) / 4,
];

/** The frame's border: its median grey (the table, where the document lies free of it). */
function borderLevel(g: Gray): number {
  const { width: w, height: h, data } = g;
  const v: number[] = [];
  for (let x = 0; x < w; x++) v.push(data[x]!, data[(h - 1) * w + x]!);
  for (let y = 0; y < h; y++) v.push(data[y * w]!, data[y * w + w - 1]!);
  return median(v);
}

/** The largest region brighter than `t` on the small copy, and its corners (see findCard). */
function detectAt(
  small: Gray,
  t: number,
  scale: number,
  aspect: number,
): Detection & { solid: number } {
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
  if (share < 0.12 || share > 0.97) return { quad: null, touches, share, solid: 0 };
  const rough: Quad = [tl, tr, br, bl].map(([x, y]) => [x, y]) as Quad;
  const fitted = refineCorners(rough, boundary) ?? rough;
  const quad = fitted.map(([x, y]) => [(x + 0.5) / scale, (y + 0.5) / scale]) as Quad;
  const top = Math.hypot(quad[1][0] - quad[0][0], quad[1][1] - quad[0][1]);
  const bottom = Math.hypot(quad[2][0] - quad[3][0], quad[2][1] - quad[3][1]);
  const left = Math.hypot(quad[3][0] - quad[0][0], quad[3][1] - quad[0][1]);
  const right = Math.hypot(quad[2][0] - quad[1][0], quad[2][1] - quad[1][1]);
  // Perspective shortens one side: compare the longer of each pair.
  const ratio = Math.max(top, bottom) / Math.max(1, left, right);
  // How much of the corners' quadrilateral the region fills (shoelace area, small pixels).
  let area = 0;
  for (let i = 0; i < 4; i++) {
    const [x1, y1] = fitted[i]!;
    const [x2, y2] = fitted[(i + 1) % 4]!;
    area += x1 * y2 - x2 * y1;
  }
  const solid = bestSize / Math.max(1, Math.abs(area) / 2);
  return { quad: Math.abs(ratio - aspect) / aspect < 0.3 ? quad : null, touches, share, solid };
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
