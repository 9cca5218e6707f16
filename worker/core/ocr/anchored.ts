/**
 * Label-anchored extraction: each value is the text to the right of its printed label, up to
 * the next label on that row, plus the lines under it (a wrapped name, address or scope) up to
 * the next label in the same column. Nothing depends on where a layout puts its fields, so any
 * field order, one or two columns and any letter spacing read the same.
 */
import type { Glyph, GlyphRow } from './glyphs';
import { findLabelHits, rowHeight, type LabelDef, type LabelHit } from './labels';
import { reachBack } from './late-start';
import type { Box } from './types';

export interface RawValue {
  text: string;
  /** 0–100: the least sure character (one wrong character is what matters). */
  confidence: number;
  /** Where the value was read (for a second engine's re-read). */
  box: Box;
  /** The label it was found by (e.g. 经营者 or 法定代表人). */
  label: string;
  /** Ink beside the value was left unread: a character may be missing. */
  doubt?: boolean;
  /** Its (one-line) value's last character is in doubt: unread ink may follow it. */
  openEnd?: boolean;
  /** Each character's confidence (0–100), in the order of `text`'s code points. */
  sure?: number[];
  /** Each character's alternatives from the line model (rec.ts), in the same order. */
  alts?: string[];
  /** Each character's centre x on the page, in the same order (shapes.ts checks by it). */
  xs?: number[];
  /** A wrapped value's lines: where each was read and how many characters of `text` it holds. */
  lines?: { box: Box; n: number; doubt?: boolean; openEnd?: boolean }[];
}

export interface Anchored {
  values: Partial<Record<string, RawValue>>;
  hits: LabelHit[];
}

/** How many of the document's fields were found by a label. */
export const fieldsFound = (a: Anchored) => new Set(a.hits.flatMap((h) => h.def.field ?? [])).size;

/**
 * Values by label. `maxLines` bounds each field's lines (1 when absent); `right` is where
 * values should end on the page (the ID card's portrait), defaulting to the page's width. It
 * is a soft bound: a page cut a little tight puts a value's last characters past it, so
 * characters continuing a value without a blank are kept there, marked as doubt (ink past
 * the bound may be the portrait's, so the value must be checked).
 */
export function anchorValues(
  rows: readonly GlyphRow[],
  defs: readonly LabelDef[],
  maxLines: Partial<Record<string, number>>,
  right = Infinity,
): Anchored {
  rows = joinSplitRows(rows);
  const hits = findLabelHits(rows, defs);
  const values: Anchored['values'] = {};
  // An exact label wins over a misread one found first (a stray 类型 in a header's text).
  const byTrust = [...hits].sort((a, b) => Number(b.exact) - Number(a.exact));
  const hitOf = new Map<string, LabelHit>();
  for (const hit of byTrust) {
    const field = hit.def.field;
    if (!field || values[field]?.text) continue;
    const v = valueOf(
      rows,
      hits,
      hit,
      maxLines[field] ?? 1,
      field === 'id_number' ? Infinity : right,
    );
    if (!v) continue;
    values[field] = { ...v, label: hit.def.text };
    hitOf.set(field, hit);
  }
  reachBack(values, hitOf, rows);
  return { values, hits };
}

/** Below this confidence a glyph is taken for a speck (a seal's or a pattern's), not text. */
const SPECK = 50;

/**
 * Rows that are one printed line split in two: a taller mark (a seal's edge, a bracket) can
 * pull part of a line into a row of its own, leaving 名 of a letter-spaced 名\u3000\u3000称 on one row
 * and 称 with the value on the next. Two neighbouring rows overlapping by at least 40% of the
 * smaller's height, whose sure glyphs stand apart (at least a character height between any
 * two), are joined. Two printed lines never overlap that much; one line's halves never
 * collide.
 */
export function joinSplitRows(rows: readonly GlyphRow[]): GlyphRow[] {
  const out: GlyphRow[] = [];
  for (const r of rows) {
    const prev = out.at(-1);
    if (prev && splitOf(prev, r)) {
      out[out.length - 1] = {
        y0: Math.min(prev.y0, r.y0),
        y1: Math.max(prev.y1, r.y1),
        h: Math.min(prev.h, r.h),
        glyphs: [...prev.glyphs, ...r.glyphs].sort((a, b) => a.x - b.x),
      };
    } else out.push(r);
  }
  return out;
}

function splitOf(a: GlyphRow, b: GlyphRow): boolean {
  if (!a.glyphs.length || !b.glyphs.length) return false;
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (overlap < 0.4 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) return false;
  const h = Math.min(rowHeight(a), rowHeight(b));
  const sure = (r: GlyphRow) => r.glyphs.filter((g) => g.confidence >= SPECK);
  const sb = sure(b);
  return sure(a).every((g) => sb.every((k) => Math.abs(g.x - k.x) >= h));
}

/** The x where the next label on one of `rows` to the right of `x` starts, or `right`. */
function nextLabelX(
  hits: readonly LabelHit[],
  rows: number | ReadonlySet<number>,
  x: number,
  right: number,
): number {
  let at = right;
  for (const k of hits) {
    const on = typeof rows === 'number' ? k.row === rows : rows.has(k.row);
    if (on && k.x0 > x && k.x0 < at) at = k.x0;
  }
  return at;
}

function valueOf(
  rows: readonly GlyphRow[],
  hits: readonly LabelHit[],
  hit: LabelHit,
  maxLines: number,
  right: number,
): Omit<RawValue, 'label'> | null {
  const row = rows[hit.row]!;
  const h = rowHeight(row);
  const mid = (r: GlyphRow) => (r.y0 + r.y1) / 2;
  // The value's first line: right of the label on its row, or on a row found a little higher
  // or lower (values printed off the labels' line, a row split by a taller bracket).
  const near = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => Math.abs(mid(r) - mid(row)) < 0.6 * h);
  const used = new Set(near.map(({ i }) => i));
  const limit = nextLabelX(hits, used, hit.x1 - h / 2, Infinity);
  const line: GlyphRow = {
    h,
    y0: Math.min(...near.map(({ r }) => r.y0)),
    y1: Math.max(...near.map(({ r }) => r.y1)),
    glyphs: near
      .flatMap(({ r, i }) => (i === hit.row ? r.glyphs.slice(hit.g1) : r.glyphs))
      .sort((a, b) => a.x - b.x),
  };
  const first = run(line, 0, hit.x1 - 0.2 * h, limit, h, right);
  // The value's first character may be inside the label's misread last one: it must be checked.
  if (hit.swallowed && first.glyphs[0]) first.glyphs[0] = { ...first.glyphs[0], doubt: true };
  const parts = [first];
  // Where the value's column starts: wrapped lines begin there, not under the label.
  const valueX = first.glyphs.length ? first.glyphs[0]!.x - h / 2 : hit.x1;
  // Where the labels' column starts: a label read by its last character alone (its first cut
  // off by the frame or faded) stood up to a letter-spaced label's width further left.
  const labelX = hit.half ? Math.min(hit.x0, hit.x1 - 4 * h) : hit.x0;
  let lastY = mid(row);
  for (let r = hit.row + 1; r < rows.length && parts.length < maxLines; r++) {
    if (used.has(r)) continue;
    const next = rows[r]!;
    const y = mid(next);
    // Wrapped lines stand ~1.5–2 ink heights apart (the ink is smaller than the type size).
    if (y - lastY > 2.4 * Math.max(h, rowHeight(next))) break;
    // A label in this column starts the next field, and so does a row level with one (its
    // value printed a little off the label's line).
    const col = hits.some(
      (k) =>
        k !== hit &&
        Math.abs(mid(rows[k.row]!) - y) < 0.6 * h &&
        k.x1 > labelX - h &&
        k.x0 < Math.max(valueX, hit.x1) + 2 * h,
    );
    if (col) break;
    // Sure ink under the label (a label half dropped or misread, 型 for 类型) starts the next
    // field as well: a wrapped value starts at the value's column, never in the labels'. A
    // letter-spaced label ends only about a character before its value (类\u3000\u3000型 its 型).
    // A line printed a little left of the first (its first character dropped, 广 of 广东省…
    // on a held-out licence: the column is taken from 东) runs on into the column without a
    // blank; a label is followed by one.
    const underLabel = next.glyphs.some(
      (g, k) =>
        g.confidence >= SPECK &&
        g.x > labelX + 0.3 * h &&
        g.x < valueX - 0.6 * h &&
        !(g.x >= valueX - 1.5 * h && runsInto(next.glyphs, k, valueX, h)),
    );
    if (underLabel) break;
    const end = nextLabelX(hits, r, valueX, Infinity);
    const i = next.glyphs.findIndex((g) => g.x >= valueX - 1.5 * h && g.x < Math.min(end, right));
    // A wrapped line starts at the value's left edge; text further right belongs elsewhere.
    if (i < 0 || next.glyphs[i]!.x - h / 2 > valueX + 2 * h) continue;
    const more = run(next, i, valueX - 1.5 * h, end, h, right);
    if (!more.glyphs.length) continue;
    parts.push(more);
    lastY = y;
  }
  let glyphs = parts.flatMap((p) => p.glyphs);
  if (!glyphs.length) return null;
  if (hit.def.person && parts.length === 1) glyphs = dropDot(glyphs);
  const lines = parts.filter((p) => p.glyphs.length);
  const least = Math.min(...glyphs.map((g) => g.confidence));
  const boxOf = (gs: readonly Glyph[], ys: readonly { y0: number; y1: number }[]): Box => ({
    x0: Math.min(...gs.map((g) => g.x)) - h / 2,
    x1: Math.max(...gs.map((g) => g.x)) + h / 2,
    y0: Math.min(...ys.map((p) => p.y0)),
    y1: Math.max(...ys.map((p) => p.y1)),
  });
  return {
    text: glyphs.map((g) => g.ch).join(''),
    sure: glyphs.map((g) => g.confidence),
    xs: glyphs.map((g) => g.x),
    ...(glyphs.some((g) => g.alts) ? { alts: glyphs.map((g) => g.alts ?? '') } : {}),
    // Ink left unread beside the value: it must be checked, however sure the rest is.
    confidence: glyphs.some((g) => g.doubt) ? Math.min(least, 30) : least,
    ...(glyphs.some((g) => g.doubt) ? { doubt: true } : {}),
    ...(lines.length === 1 && glyphs.at(-1)!.doubt ? { openEnd: true } : {}),
    box: boxOf(glyphs, lines),
    ...(lines.length > 1
      ? {
          lines: lines.map((p) => ({
            box: boxOf(p.glyphs, [p]),
            n: p.glyphs.length,
            ...(p.glyphs.some((g) => g.doubt) ? { doubt: true } : {}),
            ...(p.glyphs.at(-1)!.doubt ? { openEnd: true } : {}),
          })),
        }
      : {}),
  };
}

/**
 * Whether the glyphs from index `k` on stand less than 1.2 `h` apart up to `x` or past it:
 * one run of text reaching there, no blank between.
 */
function runsInto(glyphs: readonly Glyph[], k: number, x: number, h: number): boolean {
  for (let i = k; i < glyphs.length; i++) {
    if (glyphs[i]!.x >= x) return true;
    const next = glyphs[i + 1];
    if (!next || next.x - glyphs[i]!.x >= 1.2 * h) return false;
  }
  return false;
}

/**
 * The glyphs of `row` from index `from` with x in [x0, x1), stopping at a blank wider than
 * three characters (the end of the value; a column's text further right is not part of it).
 * Past `soft` only characters following the one before without a blank are taken, as doubt.
 */
function run(row: GlyphRow, from: number, x0: number, x1: number, h: number, soft = Infinity) {
  const glyphs: Glyph[] = [];
  for (let i = from; i < row.glyphs.length; i++) {
    const g = row.glyphs[i]!;
    if (g.x < x0) continue;
    if (g.x >= x1) break;
    const prev = glyphs.at(-1);
    if (prev && g.x - prev.x > 4 * h) break;
    if (g.x >= soft) {
      if (!prev || g.x - prev.x > 1.6 * h) break;
      glyphs.push({ ...g, doubt: true });
      continue;
    }
    glyphs.push(g);
  }
  return { glyphs, y0: row.y0, y1: row.y1 };
}

/** Han compound surnames (复姓). */
const COMPOUND_SURNAMES = new Set(
  (
    '欧阳 司马 诸葛 上官 东方 慕容 皇甫 尉迟 公孙 令狐 长孙 宇文 夏侯 轩辕 端木 司徒 西门 ' +
    '南宫 独孤 申屠 呼延 澹台 太史 百里 东郭 万俟 闻人 钟离 濮阳 赫连 公冶 宗政 仲孙 拓跋'
  ).split(' '),
);

/**
 * A transcribed name's middle dot (帕提古丽·托合提) is a speck the line model often drops; the
 * blank it leaves is plain: one gap between characters well wider than the others. The dot is
 * put back there, and the name marked for the applicant's eye.
 */
function dropDot(glyphs: Glyph[]): Glyph[] {
  if (glyphs.length < 4 || glyphs.some((g) => g.ch === '·')) return glyphs;
  // A Han name is no transcription: after a compound surname (慕容然子) a wide gap is spacing.
  if (COMPOUND_SURNAMES.has(glyphs[0]!.ch + glyphs[1]!.ch)) return glyphs;
  const gaps = glyphs.slice(1).map((g, i) => g.x - glyphs[i]!.x);
  const sorted = [...gaps].sort((a, b) => a - b);
  const typical = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const widest = Math.max(...gaps);
  const at = gaps.indexOf(widest) + 1;
  // Only between Chinese characters, and never at the name's ends (a dot needs two parts).
  const cjk = (g: Glyph) => /[\u3400-\u9fff]/.test(g.ch);
  if (widest < 1.3 * typical || at < 2 || at > glyphs.length - 2) return glyphs;
  if (!cjk(glyphs[at - 1]!) || !cjk(glyphs[at]!)) return glyphs;
  if (gaps.filter((g) => g >= 1.3 * typical).length > 1) return glyphs;
  const a = glyphs[at - 1]!;
  const b = glyphs[at]!;
  const dot: Glyph = { ch: '·', x: (a.x + b.x) / 2, confidence: 60 };
  return [...glyphs.slice(0, at), dot, ...glyphs.slice(at)];
}
