/**
 * The ID card's 民族 when the page read gave none of the 56: its one check is the list itself,
 * so a second look may fill it, never a guess. Two places to look, cheapest first:
 * - the row of the sex: on the card 民族 shares the row with 性别, right of the sex, so the
 *   row's last run of characters is the ethnicity even where blur or glare erased the labels
 *   (the value is printed darker and larger than they are);
 * - the crop right of the 民族 label, read again by the line model in two views (a single
 *   character between wide blanks is easily lost when packed among other pieces).
 * A reading counts only when it is one of the 56 (both views agreeing on it, for the crop).
 */
import { joinSplitRows } from './anchored';
import type { Glyph, GlyphRow } from './glyphs';
import { crop, resize, type Gray } from './image';
import { ETHNICITIES } from './ethnicities';
import { nearEthnicities, nearEthnicity, reading } from './id-card';
import { findLabelHits, ID_LABELS, rowHeight, type LabelHit } from './labels';
import type { LineReader } from './line-pass';
import { checkPlaceShapes } from './place-shapes';
import type { GlyphFaces } from './shapes';
import type { Extraction, IdField } from './types';
import { VIEWS } from './view-reread';

export interface EthnicityReading {
  value: string;
  /** 0–100: the least sure character. */
  confidence: number;
}

/** The Chinese characters of a reading, a trailing 族 dropped. */
const bare = (text: string) => text.replace(/[^\u3400-\u9fff]/g, '').replace(/族$/, '');

/** One of the 56 (a trailing 族 dropped), or null. */
export function asEthnicity(text: string): string | null {
  const e = bare(text);
  return ETHNICITIES.has(e) ? e : null;
}

/** The glyphs of `row` not inside a label hit of that row. */
function valueGlyphs(row: GlyphRow, hits: readonly LabelHit[], r: number): Glyph[] {
  const own = hits.filter((k) => k.row === r);
  return row.glyphs.filter((_, i) => !own.some((k) => i >= k.g0 && i < k.g1));
}

/**
 * The ethnicity on the sex's row: the row holding the 性别 label, or else the first row whose
 * first value is 男 or 女 alone; a run of characters that ends the row right of the sex (runs
 * start after blanks wider than 1.6 character heights), when that run is one of the 56 or
 * one character off exactly one of them (`nearEthnicity`: 哈萨兑 → 哈萨克).
 * Example: a blurred card's row '男 … 鄂温克' (labels lost) → 鄂温克.
 */
export function ethnicityOnSexRow(rows: readonly GlyphRow[]): EthnicityReading | null {
  const joined = joinSplitRows(rows);
  const hits = findLabelHits(joined, ID_LABELS);
  const labelled = hits.find((k) => k.def.field === 'sex');
  const candidates = labelled ? [labelled.row] : joined.map((_, i) => i);
  for (const r of candidates) {
    const row = joined[r]!;
    const h = rowHeight(row);
    const gs = valueGlyphs(row, hits, r);
    const sexAt = gs.findIndex((g) => /[男女]/.test(g.ch));
    const sex = gs[sexAt];
    // The sex stands alone: nothing within a blank of it on either side.
    const alone =
      !!sex &&
      (sexAt === 0 || sex.x - gs[sexAt - 1]!.x > 1.6 * h) &&
      (!gs[sexAt + 1] || gs[sexAt + 1]!.x - sex.x > 1.6 * h);
    if (!alone) {
      if (labelled) return null;
      continue;
    }
    const after = gs.slice(sexAt + 1);
    // The runs that end the row, longest first (split at blanks wider than 1.6 character
    // heights; a blurred row's heights come out small, so a blank inside the value may pass
    // for one): the first that is one of the 56, else the first one character off exactly one.
    const starts = [
      0,
      ...after.flatMap((g, i) => (i && g.x - after[i - 1]!.x > 1.6 * h ? [i] : [])),
    ];
    const runs = starts.map((i) => after.slice(i)).filter((run) => run.length > 0);
    const least = (run: readonly Glyph[]) => Math.min(...run.map((g) => g.confidence));
    for (const run of runs) {
      const value = asEthnicity(run.map((g) => g.ch).join(''));
      if (value) return { value, confidence: least(run) };
    }
    // One character off exactly one group, as beside the label (id-card.ts `ethnicity`).
    for (const run of runs) {
      const near = nearEthnicity(bare(run.map((g) => g.ch).join('')));
      if (near) return { value: near, confidence: Math.min(least(run), 75) };
    }
    return null;
  }
  return null;
}

/**
 * The crop right of the 民族 label (up to six character heights, and not past `right`), read
 * in the two views of view-reread.ts; a value when both read the same one of the 56.
 */
export async function ethnicityBesideLabel(
  soft: Gray,
  rows: readonly GlyphRow[],
  read: LineReader,
  right = Infinity,
): Promise<EthnicityReading | null> {
  const joined = joinSplitRows(rows);
  const hit = findLabelHits(joined, ID_LABELS).find((k) => k.def.field === 'ethnicity');
  if (!hit) return null;
  const row = joined[hit.row]!;
  const h = rowHeight(row);
  const x0 = hit.x1 + 0.2 * h;
  const x1 = Math.min(hit.x1 + 6 * h, right, soft.width);
  const y0 = Math.max(0, Math.min(row.y0, (row.y0 + row.y1) / 2 - h / 2) - 0.3 * h);
  const y1 = Math.min(soft.height, Math.max(row.y1, (row.y0 + row.y1) / 2 + h / 2) + 0.3 * h);
  if (x1 - x0 < h) return null;
  const c = crop(soft, x0, y0, x1 - x0, y1 - y0);
  const seen: EthnicityReading[] = [];
  for (const sx of VIEWS) {
    const r = await read(resize(c, Math.max(1, Math.round(c.width * sx)), c.height));
    const chars = (r.chars ?? []).filter((ch) => !/\s/.test(ch.ch));
    const value = asEthnicity(chars.map((ch) => ch.ch).join('') || r.text);
    if (!value) return null;
    const confidence = chars.length ? Math.min(...chars.map((ch) => ch.confidence)) : r.confidence;
    seen.push({ value, confidence });
  }
  if (seen.some((s) => s.value !== seen[0]!.value)) return null;
  return { value: seen[0]!.value, confidence: Math.min(...seen.map((s) => s.confidence)) };
}

/**
 * Fills the ethnicity of `fields` when it is none of the 56 (empty, or read as no group):
 * from the sex's row, else (where the line model runs) from the crop beside the label.
 */
export async function completeEthnicity(
  fields: Extraction<IdField>,
  rows: readonly GlyphRow[],
  soft: Gray,
  read: LineReader | undefined,
  right = Infinity,
): Promise<void> {
  if (ETHNICITIES.has(fields.ethnicity.value)) return;
  const found =
    ethnicityOnSexRow(rows) ?? (read ? await ethnicityBesideLabel(soft, rows, read, right) : null);
  if (found) fields.ethnicity = reading(found.value, found.confidence);
}

/** The groups of one character (汉, 畲, 佤…): a single misread character is one off them all. */
const ONE_CHARACTER = [...ETHNICITIES].filter((g) => [...g].length === 1);

/**
 * An ethnicity read as none of the 56 but one character off several (亿佬: 仡佬 or 仫佬; 內巴:
 * 门巴 or 珞巴; a single character such as 鑫 for 畲, one off every group of one) decided by the
 * ink, as a misread place is (place-shapes.ts): the group whose character fits the page far
 * better than the reading and better than the others. It stays marked; where the ink cannot
 * tell, the reading stays, marked invalid.
 */
export function checkEthnicityShapes(
  fields: Extraction<IdField>,
  rows: readonly GlyphRow[],
  soft: Gray,
  draw: GlyphFaces,
): void {
  const f = fields.ethnicity;
  if (f.flag !== 'invalid') return;
  const options = [...f.value].length === 1 ? ONE_CHARACTER : nearEthnicities(f.value);
  if (options.length < 2) return;
  const checked = checkPlaceShapes(soft, rows, { ...f, options }, draw);
  if (checked.value === f.value) return;
  fields.ethnicity = { value: checked.value, confidence: checked.confidence, flag: 'low' };
}
