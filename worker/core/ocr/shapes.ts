/**
 * A rare name character checked against its drawn shape. The line model reads 垚 as 圭 and 彧
 * as 或 (trained on text where the common one is a thousand times likelier), the printed one
 * often among its runner-ups. On paper they differ plainly (three 土, not two; 彡 beside 或):
 * each candidate is drawn in the device's faces (a 黑体 and a 宋体) and compared with the ink,
 * outline against outline (a chamfer distance), in the face that fits the ink best (a 宋体 垚
 * fits a 黑体 垚 barely better than 圭, a 宋体 one twice as well). A face the device lacks (a
 * 楷体) narrows the margins, so a wide one is asked for; the reading stands otherwise. Two
 * characters alike but for a part (摄 and 掇, 郑 and 郯) differ too little as wholes; where the
 * reading is known wrong (a place that is no place, place-shapes.ts), the part may decide: the
 * strokes each has that the other lacks, on the page for one and missing for the other. Not
 * in a name read as a name can be: a serif's foot passed for 本's bar (木 → 本) and a
 * neighbour's ink for 啊's 口 (阿 → 啊), in faces the rule was not tuned on.
 *
 * Only a person's name is checked, and only a character the model was unsure of (or a
 * look-alike no name carries, 或): a runner-up (never a traditional form) replaces it when it
 * fits the ink far better than the reading. It stays marked, the reading offered back.
 */
import { median } from './glyphs';
import { otsu } from './enhance';
import { crop, type Gray } from './image';
import type { RawValue } from './anchored';
import { NAME_LOOK_ALIKES, RARE_LOOK_ALIKES } from './options';
import { TRADITIONAL } from './traditional';

/** Draws one character black on white, at any size (in one of the device's own typefaces). */
export type GlyphDrawer = (ch: string) => Gray | null;
/** The device's faces (a sans-serif and a serif), or one. */
export type GlyphFaces = GlyphDrawer | readonly GlyphDrawer[];

/** Side of the square both shapes are compared in. */
export const SHAPE_SIZE = 32;
/** Characters read at least this sure (0–100) are not checked (look-alikes always are). */
export const SHAPE_CHECK_MAX = 95;
/** A candidate must fit the ink this much better than the reading (its distance's ratio). */
export const SHAPE_BETTER = 0.6;
/** In a name (tuning half: right readings had none under 0.75; misread, 0.62 and down). */
export const NAME_SHAPE_BETTER = 0.7;
/**
 * For a look-alike no name carries (或), its rare character (彧) need only fit better: the
 * reading is already known wrong for a name, and the two differ only in a small foot (彡)
 * that a scan blurs, so the margin stays small.
 */
export const SHAPE_LOOK_ALIKE_BETTER = 1;
/** And clearly better than the next candidate: a tie between two is no answer. */
export const SHAPE_UNIQUE = 0.85;

const isHan = (ch: string) => /^\p{Script=Han}$/u.test(ch);

/**
 * The ink of `g` (pixels darker than `ink`, Otsu's cut when not given), its bounding box scaled
 * into a SHAPE_SIZE square keeping its proportions, centred. Null for no ink.
 */
export function shapeOf(g: Gray, ink = otsu(g)): Uint8Array | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < g.height; y++) {
    for (let x = 0; x < g.width; x++) {
      if (g.data[y * g.width + x]! > ink) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  }
  if (x1 < 0) return null;
  const n = SHAPE_SIZE;
  const side = Math.max(x1 - x0 + 1, y1 - y0 + 1);
  const ox = x0 - (side - (x1 - x0 + 1)) / 2;
  const oy = y0 - (side - (y1 - y0 + 1)) / 2;
  const out = new Uint8Array(n * n);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const sx = Math.floor(ox + ((x + 0.5) * side) / n);
      const sy = Math.floor(oy + ((y + 0.5) * side) / n);
      if (sx < x0 || sx > x1 || sy < y0 || sy > y1) continue;
      if (g.data[sy * g.width + sx]! <= ink) out[y * n + x] = 1;
    }
  }
  return out;
}

/** Each cell's distance to the nearest ink (a two-pass chamfer transform, 3-4 weights / 3). */
function distances(shape: Uint8Array): Float32Array {
  const n = SHAPE_SIZE;
  const d = new Float32Array(n * n);
  for (let i = 0; i < d.length; i++) d[i] = shape[i] ? 0 : 1e6;
  const at = (x: number, y: number) => (x < 0 || y < 0 || x >= n || y >= n ? 1e6 : d[y * n + x]!);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      const i = y * n + x;
      d[i] = Math.min(
        d[i]!,
        at(x - 1, y) + 3,
        at(x, y - 1) + 3,
        at(x - 1, y - 1) + 4,
        at(x + 1, y - 1) + 4,
      );
    }
  }
  for (let y = n - 1; y >= 0; y--) {
    for (let x = n - 1; x >= 0; x--) {
      const i = y * n + x;
      d[i] = Math.min(
        d[i]!,
        at(x + 1, y) + 3,
        at(x, y + 1) + 3,
        at(x + 1, y + 1) + 4,
        at(x - 1, y + 1) + 4,
      );
    }
  }
  for (let i = 0; i < d.length; i++) d[i] = d[i]! / 3;
  return d;
}

/**
 * How far apart two shapes' outlines are: the mean distance from each one's ink to the
 * other's, both ways averaged (0 for the same shape; in SHAPE_SIZE cells).
 */
export function shapeDistance(a: Uint8Array, b: Uint8Array): number {
  const da = distances(a);
  const db = distances(b);
  let sa = 0;
  let na = 0;
  let sb = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i]) {
      sa += db[i]!;
      na++;
    }
    if (b[i]) {
      sb += da[i]!;
      nb++;
    }
  }
  if (!na || !nb) return Infinity;
  return (sa / na + sb / nb) / 2;
}

/**
 * Which of `candidates` (the reading first) the ink `cell` is, by shape: a candidate when it
 * fits `better` times closer than the reading and SHAPE_UNIQUE closer than any other, or else,
 * with `parts`, the one candidate whose own strokes the page shows where the reading's are
 * missing (`ownStrokesShow`); null when the reading stands or nothing can tell (no ink; a
 * character the typeface lacks, drawn as the same box as a code point no face has).
 */
export function shapeVote(
  cell: Gray,
  candidates: readonly string[],
  faces: GlyphFaces,
  better = SHAPE_BETTER,
  parts = false,
): string | null {
  const ink = shapeOf(cell);
  if (!ink || candidates.length < 2) return null;
  // The page is printed in one face: the one whose drawing of some candidate fits it best.
  const weighed = ([faces].flat() as GlyphDrawer[])
    .map((draw) => weigh(ink, candidates, draw))
    .filter((w) => Number.isFinite(w.dist[0]!));
  const face = weighed.sort((a, b) => Math.min(...a.dist) - Math.min(...b.dist))[0];
  if (!face) return null;
  const { shapes, dist } = face;
  const read = dist[0]!;
  const order = dist.flatMap((d, i) => (i ? [{ d, i }] : [])).sort((a, b) => a.d - b.d);
  const best = order[0];
  if (!best) return null;
  const next = order[1]?.d ?? Infinity;
  if (best.d < better * read && best.d <= SHAPE_UNIQUE * next) return candidates[best.i]!;
  if (!parts) return null;
  // Two characters alike but for a part (摄 and 掇, 郑 and 郯): that part decides.
  const own = order.filter(({ d, i }) => ownStrokesShow(ink, shapes[0]!, shapes[i]!, d / read));
  return own.length === 1 ? candidates[own[0]!.i]! : null;
}

/** Each candidate drawn by `draw` and its distance to `ink` (Infinity where the face lacks it). */
function weigh(ink: Uint8Array, candidates: readonly string[], draw: GlyphDrawer) {
  const tofu = tofuOf(draw);
  const shapes = candidates.map((ch) => {
    const g = draw(ch);
    const s = g && shapeOf(g);
    return !s || (tofu !== null && key(g) === tofu) ? null : s;
  });
  return { shapes, dist: shapes.map((s) => (s ? shapeDistance(ink, s) : Infinity)) };
}

/** A drawn stroke this far (SHAPE_SIZE cells) from the other character's ink is its own. */
export const OWN_APART = 2;
/** Fewer own cells than this are no part of its own (a serif, a stroke's end). */
const OWN_MIN = 4;
/** Own strokes shown: the page's ink this near them on average (cells). */
export const OWN_SHOWN = 0.5;
/** Own strokes missing: the page's ink this far from them on average (cells). */
export const OWN_MISSING = 1.5;
/** Where only one of the two has own strokes, a part is all that tells them: both rules. */
const OWN_SHOWN_ALONE = 0.4;
const OWN_ALONE_RATIO = 0.9;

/**
 * How near the page's ink (`dx`, its distances) lies to the strokes of `a` that lie away from
 * `b`'s ink (`db`): their mean distance, or null when `a` has (almost) none of its own.
 */
function ownDistance(a: Uint8Array, db: Float32Array, dx: Float32Array): number | null {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    if (!a[i] || db[i]! <= OWN_APART) continue;
    n++;
    sum += dx[i]!;
  }
  return n >= OWN_MIN ? sum / n : null;
}

/**
 * Whether the page (`ink`) is the candidate rather than the reading by the strokes that tell
 * the two apart: the candidate's own strokes are on the page and the reading's own are not,
 * with the whole shape (`ratio`, the candidate's distance over the reading's) closer too.
 * Where one character is the other with a part more (彧 and 或), only that part can tell,
 * so it must be plainly there (or plainly missing) and the whole shape 10% closer.
 */
export function ownStrokesShow(
  ink: Uint8Array,
  read: Uint8Array,
  cand: Uint8Array,
  ratio: number,
): boolean {
  if (!(ratio < 1)) return false;
  const dx = distances(ink);
  const r = ownDistance(read, distances(cand), dx);
  const c = ownDistance(cand, distances(read), dx);
  if (r === null && c === null) return false;
  if (r === null) return c! <= OWN_SHOWN_ALONE && ratio < OWN_ALONE_RATIO;
  if (c === null) return r >= OWN_MISSING && ratio < OWN_ALONE_RATIO;
  return r >= OWN_MISSING && c <= OWN_SHOWN;
}

/**
 * How far apart characters `h` tall stand on a line whose characters the model placed at
 * `xs`: their median step, kept within 0.8–1.3 heights (a lost or split character skews it).
 */
export function pitchOf(xs: readonly number[], h: number): number {
  const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
  return Math.min(1.3 * h, Math.max(0.8 * h, gaps.length ? median(gaps) : h));
}

/**
 * The page's ink a pitch wide and 1.2 heights tall around a character. The model's x may lie
 * anywhere on its character, so the window is slid up to 0.3 pitch either way to where its
 * edges cut the least ink (the blanks between characters), the nearest such place first.
 */
export function cellAt(page: Gray, x: number, mid: number, pitch: number, h: number): Gray | null {
  const y0 = Math.max(0, Math.round(mid - 0.6 * h));
  const y1 = Math.min(page.height, Math.round(mid + 0.6 * h));
  const w = Math.round(pitch);
  if (w < 4 || y1 - y0 < 4) return null;
  const reach = Math.round(0.3 * pitch);
  const from = Math.max(0, Math.round(x - pitch / 2) - reach);
  const to = Math.min(page.width, Math.round(x + pitch / 2) + reach);
  const area = crop(page, from, y0, to - from, y1 - y0);
  const ink = otsu(area);
  const column = Array.from({ length: area.width }, (_, cx) => {
    let n = 0;
    for (let cy = 0; cy < area.height; cy++) if (area.data[cy * area.width + cx]! <= ink) n++;
    return n;
  });
  const edges = (left: number) => (column[left] ?? 0) + (column[left + w - 1] ?? 0);
  const centre = Math.round(x - pitch / 2) - from;
  let best = Math.max(0, Math.min(centre, area.width - w));
  for (let d = 1; d <= reach; d++) {
    for (const left of [centre - d, centre + d]) {
      if (left < 0 || left + w > area.width) continue;
      if (edges(left) < edges(best)) best = left;
    }
  }
  return crop(area, best, 0, Math.min(w, area.width - best), area.height);
}

/** What `draw` draws for a code point no face has (its missing-glyph box), once per drawer. */
const tofus = new WeakMap<GlyphDrawer, string | null>();
function tofuOf(draw: GlyphDrawer): string | null {
  if (!tofus.has(draw)) tofus.set(draw, key(draw('\u{10FFFD}')));
  return tofus.get(draw)!;
}

const key = (g: Gray | null) => (g ? `${g.width}x${g.height}:${shapeOf(g)?.join('') ?? ''}` : null);

/**
 * A one-line value's characters with what a shape check needs: each one's confidence, its
 * runner-ups (a copy to change) and its cell on `page`; null for a wrapped value or one whose
 * characters' places are unknown. Characters stand a pitch apart; the model's steps place each
 * one only roughly (a step fires anywhere on its character), so the cell is a pitch wide
 * around it, not up to the neighbours.
 */
function placedValue(page: Gray, value: RawValue) {
  const chars = [...value.text];
  const { xs, sure } = value;
  if (value.lines || !xs || !sure || xs.length !== chars.length || sure.length !== chars.length)
    return null;
  const h = value.box.y1 - value.box.y0;
  const mid = (value.box.y0 + value.box.y1) / 2;
  const pitch = pitchOf(xs, h);
  const alts = [...(value.alts ?? chars.map(() => ''))];
  return { chars, sure, alts, cellOf: (i: number) => cellAt(page, xs[i]!, mid, pitch, h) };
}

/**
 * A person's name (`value`, read on one line of `page`) with its unsure characters checked by
 * shape (see the module's comment): the value with any character replaced, marked (confidence
 * at most 60, the reading's character first among that one's alternatives unless no name
 * carries it), or unchanged.
 */
export function checkNameShapes(page: Gray, value: RawValue, draw: GlyphFaces): RawValue {
  const placed = placedValue(page, value);
  if (!placed) return value;
  const { chars, sure, alts, cellOf } = placed;
  const out = [...chars];
  let changed = false;
  chars.forEach((ch, i) => {
    const look = NAME_LOOK_ALIKES.get(ch);
    if (!isHan(ch) || (!look && sure[i]! >= SHAPE_CHECK_MAX)) return;
    // A name on a mainland document is printed simplified: a traditional form (爾) is no candidate.
    const rare = RARE_LOOK_ALIKES.get(ch) ?? '';
    const others = [...new Set((look ?? '') + rare + (alts[i] ?? ''))].filter(
      (c) => isHan(c) && c !== ch && !TRADITIONAL.has(c) && !NAME_LOOK_ALIKES.has(c),
    );
    if (!others.length) return;
    const cell = cellOf(i);
    if (!cell) return;
    // A look-alike is weighed against its rare character alone, with the looser margin; where
    // the ink cannot tell (a neighbour's stroke in the cell), the model's own runner-up being
    // that character decides: the reading is one no name carries (會 read, 曾 second).
    const pick = look
      ? (shapeVote(cell, [ch, look], draw, SHAPE_LOOK_ALIKE_BETTER) ??
        ((alts[i] ?? '').includes(look) ? look : null))
      : shapeVote(cell, [ch, ...others], draw, NAME_SHAPE_BETTER);
    if (!pick) return;
    out[i] = pick;
    // The reading is offered back, unless it is a look-alike no name carries (或).
    alts[i] = [...(look ? [] : [ch]), ...others.filter((c) => c !== pick)].join('');
    changed = true;
  });
  if (!changed) return value;
  return {
    ...value,
    text: out.join(''),
    confidence: Math.min(value.confidence, 60),
    sure: sure.map((s, i) => (out[i] !== chars[i] ? Math.min(s, 60) : s)),
    alts,
  };
}

/** `checkNameShapes` on the person-name field of `values` (姓名, 经营者 or 法定代表人), in place. */
export function checkPersonShapes(
  page: Gray,
  values: Partial<Record<string, RawValue>>,
  field: string,
  draw: GlyphFaces,
): void {
  const v = values[field];
  if (v) values[field] = checkNameShapes(page, v, draw);
}

/** A business name's doubted character (`checkBusinessShapes`): marked whichever it is. */
const BUSINESS_DOUBT = 60;

/**
 * A business name's character that the model read as the common half of a rare name pair
 * (`RARE_LOOK_ALIKES`: 森 for 淼) while offering the rare one itself as its runner-up: 邵阳淼鑫…
 * read 邵阳森鑫…, unmarked, on a held-out licence. 森 is an ordinary shop-name character, so
 * only the model's own doubt calls for a look: the ink decides at the strict margin, and where
 * it cannot, the name is marked with the rare one offered first.
 */
export function checkBusinessShapes(page: Gray, value: RawValue, draw: GlyphFaces): RawValue {
  const placed = placedValue(page, value);
  if (!placed) return value;
  const { chars, sure, alts, cellOf } = placed;
  const out = [...chars];
  const least = [...sure];
  chars.forEach((ch, i) => {
    const rare = RARE_LOOK_ALIKES.get(ch);
    if (!rare || !(alts[i] ?? '').includes(rare)) return;
    const cell = cellOf(i);
    const pick = cell && shapeVote(cell, [ch, rare], draw);
    const others = [...(alts[i] ?? '')].filter((c) => c !== rare && c !== pick);
    out[i] = pick ?? ch;
    alts[i] = [pick ? ch : rare, ...others].join('');
    least[i] = Math.min(least[i]!, BUSINESS_DOUBT);
  });
  if (least.every((s, i) => s === sure[i])) return value;
  return {
    ...value,
    text: out.join(''),
    confidence: Math.min(value.confidence, ...least),
    sure: least,
    alts,
  };
}
