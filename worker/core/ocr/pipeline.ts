/**
 * The recognition pipeline shared by the PWA's OCR worker and Node (benchmark, `ocr:extract`):
 * find and rectify the document, judge whether it can be read at all, find the text on the
 * page (segments and rows, see segment.ts), read it (the PP-OCR line model row by row where
 * the device has it, else tesseract's sparse page read), find the printed labels and take
 * each value beside and under its label (anchored.ts). Numbers failing their check are
 * re-read whole by tesseract (`eng`, whitelist). The fixed bands are only the fallback for a
 * page where no labels were found. A photo that cannot be read is refused with the reason.
 */
import { anchorValues, fieldsFound, type Anchored, type RawValue } from './anchored';
import { OcrCancelled, type OcrEngine } from './engine';
import { glyphRowsFromWords, type GlyphRow } from './glyphs';
import { idCandidate, idFields, type RawText } from './id-card';
import { checkEthnicityShapes, completeEthnicity } from './id-ethnicity';
import { completeIdByRows } from './id-rows';
import type { Rgba } from './image';
import { fieldCount, ID_LABELS, LICENCE_LABELS, type LicenceFamily } from './labels';
import { creditCandidate, familyOf, licenceFields, typeByFamily } from './licence';
import { validCredit, validId } from './line-pass';
import { prepare, type Prepared } from './prepare';
import { findUnlabelled, layoutFields } from './unlabelled';
import { readAnyWayUp, readUpright } from './orientation';
import { issueOf, type PhotoIssue, refusalOf, type Quality, type Refusal } from './quality';
import { readPage } from './read-page';
import { FAINT_INK } from './segment';
import { checkPlaceShapes } from './place-shapes';
import { checkBusinessShapes, checkPersonShapes } from './shapes';
import { rereadCreditCode, rereadIdNumber, rereadValues } from './tesseract-pass';
import { confirmPerson, PERSON_FIELD, REREAD_FIELDS, rereadUnsure } from './view-reread';
import { typeContinued } from './vocabulary';
import type { Extraction, FieldReading, IdField, LicenceField, OcrKind } from './types';

export { prepare } from './prepare';
export type { PhotoIssue, Refusal } from './quality';

export type OcrStage = 'prepare' | 'read' | 'reread' | 'done';

export interface ExtractOptions {
  /** YYYY-MM-DD, bounds birth dates (tests pass a fixed day). */
  today?: string;
  onStage?: (stage: OcrStage) => void;
  /** An AbortSignal (typed structurally: core has no DOM types). */
  signal?: { readonly aborted: boolean };
}

interface Common {
  rectified: boolean;
  /** Why the photo cannot be read (the fields are then empty); null when it was read. */
  refused: Refusal | null;
  /**
   * What was poor about a photo that was read (cut off, dim, soft, glare), null for a good one
   * or a refused one: where a value is missing, the check screen says why and offers a retake.
   */
  issue: PhotoIssue | null;
  /** How the fields were found: by their printed labels, or by the fixed layout (fallback). */
  found: 'labels' | 'layout';
  /** Refused, its text read the right way up (orientation.ts turns it no more). */
  upright?: boolean;
}

export type ExtractResult =
  | ({ kind: 'id'; fields: Extraction<IdField> } & Common)
  | ({ kind: 'licence'; fields: Extraction<LicenceField>; family: LicenceFamily | null } & Common);

/** Lines a value may span, by field (wrapped names and addresses). */
export const MAX_LINES: Record<OcrKind, Partial<Record<string, number>>> = {
  id: { name: 2, address: 4 },
  // A 2019 licence's 住所 column is ~15 characters wide: a long address takes four lines.
  licence: { name: 2, type: 2, legal_rep: 2, address: 4 },
};

/** The ID card's portrait starts at ~0.64 of its width: values end before it. */
const ID_VALUES_END = 0.66;

/**
 * Reads a photo or scan of `kind`: as given, or turned when it was on its side or upside down
 * (orientation.ts); `turned` says by how many quarter turns clockwise it was read.
 */
export function extract(
  kind: OcrKind,
  img: Rgba,
  engine: OcrEngine,
  opts: ExtractOptions = {},
): Promise<ExtractResult & { turned: 0 | 1 | 2 | 3 }> {
  return readAnyWayUp(img, (page, quarters) => {
    if (opts.signal?.aborted) throw new OcrCancelled('cancelled');
    return extractUpright(kind, page, engine, opts, quarters === 0);
  });
}

/** One way up: the page rectified and read, and (`frame`) the frame as it is where needed. */
async function extractUpright(
  kind: OcrKind,
  img: Rgba,
  engine: OcrEngine,
  opts: ExtractOptions,
  frame: boolean,
): Promise<ExtractResult> {
  opts.onStage?.('prepare');
  const prepared = prepare(kind, img);
  const first = await readPrepared(kind, prepared, engine, opts);
  const unsure = prepared.outlined && !prepared.clearOutline;
  if (!frame || !frameWorthReading(unsure, first, opts.today)) return first;
  const cutOff = prepared.quality.cutOff;
  const whole = await readPrepared(kind, prepare(kind, img, true), engine, opts, cutOff);
  return keptReading(first, whole, cutOff, opts.today);
}

/**
 * Whether the frame is read as it is too, after the rectified reading `first` of a page whose
 * outline may be wrong (`unsure`: outlined, but running off the frame or on a table about as
 * light as the paper; see prepare.ts). Where that reading is incomplete or refused as cut off,
 * the document may be cut off, or lie on a white desk: the table's light parts merged with it,
 * or a shadowed corner fell outside it, and the "corners" rectified by bend every row. Not
 * after a complete reading (none holds more), nor a refusal for the photo itself, nor where a
 * dark table outlines the page clearly: there a poor reading is the photo's (a dim licence was
 * read twice over, ten seconds, for nothing). Only the right way up (`extract`): a page on its
 * side on a light table is too rare to cost each page refused anyway up to six more readings.
 */
export function frameWorthReading(unsure: boolean, first: ExtractResult, today?: string) {
  if (!unsure) return false;
  if (first.refused) return !PHOTO_FAULTS.includes(first.refused);
  return !complete(first, today);
}

/** Refusals for the photo itself (from the frame a blurred licence gave garbage, marked). */
const PHOTO_FAULTS: readonly Refusal[] = ['blurred', 'dark', 'glare'];

/** What a reading holds: refused least, then the number passing its check, then fields found. */
function worth(r: ExtractResult, today?: string): number {
  if (r.refused) return -1;
  const { numberOk, found } = usable(r.kind, r.fields, today);
  return (numberOk ? 100 : 0) + found;
}

/** A reading with its number passing its check and every other field found. */
function complete(r: ExtractResult, today?: string): boolean {
  if (r.refused) return false;
  const { numberOk, found, of } = usable(r.kind, r.fields, today);
  return numberOk && found === of;
}

/**
 * Of the rectified reading and the frame's, the one holding more (`worth`), the rectified on
 * a tie. Where the outline ran off the frame (`cutOff`), a frame's reading kept says cut off
 * and marks its unchecked values: a value may end at the frame's edge.
 */
export function keptReading(
  rectified: ExtractResult,
  whole: ExtractResult,
  cutOff: boolean,
  today?: string,
): ExtractResult {
  if (worth(whole, today) <= worth(rectified, today)) return rectified;
  if (!cutOff) return whole;
  const fields = { ...whole.fields };
  markUnchecked(fields, whole.kind === 'id' ? ID_UNCHECKED : LICENCE_UNCHECKED);
  return { ...whole, fields, issue: 'cut_off' } as ExtractResult;
}

async function readPrepared(
  kind: OcrKind,
  { page, soft, rectified, quality }: Prepared,
  engine: OcrEngine,
  opts: ExtractOptions,
  cutOff = false,
): Promise<ExtractResult> {
  const check = () => {
    if (opts.signal?.aborted) throw new OcrCancelled('cancelled');
  };
  check();
  const early = refusalOf(quality, null);
  if (early) return refuse(kind, early, rectified);

  opts.onStage?.('read');
  let rows: GlyphRow[] | null = null;
  let lineModel = !!engine.readLine;
  if (engine.readLine) {
    try {
      rows = await readPage(kind, soft, engine.readLine, check);
    } catch (e) {
      if (e instanceof OcrCancelled) throw e;
      // The line model could not load (download failed, out of memory): tesseract alone.
      lineModel = false;
    }
  }
  let words = null;
  if (!rows) {
    const whole = await engine.read({ image: page, lang: 'chi_sim', psm: '11' });
    words = whole.words;
    rows = glyphRowsFromWords(words);
  }
  check();

  const defs = kind === 'id' ? ID_LABELS : LICENCE_LABELS;
  const right = kind === 'id' && rectified ? ID_VALUES_END * page.width : Infinity;
  let anchored = anchorValues(rows, defs, MAX_LINES[kind], right);
  let faint = false;
  // The frame of a page whose outline ran off it (`cutOff`) is a poor picture too: its labels
  // may be missing for the frame's edge, and a fainter threshold cannot bring them back (a
  // cut-off licence read its frame twice over, 36 line-model calls instead of 18).
  const clean = issueOf(quality) === null && !cutOff;
  if (clean && lineModel && engine.readLine && fieldsFound(anchored) < fieldCount(defs)) {
    // A page printed in thin strokes (a light 宋体, a faint print) stays paler than the ink
    // threshold in places: characters fall apart and labels go unfound. A good picture of it
    // (a poor one's labels are lost to blur, glare or the frame, which a fainter threshold
    // only smears) is read again at a fainter threshold, kept only where that finds more of
    // the document's labels; its unchecked values are then marked (it takes in more that is
    // no text).
    const again = await readPage(kind, soft, engine.readLine, check, FAINT_INK);
    const anchoredAgain = anchorValues(again, defs, MAX_LINES[kind], right);
    // A number that held its check in the first reading must hold it in this one too.
    const holds = (a: Anchored) => {
      const raw = a.values[kind === 'id' ? 'id_number' : 'credit_code']?.text ?? '';
      if (kind === 'licence') return validCredit(creditCandidate(raw) ?? '');
      return validId(opts.today)(idCandidate(raw) ?? '');
    };
    const kept = holds(anchoredAgain) || !holds(anchored);
    if (kept && fieldsFound(anchoredAgain) > fieldsFound(anchored)) {
      rows = again;
      anchored = anchoredAgain;
      faint = true;
    }
  }
  const labelled = anchored.hits.filter((h) => h.def.field).length >= 2;
  const values = anchored.values as Partial<Record<string, RawValue>>;
  findUnlabelled(kind, rows, values);
  if (kind === 'id' && labelled) completeIdByRows(values, rows, right);

  opts.onStage?.('reread');
  let fields: Extraction<IdField> | Extraction<LicenceField>;
  if (labelled) {
    // Tesseract re-reads text values only where it reads alone: beside the line model its
    // readings of the characters the model lacks were as often wrong (tuning half: ID cards
    // 78% all right with them, 83% without), so those values stay as read, marked.
    if (!lineModel) await rereadValues(page, values, kind, engine);
    else if (engine.readLine) {
      await rereadUnsure(soft, values, REREAD_FIELDS[kind], engine.readLine, PERSON_FIELD[kind]);
      await confirmPerson(soft, values, PERSON_FIELD[kind], engine.readLine);
    }
    if (engine.drawGlyph) {
      checkPersonShapes(soft, values, PERSON_FIELD[kind], engine.drawGlyph);
      if (kind === 'licence' && values.name) {
        values.name = checkBusinessShapes(soft, values.name, engine.drawGlyph);
      }
    }
    fields = kind === 'id' ? idFields(values, opts.today) : licenceFields(values);
  } else {
    try {
      fields = await layoutFields(kind, page, soft, words, lineModel ? engine : null, opts.today);
    } catch (e) {
      if (e instanceof OcrCancelled || !lineModel) throw e;
      // The line model failed on the bands (it loaded lazily there): tesseract's page read.
      words ??= (await engine.read({ image: page, lang: 'chi_sim', psm: '11' })).words;
      fields = await layoutFields(kind, page, soft, words, null, opts.today);
    }
  }
  check();
  // A number that fails its check is read again, whole, by tesseract (`eng`, whitelist); the
  // checks then run again with it (the number's region checks the address).
  if (kind === 'id') {
    const f = fields as Extraction<IdField>;
    if (!validId(opts.today)(f.id_number.value)) {
      await rereadIdNumber(page, values.id_number?.box ?? null, f, engine, opts.today);
      fields = finishId(f, opts.today);
    }
    await completeEthnicity(
      fields as Extraction<IdField>,
      rows,
      soft,
      lineModel ? engine.readLine : undefined,
      right,
    );
    if (engine.drawGlyph)
      checkEthnicityShapes(fields as Extraction<IdField>, rows, soft, engine.drawGlyph);
  } else {
    const f = fields as Extraction<LicenceField>;
    if (!validCredit(f.credit_code.value)) {
      await rereadCreditCode([page, soft], values.credit_code?.box ?? null, f, engine);
      fields = licenceFields(asRaw(f));
    }
  }
  // A misread place in the address, offered one a character away, checked by its shape.
  if (engine.drawGlyph) {
    fields.address = checkPlaceShapes(soft, rows, fields.address, engine.drawGlyph);
  }
  check();
  opts.onStage?.('done');
  const refused = refusalOf(quality, usable(kind, fields, opts.today));
  if (refused) {
    const upright = lineModel && readUpright(rows.flatMap((r) => r.glyphs));
    return { ...refuse(kind, refused, rectified), upright };
  }
  if (uncheckedNeedEye(quality, labelled, faint)) {
    markUnchecked(fields, kind === 'id' ? ID_UNCHECKED : LICENCE_UNCHECKED);
  }
  const found = labelled ? 'labels' : 'layout';
  const issue = issueOf(quality);
  if (kind === 'id') {
    return { kind, fields: fields as Extraction<IdField>, rectified, refused: null, issue, found };
  }
  const f = fields as Extraction<LicenceField>;
  const families = anchored.hits.flatMap((h) => (h.def.family ? [h.def.family] : []));
  const type = typeByFamily(f.type, families);
  if (type) f.type = type;
  return {
    kind,
    fields: f,
    family: familyOf(f.type.value, families),
    rectified,
    refused: null,
    issue,
    found,
  };
}

/**
 * Whether the fields no check can confirm are marked: on a poor picture, on a page where no
 * labels were found (each field then taken from where the old layouts print it, which a layout
 * never seen may not), and on one read at the faint ink threshold (`faint`).
 */
export function uncheckedNeedEye(quality: Quality, labelled: boolean, faint = false): boolean {
  return issueOf(quality) !== null || !labelled || faint;
}

/** Fields no check can confirm: on a poor picture they are marked for the applicant. */
const ID_UNCHECKED = ['name', 'address'] as const;
const LICENCE_UNCHECKED = ['name', 'legal_rep', 'address', 'reg_date'] as const;

function markUnchecked(
  fields: Extraction<IdField> | Extraction<LicenceField>,
  keys: readonly string[],
): void {
  const f = fields as Record<string, FieldReading>;
  // A type another type continues may have lost its continuation to the picture (有限责任公司
  // of 有限责任公司（非自然人投资或控股的法人独资）, its bracket under a glare): no check shows it.
  const cut = f.type && typeContinued(f.type.value) ? ['type'] : [];
  for (const k of [...keys, ...cut]) {
    const r = f[k]!;
    if (r.value && !r.flag) f[k] = { ...r, confidence: Math.min(r.confidence, 60), flag: 'low' };
  }
}

/** Readings back to raw text (dates as printed), so the checks run again on a re-read number. */
function asRaw<F extends string>(f: Extraction<F>): Partial<Record<F, RawText>> {
  const out: Partial<Record<F, RawText>> = {};
  for (const [k, r] of Object.entries(f) as [F, FieldReading][]) {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.value);
    const text = iso ? `${iso[1]}年${iso[2]}月${iso[3]}日` : r.value;
    out[k] = { text, confidence: r.confidence };
  }
  return out;
}

/** Re-runs the ID card's checks with the final number (the re-read may have replaced it). */
function finishId(f: Extraction<IdField>, today?: string): Extraction<IdField> {
  const out = idFields(asRaw(f), today);
  // A disagreement found on the first pass (printed vs number) must stay visible.
  for (const k of ['birth', 'sex'] as const) {
    if (f[k].flag === 'mismatch' && out[k].value === f[k].value) out[k] = f[k];
  }
  // A flag from the first pass (a doubtful place name) stays too.
  for (const k of ['address', 'ethnicity'] as const) {
    if (f[k].flag && out[k].value === f[k].value) out[k] = f[k];
  }
  return out;
}

/** How much was read: whether the number passed its check, and how many other fields. */
function usable(
  kind: OcrKind,
  f: Extraction<IdField> | Extraction<LicenceField>,
  today?: string,
): { numberOk: boolean; found: number; of: number } {
  const entries = Object.entries(f) as [string, FieldReading][];
  const number = kind === 'id' ? 'id_number' : 'credit_code';
  const others = entries.filter(([k]) => k !== number);
  const v = (f as Record<string, FieldReading>)[number]!.value;
  return {
    numberOk: kind === 'id' ? validId(today)(v) : validCredit(v),
    found: others.filter(([, r]) => r.value).length,
    of: others.length,
  };
}

function refuse(kind: OcrKind, reason: Refusal, rectified: boolean): ExtractResult {
  const none = (keys: string) =>
    Object.fromEntries(
      keys.split(' ').map((k) => [k, { value: '', confidence: 0, flag: 'missing' }]),
    );
  const common = { rectified, refused: reason, issue: null, found: 'layout' as const };
  return kind === 'id'
    ? { kind, fields: none(ID_FIELDS) as Extraction<IdField>, ...common }
    : { kind, fields: none(LICENCE_FIELDS) as Extraction<LicenceField>, family: null, ...common };
}

const ID_FIELDS = 'name sex ethnicity birth address id_number';
const LICENCE_FIELDS = 'credit_code name type legal_rep address reg_date';
