/**
 * Finds the text on a page without knowing its layout: ink is split into connected components,
 * printed rules and big blobs (QR code, portrait, frame) are dropped, components are joined
 * left to right into segments (a word or a run of characters) and segments into rows by their
 * vertical overlap. The rows keep every segment's place, so two columns printed side by side
 * stay apart, and letter-spaced labels (名\u3000\u3000称) come out as separate segments of one row.
 */
import type { Gray } from './image';
import type { Box } from './types';

/** Darker than this (0–255) counts as ink on a light-evened page (see bands.ts). */
const INK = 185;
/**
 * The threshold for a page whose thin strokes (a light 宋体, a faint print, blur) stay paler
 * than INK in places, so that characters fall apart and labels go unfound (see pipeline.ts).
 */
export const FAINT_INK = 200;

export interface SegRow {
  y0: number;
  y1: number;
  /** Left to right. */
  segs: Box[];
}

export interface PageText {
  rows: SegRow[];
  /** The typical height of a printed character on this page, in pixels. */
  charHeight: number;
  width: number;
  height: number;
}

interface Comp extends Box {
  n: number;
}

/** The ink mask without long straight runs (frames, rules, underlines). */
export function inkMask(g: Gray, maxRun: number, ink = INK): Uint8Array {
  const { width: W, height: H, data } = g;
  const m = new Uint8Array(W * H);
  for (let i = 0; i < W * H; i++) m[i] = data[i]! < ink ? 1 : 0;
  const clear = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) {
    let start = -1;
    for (let x = 0; x <= W; x++) {
      const on = x < W && m[y * W + x] === 1;
      if (on && start < 0) start = x;
      if (!on && start >= 0) {
        if (x - start > maxRun) for (let k = start; k < x; k++) clear[y * W + k] = 1;
        start = -1;
      }
    }
  }
  for (let x = 0; x < W; x++) {
    let start = -1;
    for (let y = 0; y <= H; y++) {
      const on = y < H && m[y * W + x] === 1;
      if (on && start < 0) start = y;
      if (!on && start >= 0) {
        if (y - start > maxRun) for (let k = start; k < y; k++) clear[k * W + x] = 1;
        start = -1;
      }
    }
  }
  for (let i = 0; i < W * H; i++) if (clear[i]) m[i] = 0;
  return m;
}

/** 8-connected components of a mask, as boxes with their pixel counts. */
export function components(m: Uint8Array, W: number, H: number): Comp[] {
  const seen = new Uint8Array(W * H);
  const out: Comp[] = [];
  const stack = new Int32Array(W * H);
  for (let s = 0; s < W * H; s++) {
    if (!m[s] || seen[s]) continue;
    let top = 0;
    stack[top++] = s;
    seen[s] = 1;
    const c: Comp = { x0: W, y0: H, x1: 0, y1: 0, n: 0 };
    while (top) {
      const p = stack[--top]!;
      const x = p % W;
      const y = (p - x) / W;
      c.n++;
      if (x < c.x0) c.x0 = x;
      if (x + 1 > c.x1) c.x1 = x + 1;
      if (y < c.y0) c.y0 = y;
      if (y + 1 > c.y1) c.y1 = y + 1;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= H) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= W) continue;
          const q = yy * W + xx;
          if (m[q] && !seen[q]) {
            seen[q] = 1;
            stack[top++] = q;
          }
        }
      }
    }
    out.push(c);
  }
  return out;
}

/**
 * The height of a full character: the upper quartile of component heights (many components
 * are strokes or radicals, shorter than the character; the tallest are blobs).
 */
function typicalHeight(comps: Comp[], H: number): number {
  const hs = comps
    .map((c) => c.y1 - c.y0)
    .filter((h) => h >= 8 && h < 0.12 * H)
    .sort((a, b) => a - b);
  if (!hs.length) return 20;
  return hs[Math.floor(hs.length * 0.75)]!;
}

const cy = (b: Box) => (b.y0 + b.y1) / 2;

/**
 * Where a title is printed in characters twice the body's height (a licence's 营业执照): the
 * strips holding two or more such characters side by side, each whole in one component (业,
 * 照), with the pieces of the others (营's 艹 apart from its 吕, the strokes of a split 业)
 * that lie within the strip's height and touch it. The whole characters are dropped as too
 * tall for text; the pieces left behind would be read, in rows of their own, for nothing. A
 * QR code, a seal or a portrait is larger, a frame's edge thin; a title's neighbours (the 副本
 * under it, a code to its side) stand apart.
 */
function titleStrips(comps: readonly Comp[], segs: readonly Box[], h: number): Box[] {
  const size = (b: Box) => b.y1 - b.y0;
  const glyphs = comps
    .filter((c) => {
      const ch = size(c);
      const cw = c.x1 - c.x0;
      return ch > 1.8 * h && ch <= 4 * h && cw >= 0.5 * ch && cw <= 1.5 * ch;
    })
    .sort((a, b) => a.x0 - b.x0);
  const strips: (Box & { n: number; last: Box })[] = [];
  for (const c of glyphs) {
    const s = strips.find(
      ({ last }) =>
        Math.min(last.y1, c.y1) - Math.max(last.y0, c.y0) >= 0.7 * Math.min(size(last), size(c)) &&
        Math.min(size(last), size(c)) >= 0.75 * Math.max(size(last), size(c)) &&
        c.x0 - last.x1 <= 1.5 * size(c),
    );
    if (!s) {
      strips.push({ x0: c.x0, x1: c.x1, y0: c.y0, y1: c.y1, n: 1, last: c });
      continue;
    }
    s.x1 = Math.max(s.x1, c.x1);
    s.y0 = Math.min(s.y0, c.y0);
    s.y1 = Math.max(s.y1, c.y1);
    s.n++;
    s.last = c;
  }
  return strips
    .filter((s) => s.n >= 2)
    .map(({ x0, x1, y0, y1 }) => {
      const strip = { x0, x1, y0: y0 - 0.25 * h, y1: y1 + 0.25 * h };
      for (let grew = true; grew;) {
        grew = false;
        for (const g of segs) {
          if (g.y0 < strip.y0 || g.y1 > strip.y1) continue;
          if (g.x1 < strip.x0 && strip.x0 - g.x1 <= h) strip.x0 = g.x0;
          else if (g.x0 > strip.x1 && g.x0 - strip.x1 <= h) strip.x1 = g.x1;
          else continue;
          grew = true;
        }
      }
      return strip;
    });
}

/**
 * Boxes (sorted by x0) joined left to right where the gap is under `gap` and heights overlap,
 * or where one stands over the other within one character's height: the parts of a character
 * printed one above the other (口 over 丂 in 号). In a row its neighbours join them anyway; a
 * character alone on a line (a wrapped address's last 号) would otherwise be two half-height
 * pieces, each dropped as a speck or as fine print.
 */
function join(boxes: readonly Box[], gap: number, h: number): Box[] {
  const segs: Box[] = [];
  for (const c of [...boxes].sort((a, b) => a.x0 - b.x0)) {
    let best: Box | null = null;
    for (let i = segs.length - 1; i >= 0; i--) {
      const s = segs[i]!;
      if (c.x0 - s.x1 > gap) continue;
      const overlap = Math.min(s.y1, c.y1) - Math.max(s.y0, c.y0);
      const y0 = Math.min(s.y0, c.y0);
      const y1 = Math.max(s.y1, c.y1);
      const over = Math.min(s.x1, c.x1) - Math.max(s.x0, c.x0);
      const stacked = over >= 0.5 * Math.min(s.x1 - s.x0, c.x1 - c.x0) && y1 - y0 <= 1.2 * h;
      if (overlap <= 0 && Math.abs(cy(s) - cy(c)) > 0.35 * h && !stacked) continue;
      if (y1 - y0 > 1.6 * h) continue;
      if (!best || Math.abs(cy(s) - cy(c)) < Math.abs(cy(best) - cy(c))) best = s;
    }
    if (best) {
      best.x0 = Math.min(best.x0, c.x0);
      best.x1 = Math.max(best.x1, c.x1);
      best.y0 = Math.min(best.y0, c.y0);
      best.y1 = Math.max(best.y1, c.y1);
    } else segs.push({ ...c });
  }
  return segs;
}

/**
 * The page's text as rows of segments. `maxGap` (in character heights) is the widest blank
 * inside a segment; `ink` the threshold (INK, or FAINT_INK for a page printed faint).
 */
export function pageText(g: Gray, maxGap = 0.9, ink = INK): PageText {
  const { width: W, height: H } = g;
  const mask = inkMask(g, Math.max(40, Math.round(0.045 * Math.max(W, H))), ink);
  const all = components(mask, W, H).filter((c) => c.n >= 4);
  const h = typicalHeight(all, H);
  // Strokes taller than two lines are frames, photos, QR codes or stamps, not text.
  const comps = all
    .filter((c) => c.y1 - c.y0 <= 1.8 * h && c.x1 - c.x0 <= 6 * h)
    .sort((a, b) => a.x0 - b.x0);

  // Components into segments: left to right, joined while the gap is small and the heights
  // overlap; a segment never grows taller than ~1.6 characters (two lines stay two). Run
  // again on the segments until none joins: two segments must never share a character (the
  // dots of 氵 left apart from 又 would be read twice, as 江 and 汉).
  let segs: Box[] = comps.map((c) => ({ x0: c.x0, x1: c.x1, y0: c.y0, y1: c.y1 }));
  for (let pass = 0; pass < 4; pass++) {
    const joined = join(segs, maxGap * h, h);
    if (joined.length === segs.length) break;
    segs = joined;
  }
  // Specks and lone strokes far from text are dropped; a single character stays (labels are
  // letter-spaced, 性别 男 is one character).
  const titles = titleStrips(all, segs, h);
  const text = segs.filter(
    (s) =>
      s.y1 - s.y0 >= 0.45 * h &&
      s.x1 - s.x0 >= 0.3 * h &&
      !titles.some((t) => s.y0 >= t.y0 && s.y1 <= t.y1 && s.x0 >= t.x0 && s.x1 <= t.x1),
  );

  // Segments into rows: a segment joins the row it overlaps most in height (by at least half
  // of the smaller of the two), measured against the row's first segment so a row never
  // drifts into the next line.
  text.sort((a, b) => cy(a) - cy(b));
  const rows: (SegRow & { ref: Box })[] = [];
  for (const s of text) {
    let best: (SegRow & { ref: Box }) | null = null;
    let bestOverlap = 0;
    for (const r of rows) {
      const overlap = Math.min(r.ref.y1, s.y1) - Math.max(r.ref.y0, s.y0);
      const need = 0.5 * Math.min(r.ref.y1 - r.ref.y0, s.y1 - s.y0);
      if (overlap >= need && overlap > bestOverlap) {
        best = r;
        bestOverlap = overlap;
      }
    }
    if (best) {
      best.segs.push(s);
      best.y0 = Math.min(best.y0, s.y0);
      best.y1 = Math.max(best.y1, s.y1);
    } else rows.push({ y0: s.y0, y1: s.y1, segs: [s], ref: s });
  }
  for (const r of rows) r.segs.sort((a, b) => a.x0 - b.x0);
  rows.sort((a, b) => a.y0 - b.y0);
  return {
    rows: rows.map(({ y0, y1, segs }) => ({ y0, y1, segs })),
    charHeight: h,
    width: W,
    height: H,
  };
}

/** How far (in character heights) a segment may grow over faint ink (see `growFaint`). */
export const FAINT_REACH = 3;

/**
 * The segment `s` grown over the faint ink that continues it. A character printed paler than
 * the rest of its value (blur took 黄军立's 立 to between INK and FAINT_INK) falls out of every
 * segment and is never read: the value comes out a character short and nothing marks it. A
 * column counts as faint ink where two pixels of the segment's middle height are darker than
 * FAINT_INK and none is as dark as INK (ink that dark is another segment's, a line above or
 * below reaching in). The segment grows over such columns while no blank is wider than `gap`,
 * up to a column of dark ink, at most FAINT_REACH character heights (`h`) each way, and not at
 * all towards a neighbour (`lo`, `hi`) it would come within `gap` of: faint halos bridge the
 * spacing the segmenter kept (姓 名). Nor towards the page's edge, or from it: the grey rim of
 * a rectified photo grew a speck there into a piece read as 一 after an address.
 */
export function growFaint(g: Gray, s: Box, h: number, lo: number, hi: number, gap = 0.9 * h): Box {
  const inset = Math.round(0.1 * (s.y1 - s.y0));
  const y0 = Math.max(0, s.y0 + inset);
  const y1 = Math.min(g.height, s.y1 - inset);
  // A column's faint pixels, or -1 where it holds ink as dark as the segmenter's: that is
  // another segment's (a line above or below reaching into the band), never this one's.
  const faint = (x: number) => {
    let n = 0;
    for (let y = y0; y < y1; y++) {
      const v = g.data[y * g.width + x]!;
      if (v < INK) return -1;
      if (v < FAINT_INK) n++;
    }
    return n;
  };
  const reach = (from: number, step: 1 | -1, bound: number) => {
    const limit =
      step > 0
        ? Math.min(bound, g.width, from + 1 + FAINT_REACH * h)
        : Math.max(bound - 1, -1, from - 1 - FAINT_REACH * h);
    let last = from;
    for (let x = from + step; step > 0 ? x < limit : x > limit; x += step) {
      const n = faint(x);
      if (n < 0 || Math.abs(x - last) > gap) break;
      if (n >= 2) last = x;
    }
    // Faint ink running on to the next segment is the halo of two spaced characters (姓 名);
    // running on to the page's edge, the shading of its rim.
    const next = step > 0 ? bound : bound - 1;
    if (last <= 0 || last >= g.width - 1) return from;
    return next > 0 && next < g.width - 1 && Math.abs(next - last) <= gap ? from : last;
  };
  // Ink at the page's edge is its rim (or a character the frame cut): nothing to continue.
  if (s.x0 <= 0 || s.x1 >= g.width - 1) return s;
  return {
    ...s,
    x0: Math.min(s.x0, reach(s.x0, -1, lo)),
    x1: Math.max(s.x1, reach(s.x1 - 1, 1, hi) + 1),
  };
}

/**
 * The rows worth reading: fine print (a licence's footer, the QR code's caption) is well
 * smaller than the fields' text and carries none of them; skipping it saves a fifth of a
 * licence's reading time. Nor is the frame's pattern read: a row at the page's top or bottom
 * edge joined into one piece across half the page (a guilloche border, the rectified page's
 * rim) holds no text, and a line model call that wide costs half a second.
 */
export function bodyRows(pt: PageText): SegRow[] {
  const h = pt.charHeight;
  const frame = (r: SegRow) =>
    (r.y0 < h || r.y1 > pt.height - h) && r.segs.some((s) => s.x1 - s.x0 > pt.width / 2);
  return pt.rows.filter(
    (r) => Math.max(...r.segs.map((s) => s.y1 - s.y0)) >= 0.68 * h && !frame(r),
  );
}
