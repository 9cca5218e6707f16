/**
 * Where the printed labels fail: a number, the ID card's birth date or the licence's type
 * found by its own format in any row, and the fixed layout as the last fallback for a page
 * where no labels were found at all.
 */
import type { RawValue } from './anchored';
import type { OcrEngine } from './engine';
import type { GlyphRow } from './glyphs';
import { idCandidate, parseIdCard } from './id-card';
import type { Gray } from './image';
import { idLayoutLines } from './layout';
import { creditCandidate, parseLicence, typeByContent } from './licence';
import { lineFieldsId, lineFieldsLicence } from './line-pass';
import { rowsFromWords } from './rows';
import { chineseDate } from './text';
import type { Box, Extraction, IdField, LicenceField, OcrKind } from './types';

/**
 * The numbers (and the ID card's birth date, the licence's type) where their label was
 * missed: the first row holding one. They carry their own format (the type: the closed list
 * of registered types), so no label is needed to tell them.
 */
export function findUnlabelled(
  kind: OcrKind,
  rows: readonly GlyphRow[],
  values: Partial<Record<string, RawValue>>,
): void {
  const text = (r: GlyphRow) => r.glyphs.map((g) => g.ch).join('');
  const box = (r: GlyphRow): Box => ({
    x0: (r.glyphs[0]?.x ?? 0) - (r.y1 - r.y0),
    x1: (r.glyphs.at(-1)?.x ?? 0) + (r.y1 - r.y0),
    y0: r.y0,
    y1: r.y1,
  });
  const conf = (r: GlyphRow) => Math.min(100, ...r.glyphs.map((g) => g.confidence));
  const number = kind === 'id' ? 'id_number' : 'credit_code';
  const test = kind === 'id' ? idCandidate : creditCandidate;
  const has = (f: string) => {
    const v = values[f];
    return !!v && !!test(v.text);
  };
  if (!has(number)) {
    // A row of the number's characters a few short (the model lost one) still tells where the
    // number is printed, for the re-readings to look there; it fails its check, so it is
    // never taken as read.
    const r =
      rows.find((row) => test(text(row))) ?? (values[number] ? undefined : nearNumber(kind, rows));
    if (r) values[number] = { text: text(r), confidence: conf(r), box: box(r), label: '' };
  }
  if (kind === 'licence' && !values.type?.text) {
    const t = typeByContent(rows);
    if (t) values.type = t;
  }
  if (kind === 'id' && !(values.birth && chineseDate(values.birth.text))) {
    const r = rows.find((row) => chineseDate(text(row)));
    if (r) values.birth = { text: text(r), confidence: conf(r), box: box(r), label: '' };
  }
}

/** A row that is all but a number: 15 or more of its characters and nothing else. */
function nearNumber(kind: OcrKind, rows: readonly GlyphRow[]): GlyphRow | undefined {
  const only = kind === 'id' ? /^[0-9Xx]{15,19}$/ : /^[0-9A-Za-z]{15,19}$/;
  return rows.find((row) => only.test(row.glyphs.map((g) => g.ch).join('')));
}

/**
 * No labels found: the fixed layout of the ID card front or of the two licence templates
 * (the line model's bands; tesseract's words placed by the ID card's bands or parsed as rows).
 */
export async function layoutFields(
  kind: OcrKind,
  page: Gray,
  soft: Gray,
  words: Parameters<typeof rowsFromWords>[0] | null,
  engine: OcrEngine | null,
  today?: string,
): Promise<Extraction<IdField> | Extraction<LicenceField>> {
  if (engine?.readLine) {
    return kind === 'id'
      ? lineFieldsId(soft, engine.readLine, today)
      : lineFieldsLicence(page, soft, engine.readLine);
  }
  const w = words ?? [];
  if (kind === 'id') return parseIdCard(idLayoutLines(w, page.width, page.height), today);
  return parseLicence(rowsFromWords(w));
}
