/**
 * A misread place in a marked address checked against its drawn shape (see shapes.ts). An
 * address offered a place one character away (湖北省荆门市摄刀区 → 掇刀区, `placeOptions`) is
 * left as read by the pipeline, since an old or new name the list lacks reads the same as a
 * misreading. The ink tells the two apart: the offered character is drawn and compared with the
 * page where the read one stands, and the option is taken only when it fits far better than
 * the reading and better than any other option; or, since the reading is no place at all,
 * when the strokes that tell the two apart are there for the option and missing for the
 * reading (`ownStrokesShow`: 摄 and 掇 differ in a part only). A place the list lacks, read as
 * printed, fits its own reading best and stays. The address stays marked, with the reading
 * offered back.
 */
import type { GlyphRow } from './glyphs';
import type { Gray } from './image';
import { cellAt, pitchOf, SHAPE_BETTER, shapeVote, type GlyphFaces } from './shapes';
import type { FieldReading } from './types';

/** Characters either side of the checked one used to find it on the page. */
const CONTEXT = 2;

/** Where one character of the value is printed: its row and glyph index, or null. */
export interface Placed {
  row: GlyphRow;
  at: number;
}

/**
 * Where `chars[i]` stands on the page: the one place in `rows` where it is read with its
 * neighbours in the value (two either side, or fewer where the value wraps or ends, or the
 * whole of a short value), or null
 * when no such text, or more than one, is found. The value may have been cleaned and repaired
 * since it was read; a character whose neighbours were changed is not found, and not checked.
 */
export function placeOf(
  rows: readonly GlyphRow[],
  chars: readonly string[],
  i: number,
): Placed | null {
  const texts = rows.map((r) => r.glyphs.map((g) => g.ch));
  const spans: [number, number][] = [
    [CONTEXT, CONTEXT],
    [CONTEXT, 0],
    [0, CONTEXT],
    [1, 1],
    // A value of two or three characters (an ethnicity): the whole of it.
    [i, chars.length - 1 - i],
  ];
  for (const [before, after] of spans) {
    const from = i - before;
    const to = i + after;
    if (from < 0 || to >= chars.length) continue;
    const want = chars.slice(from, to + 1);
    const hits: Placed[] = [];
    texts.forEach((t, r) => {
      for (let k = 0; k + want.length <= t.length; k++) {
        if (want.every((c, j) => t[k + j] === c)) hits.push({ row: rows[r]!, at: k + before });
      }
    });
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) return null;
  }
  return null;
}

/**
 * How much closer than the reading an autonomous area's misread character must fit (two
 * characters apart, see `misreadAutonomy`): the reading is certainly no name, and the one
 * name two characters from it inside its parent only needs the ink to lean its way at both.
 */
const AUTONOMY_BETTER = 0.9;

/** Where two values of the same length differ (by code point): one or two places, else none. */
function diffsOf(a: readonly string[], b: readonly string[]): number[] {
  if (a.length !== b.length) return [];
  const at = a.flatMap((c, i) => (c === b[i] ? [] : [i]));
  return at.length <= 2 ? at : [];
}

/**
 * A marked address (`f`) with its offered place put in when the page's ink proves it (see the
 * module's comment): only options one character from the value, or two (an autonomous area's
 * misread groups, `misreadAutonomy`), all at the same characters; with two, the ink must pick
 * the same option at both. The address stays marked (confidence at most 60); the reading is
 * offered back first.
 */
export function checkPlaceShapes(
  page: Gray,
  rows: readonly GlyphRow[],
  f: FieldReading,
  draw: GlyphFaces,
): FieldReading {
  if (!f.flag || !f.value || !f.options?.length) return f;
  const chars = [...f.value];
  const subs = f.options.map((o) => ({ o, at: diffsOf(chars, [...o]) })).filter((s) => s.at.length);
  const at = subs[0]?.at;
  if (!at || subs.some((s) => s.at.join() !== at.join())) return f;
  let value: string | null = null;
  for (const i of at) {
    const placed = placeOf(rows, chars, i);
    if (!placed) return f;
    const { row, at: g } = placed;
    const h = row.y1 - row.y0;
    const xs = row.glyphs.map((gl) => gl.x);
    const cell = cellAt(page, xs[g]!, (row.y0 + row.y1) / 2, pitchOf(xs, h), h);
    if (!cell) return f;
    const offered = subs.map((s) => [...s.o][i]!);
    // The reading is no place at all: the parts that tell two places apart may decide too.
    const better = at.length === 2 ? AUTONOMY_BETTER : SHAPE_BETTER;
    const pick = shapeVote(cell, [chars[i]!, ...offered], draw, better, true);
    const picked = pick ? subs[offered.indexOf(pick)]?.o : undefined;
    if (!picked || (value !== null && picked !== value)) return f;
    value = picked;
  }
  if (!value) return f;
  return {
    ...f,
    value,
    confidence: Math.min(f.confidence, 60),
    options: [f.value, ...f.options.filter((o) => o !== value)],
  };
}
