/**
 * The ID card's address and name where their labels were not found (faded by blur or glare,
 * or left outside a photo cut off at the card's left edge) though other labels were: the card
 * prints the address between the birth date and the number, and the name two rows above the
 * birth date (the sex and ethnicity between), all in the values' column. No label vouches for
 * them, so they are marked for the applicant's eye.
 */
import type { RawValue } from './anchored';
import type { GlyphRow } from './glyphs';
import { idCandidate } from './id-card';
import { rowHeight } from './labels';
import { LOW_CONFIDENCE } from './types';

const textOf = (r: GlyphRow) => r.glyphs.map((g) => g.ch).join('');

/** A year as the birth row prints it (the month and day may be blurred away). */
const BIRTH_ROW = /\d{4}年/;

/** The birth row's index, its height and where its year's first digit stands, or null. */
function birthRow(rows: readonly GlyphRow[]) {
  const at = rows.findIndex((r) => BIRTH_ROW.test(textOf(r)));
  if (at < 0) return null;
  const b = rows[at]!;
  return { at, h: rowHeight(b), digit: b.glyphs.find((g) => /\d/.test(g.ch))!.x };
}

/**
 * The address from the rows between the birth row and the number row (at most four), each
 * from the values' column (where the birth row's digits start) and before `right`; null when
 * either row is missing or nothing Chinese lies between them.
 * Example: rows '1984年8 23', '河南省新乡市牧野区解旗大', '街227号', '4110021984…' →
 * '河南省新乡市牧野区解旗大街227号'.
 */
export function addressByRows(rows: readonly GlyphRow[], right = Infinity): RawValue | null {
  const found = birthRow(rows);
  if (!found) return null;
  const { at: birth, h, digit } = found;
  const number = rows.findIndex((r, i) => i > birth && !!idCandidate(textOf(r)));
  if (number < 0 || number - birth < 2 || number - birth > 5) return null;
  const column = digit - h;
  const lines = rows.slice(birth + 1, number).flatMap((r) => {
    const glyphs = r.glyphs.filter((g) => g.x >= column && g.x < right);
    return glyphs.length ? [{ r, glyphs }] : [];
  });
  const glyphs = lines.flatMap((l) => l.glyphs);
  if (!/[\u3400-\u9fff]/.test(glyphs.map((g) => g.ch).join(''))) return null;
  const sure = glyphs.map((g) => g.confidence);
  const boxOf = (gs: typeof glyphs, rs: readonly GlyphRow[]) => ({
    x0: Math.min(...gs.map((g) => g.x)) - h / 2,
    x1: Math.max(...gs.map((g) => g.x)) + h / 2,
    y0: Math.min(...rs.map((r) => r.y0)),
    y1: Math.max(...rs.map((r) => r.y1)),
  });
  return {
    text: glyphs.map((g) => g.ch).join(''),
    // Under LOW_CONFIDENCE whatever the characters' own: no label says this is the address.
    confidence: Math.min(LOW_CONFIDENCE - 10, ...sure),
    sure,
    ...(glyphs.some((g) => g.alts) ? { alts: glyphs.map((g) => g.alts ?? '') } : {}),
    box: boxOf(
      glyphs,
      lines.map((l) => l.r),
    ),
    label: '',
    ...(lines.length > 1
      ? { lines: lines.map((l) => ({ box: boxOf(l.glyphs, [l.r]), n: l.glyphs.length })) }
      : {}),
  };
}

/**
 * The name from the row two above the birth row, when the row between holds the sex (男 or 女)
 * or the 民族 label, and the name is all Chinese (a minority name's · allowed) and starts in
 * the values' column: its first character no further right than the year's first digit by
 * three quarters of a character (a character lost at a cut-off edge starts it a whole
 * character further in). Null otherwise.
 * Example: rows '肖军', '男 民族 汉', '1984年10月15日' (labels cut off) → '肖军'.
 */
export function nameByRows(rows: readonly GlyphRow[], right = Infinity): RawValue | null {
  const found = birthRow(rows);
  if (!found || found.at < 2 || !/[男女]|民族/.test(textOf(rows[found.at - 1]!))) return null;
  const { at: birth, h, digit } = found;
  const r = rows[birth - 2]!;
  const glyphs = r.glyphs.filter((g) => g.x >= digit - h && g.x < right);
  const text = glyphs.map((g) => g.ch).join('');
  if (!/^[\u3400-\u9fff][\u3400-\u9fff·]{1,11}$/.test(text)) return null;
  if (glyphs[0]!.x > digit + 0.75 * h) return null;
  const sure = glyphs.map((g) => g.confidence);
  return {
    text,
    confidence: Math.min(LOW_CONFIDENCE - 10, ...sure),
    sure,
    xs: glyphs.map((g) => g.x),
    ...(glyphs.some((g) => g.alts) ? { alts: glyphs.map((g) => g.alts ?? '') } : {}),
    box: {
      x0: glyphs[0]!.x - h / 2,
      x1: glyphs.at(-1)!.x + h / 2,
      y0: r.y0,
      y1: r.y1,
    },
    label: '',
  };
}

/** Sets the address and the name from the rows (see above) where no label gave them. */
export function completeIdByRows(
  values: Partial<Record<string, RawValue>>,
  rows: readonly GlyphRow[],
  right = Infinity,
): void {
  if (!values.address?.text) {
    const a = addressByRows(rows, right);
    if (a) values.address = a;
  }
  if (!values.name?.text) {
    const n = nameByRows(rows, right);
    if (n) values.name = n;
  }
}
