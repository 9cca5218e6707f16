/**
 * A value whose first character the page read lost without a trace. Values printed under one
 * another start at one x (the values' column); one that starts a character or more right of
 * the values beside it, with room for that character after its label, lost it: 宁德兴旺商业
 * 有限公司 read 德兴旺… with nothing of 宁 in the line model's boxes. So does a value whose first
 * character ran into its label's misread last one (执行事务合伙人 杜平鑫 read 执行事务合伙灶
 * 平鑫). Such a value gets doubt (it is marked, never silently short) and its box reaches back
 * to where the character stands, so the second look (view-reread.ts) can read it.
 */
import type { RawValue } from './anchored';
import { median, type GlyphRow } from './glyphs';
import { rowHeight, type LabelHit } from './labels';

const colon = (g: { ch: string } | undefined) => g?.ch === ':' || g?.ch === '：';

/** The values checked: names and addresses, which no check digit or vocabulary proves. */
const CHECKED = new Set(['name', 'legal_rep', 'address']);
/** Values that do not start at the values' column (printed under or far after the label). */
const OFF_COLUMN = new Set(['id_number', 'credit_code']);
/** A start this many character heights right of the column is a lost character. */
const LATE = 0.6;
/** A value this many heights closer to its label than the others are to theirs is pressed to it. */
const SQUEEZED = 0.3;

/**
 * Marks and widens, in place, each checked value that starts late. `hitOf` is the label each
 * value was found by; `rows` the rows the hits index.
 * Example: name 德兴旺… at x0 254 beside 类型's and 法定代表人's values at 231 and 234 (h 24)
 * → doubt, box.x0 234 (where those two start).
 */
export function reachBack(
  values: Partial<Record<string, RawValue>>,
  hitOf: ReadonlyMap<string, LabelHit>,
  rows: readonly GlyphRow[],
): void {
  const startOf = (v: RawValue) => (v.lines?.[0]?.box ?? v.box).x0;
  // Where the values of the other labels in this one's column start, and how far each starts
  // after its own label (the median of each; null: too few to tell).
  const column = (field: string, hit: LabelHit, h: number) => {
    const beside = [...hitOf].flatMap(([f, k]) => {
      const o = values[f];
      if (f === field || OFF_COLUMN.has(f) || !o || Math.abs(k.x0 - hit.x0) >= 2 * h) return [];
      return [{ start: startOf(o), gap: startOf(o) - k.x1 }];
    });
    if (beside.length < 2) return null;
    return { start: median(beside.map((b) => b.start)), gap: median(beside.map((b) => b.gap)) };
  };
  for (const [field, hit] of hitOf) {
    const v = values[field];
    if (!v || !CHECKED.has(field)) continue;
    const row = rows[hit.row]!;
    const h = rowHeight(row);
    // The label's last glyph: when misread, it may be the value's first.
    const last = row.glyphs[hit.g1 - 1];
    const col = column(field, hit, h);
    const start = startOf(v);
    let from: number | null = null;
    if (hit.swallowed && last) from = last.x - h / 2;
    else if (col && start - col.start > LATE * h) {
      // Late against the column, and against how far values start after their labels (where
      // values follow their labels instead of forming a column, every one starts "late").
      const gap = start - hit.x1;
      if (gap - col.gap > LATE * h && gap > 0.8 * h) from = Math.max(col.start, hit.x1 + 0.1 * h);
      // The label's misread last character standing in the values' column.
      else if (!hit.exact && last && last.x - h / 2 >= col.start - 0.3 * h) from = last.x - h / 2;
      // A long label running into the values' column, its value late and pressed against it:
      // the value's first character, printed at the column, was read as part of the label's
      // last (执行事务合伙人 唐芳昕, 唐 touching 人, read 芳昕). Not after a colon: a value that
      // follows its label's colon starts there (执行事务合伙人：于德彧).
      else if (hit.x1 > col.start && col.gap - gap > SQUEEZED * h && !colon(last)) {
        from = col.start;
      }
    }
    if (from === null || from >= startOf(v)) continue;
    // A wrapped value's box may already start further left (its later lines at the column).
    const reach = (b: RawValue['box']) => ({ ...b, x0: Math.min(b.x0, from!) });
    values[field] = {
      ...v,
      confidence: Math.min(v.confidence, 30),
      doubt: true,
      box: reach(v.box),
      ...(v.lines
        ? { lines: v.lines.map((l, i) => (i === 0 ? { ...l, box: reach(l.box), doubt: true } : l)) }
        : {}),
    };
  }
}
