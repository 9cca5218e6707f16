/**
 * The recognition pipeline shared by the PWA's OCR worker and the Node benchmark: find and
 * rectify the document and flatten the light. With the line model (PP-OCR, where the device
 * allows it) each field's line is read from the fixed layout and tesseract only re-reads a
 * failed number band, or reads the whole page when a field is still missing. Without it,
 * tesseract reads the page in sparse mode, rows are rebuilt, fields parsed by their labels and
 * layout, then the bands re-read (numbers with `eng` and a whitelist).
 */
import { findCard, flatten } from './enhance';
import { OcrCancelled, type OcrEngine } from './engine';
import { rectify, resize, toGray, type Gray, type Rgba } from './image';
import { parseIdCard } from './id-card';
import { parseLicence } from './licence';
import { idLayoutLines } from './layout';
import { lineFieldsId, lineFieldsLicence, mergeFields, validCredit, validId } from './line-pass';
import { rowsFromWords } from './rows';
import {
  rereadCreditCode,
  rereadIdBands,
  rereadIdNumber,
  rereadLicenceRows,
} from './tesseract-pass';
import type { Extraction, IdField, LicenceField, OcrKind, OcrLine } from './types';

export type OcrStage = 'prepare' | 'read' | 'reread' | 'done';

export interface ExtractOptions {
  /** YYYY-MM-DD, bounds birth dates (tests pass a fixed day). */
  today?: string;
  onStage?: (stage: OcrStage) => void;
  /** An AbortSignal (typed structurally: core has no DOM types). */
  signal?: { readonly aborted: boolean };
}

export type ExtractResult =
  | { kind: 'id'; fields: Extraction<IdField>; rectified: boolean }
  | { kind: 'licence'; fields: Extraction<LicenceField>; rectified: boolean };

/** Rectified sizes: text about 30 px high, where tesseract's LSTM reads best. */
const LAYOUT = {
  id: { aspect: 85.6 / 54, width: 1000 },
  licence: { aspect: 1400 / 990, width: 1300 },
} as const;

/** Rectifies the document (or scales the whole image if no card outline is found). */
export function prepare(kind: OcrKind, img: Rgba): { page: Gray; soft: Gray; rectified: boolean } {
  let gray = toGray(img);
  // Phone cameras give 12 MP: card detection and reading need far less.
  if (gray.width > 2000) gray = resize(gray, 2000, Math.round((gray.height * 2000) / gray.width));
  const { aspect, width } = LAYOUT[kind];
  const height = Math.round(width / aspect);
  // A scan or a photo already cropped to the card has no table around it: when the frame has
  // the document's shape, the frame is taken as the document.
  const framed = Math.abs(gray.width / gray.height - aspect) / aspect < 0.1;
  const quad = findCard(gray, aspect);
  const page = quad
    ? rectify(gray, quad, width, height)
    : resize(gray, width, Math.round((gray.height * width) / gray.width));
  return { page: flatten(page), soft: flatten(page, false), rectified: quad !== null || framed };
}

export async function extract(
  kind: OcrKind,
  img: Rgba,
  engine: OcrEngine,
  opts: ExtractOptions = {},
): Promise<ExtractResult> {
  const check = () => {
    if (opts.signal?.aborted) throw new OcrCancelled('cancelled');
  };
  opts.onStage?.('prepare');
  const { page, soft, rectified } = prepare(kind, img);
  check();
  const finish = (fields: Extraction<IdField> | Extraction<LicenceField>): ExtractResult => {
    opts.onStage?.('done');
    return kind === 'id'
      ? { kind, fields: finishId(fields as Extraction<IdField>, opts.today), rectified }
      : { kind, fields: fields as Extraction<LicenceField>, rectified };
  };
  if (!rectified || !engine.readLine) {
    return finish(await tesseractFields(kind, page, soft, rectified, engine, opts, true));
  }
  opts.onStage?.('read');
  const today = opts.today;
  let lines: Extraction<IdField> | Extraction<LicenceField>;
  try {
    lines =
      kind === 'id'
        ? await lineFieldsId(soft, engine.readLine, today)
        : await lineFieldsLicence(page, soft, engine.readLine);
  } catch {
    // The line model could not load (download failed, out of memory): tesseract alone.
    check();
    return finish(await tesseractFields(kind, page, soft, rectified, engine, opts, true));
  }
  check();
  opts.onStage?.('reread');
  // A number that fails its check is read again, whole, by tesseract (`eng`, whitelist).
  if (kind === 'id') {
    const f = lines as Extraction<IdField>;
    if (!validId(today)(f.id_number.value)) await rereadIdNumber(page, [], f, engine, today);
  } else await rereadCreditCode([page, soft], [], lines as Extraction<LicenceField>, engine);
  check();
  if (complete(kind, lines, today)) return finish(lines);
  // Something is still missing (a band off its place, a faint line): tesseract's whole-page
  // pass, found by labels, fills only what the line model could not read.
  const first = await tesseractFields(kind, page, soft, rectified, engine, opts, false);
  check();
  return finish(
    kind === 'id'
      ? mergeFields<IdField>(
          first as Extraction<IdField>,
          lines as Extraction<IdField>,
          'id_number',
          validId(today),
        )
      : mergeFields<LicenceField>(
          first as Extraction<LicenceField>,
          lines as Extraction<LicenceField>,
          'credit_code',
          validCredit,
        ),
  );
}

/** Every field read, and the number passing its check. */
function complete(
  kind: OcrKind,
  f: Extraction<IdField> | Extraction<LicenceField>,
  today?: string,
): boolean {
  const values = Object.values(f) as { value: string }[];
  if (values.some((r) => !r.value)) return false;
  return kind === 'id'
    ? validId(today)((f as Extraction<IdField>).id_number.value)
    : validCredit((f as Extraction<LicenceField>).credit_code.value);
}

/**
 * tesseract alone: the sparse whole-page read, rows rebuilt, fields by labels (and the card's
 * layout), then the number bands; `bands` adds its line re-reads of the text fields (not
 * needed when the line model has read them).
 */
async function tesseractFields(
  kind: OcrKind,
  page: Gray,
  soft: Gray,
  rectified: boolean,
  engine: OcrEngine,
  opts: ExtractOptions,
  bands: boolean,
): Promise<Extraction<IdField> | Extraction<LicenceField>> {
  opts.onStage?.('read');
  const whole = await engine.read({ image: page, lang: 'chi_sim', psm: '11' });
  if (opts.signal?.aborted) throw new OcrCancelled('cancelled');
  const rows = rowsFromWords(whole.words);
  opts.onStage?.('reread');
  if (kind === 'id') {
    // On a rectified card the layout places each field; labels are the fallback.
    const byLabel = parseIdCard(rows, opts.today);
    const fields = rectified
      ? preferFound(
          parseIdCard(idLayoutLines(whole.words, page.width, page.height), opts.today),
          byLabel,
        )
      : byLabel;
    await rereadIdNumber(page, rows, fields, engine, opts.today);
    if (rectified && bands) await rereadIdBands(soft, fields, engine, opts.today);
    return fields;
  }
  const fields = parseLicence(rows);
  if (bands) await rereadLicenceRows(page, rows, fields, engine);
  await rereadCreditCode([page, soft], rows, fields, engine);
  return fields;
}

/** Each field from `a` when found there, else from `b`. */
function preferFound<F extends string>(a: Extraction<F>, b: Extraction<F>): Extraction<F> {
  const out = { ...a };
  for (const k of Object.keys(a) as F[]) if (!a[k].value && b[k].value) out[k] = b[k];
  return out;
}

/** Re-runs the cross-checks with the final ID number (the band re-read may have replaced it). */
function finishId(f: Extraction<IdField>, today?: string): Extraction<IdField> {
  const lines: OcrLine[] = [];
  const add = (text: string, r: { value: string; confidence: number }) => {
    if (r.value) lines.push({ text, confidence: r.confidence });
  };
  add(`姓名${f.name.value}`, f.name);
  add(`性别${f.sex.value}`, f.sex);
  add(`民族${f.ethnicity.value}`, f.ethnicity);
  const [y, m, d] = f.birth.value.split('-');
  add(`出生${y}年${m}月${d}日`, f.birth);
  add(`住址${f.address.value}`, f.address);
  add(`公民身份号码${f.id_number.value}`, f.id_number);
  const out = parseIdCard(lines, today);
  // A disagreement found on the first pass (printed vs number) must stay visible.
  for (const k of ['birth', 'sex'] as const) {
    if (f[k].flag === 'mismatch' && out[k].value === f[k].value) out[k] = f[k];
  }
  return out;
}
