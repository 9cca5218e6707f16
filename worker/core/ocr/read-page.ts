/**
 * The page read by the line model: every row of body text, packed into as few model calls as
 * its width allows (glyphs.ts); on a licence the 经营范围 continuation lines and the footer are
 * skipped.
 */
import type { OcrEngine } from './engine';
import { readRows, type GlyphRow } from './glyphs';
import type { Gray } from './image';
import { findLabelHits, LICENCE_LABELS, rowHeight, type LabelHit } from './labels';
import { bodyRows, pageText } from './segment';
import type { Box, OcrKind } from './types';

/** Every row of text on the page, read by the line model (`ink`: see `pageText`). */
export async function readPage(
  kind: OcrKind,
  soft: Gray,
  read: NonNullable<OcrEngine['readLine']>,
  check: () => void,
  ink?: number,
): Promise<GlyphRow[]> {
  const pt = pageText(soft, undefined, ink);
  const skip = kind === 'licence' ? licenceSkipper() : undefined;
  return readRows(soft, bodyRows(pt), read, pt.charHeight, check, undefined, skip);
}

/** Labels printed outside the fields' columns (the code block, the footer). */
const OUTSIDE_BODY = ['统一社会信用代码', '副本编号', '登记机关'];

/**
 * What of a licence need not be read: the 经营范围 continuation lines, and the footer.
 *
 * 经营范围 runs over several lines and is no field: often half the page's characters. Once
 * its label has been read, the lines under it in its column (starting right of the labels,
 * ending before a second column's labels) are not read; a row with anything in the labels'
 * column (another label) ends the skipping, so a field printed under the scope is still read.
 * The scope's row may still be partly unread when the next row comes (its right half waiting
 * in a packed line): its right edge is found again whenever more has been read, and
 * `readRows` reads what is pending before it skips anything (see glyphs.ts).
 *
 * 登记机关 is printed over the seal at the page's foot, below every field; under it come only
 * the date of issue, the notice of the public register and the page's frame, a few of the line
 * model's calls. Once the label has been read whole, nothing below its row is read.
 */
export function licenceSkipper(): (seg: Box, row: number, done: readonly GlyphRow[]) => boolean {
  let scope: { row: number; y: number; x0: number; x1: number } | null = null;
  let stopped = false;
  let footer = Infinity;
  let seen = -1;
  return (seg, r, done) => {
    const n = done.reduce((a, g) => a + g.glyphs.length, 0);
    if (n !== seen && (!stopped || footer === Infinity)) {
      seen = n;
      const hits = findLabelHits(done, LICENCE_LABELS);
      const issuer = hits.find((k) => k.def.text === '登记机关' && k.exact);
      if (issuer) footer = Math.min(footer, done[issuer.row]!.y1);
      const hit = scope
        ? hits.find((k) => k.row === scope!.row && k.def.text === '经营范围')
        : hits.find((k) => k.def.text === '经营范围' && k.exact);
      if (hit && !stopped) {
        // A second column's labels end the scope's column: the next label right of the scope
        // on its row, or (where the scope's row has none, as on the 个体工商户 licence whose
        // right column is shorter) any body label right of it on the rows above.
        const h = rowHeight(done[hit.row]!);
        const second = (k: LabelHit) =>
          k.x0 > hit.x1 + h && !OUTSIDE_BODY.includes(k.def.text) && k.row <= hit.row;
        const onRow = hits.filter((k) => k.row === hit.row && k.x0 > hit.x1);
        const right = (onRow.length ? onRow : hits.filter(second)).reduce(
          (m, k) => Math.min(m, k.x0),
          Infinity,
        );
        scope = { row: hit.row, y: done[hit.row]!.y1, x0: hit.x1, x1: right };
      }
    }
    if (seg.y0 >= footer) return true;
    if (stopped || !scope || r <= scope.row || seg.y0 < scope.y) return false;
    const h = rowHeight(done[scope.row]!);
    if (seg.x0 < scope.x0 - h) {
      stopped = true;
      return false;
    }
    return seg.x1 <= scope.x1 + h;
  };
}
