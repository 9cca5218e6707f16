/**
 * The recognition pipeline shared by the PWA's OCR worker and the Node benchmark: find and
 * rectify the document, flatten the light, read it in sparse mode, rebuild rows, parse fields
 * by their labels, then re-read the number bands with `eng` and a whitelist.
 */
import { CREDIT_CODE_ALPHABET, validateCreditCode } from '../credit-code';
import { validateIdNumber } from '../id-number';
import { findCard, flatten } from './enhance';
import { OcrCancelled, type OcrEngine } from './engine';
import { crop, rectify, resize, toGray, type Gray, type Rgba } from './image';
import { parseIdCard } from './id-card';
import { creditCandidate, parseLicence } from './licence';
import { repairIdNumber } from './repair';
import { rowsFromWords } from './rows';
import type { Box, Extraction, IdField, LicenceField, OcrKind, OcrLine } from './types';
import { LOW_CONFIDENCE } from './types';

export type OcrStage = 'prepare' | 'read' | 'reread' | 'done';

export interface ExtractOptions {
  /** YYYY-MM-DD, bounds birth dates (tests pass a fixed day). */
  today?: string;
  onStage?: (stage: OcrStage) => void;
  signal?: AbortSignal;
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
export function prepare(kind: OcrKind, img: Rgba): { page: Gray; rectified: boolean } {
  let gray = toGray(img);
  // Phone cameras give 12 MP: card detection and reading need far less.
  if (gray.width > 2000) gray = resize(gray, 2000, Math.round((gray.height * 2000) / gray.width));
  const { aspect, width } = LAYOUT[kind];
  const height = Math.round(width / aspect);
  const quad = findCard(gray, aspect);
  const page = quad
    ? rectify(gray, quad, width, height)
    : resize(gray, width, Math.round((gray.height * width) / gray.width));
  return { page: flatten(page), rectified: quad !== null };
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
  const { page, rectified } = prepare(kind, img);
  check();
  opts.onStage?.('read');
  const whole = await engine.read({ image: page, lang: 'chi_sim', psm: '11' });
  check();
  const rows = rowsFromWords(whole.words);
  opts.onStage?.('reread');
  if (kind === 'id') {
    const fields = parseIdCard(rows, opts.today);
    await rereadIdNumber(page, rows, fields, engine, opts.today);
    check();
    opts.onStage?.('done');
    return { kind, fields: parseIdCard(withNumber(rows, fields.id_number), opts.today), rectified };
  }
  const fields = parseLicence(rows);
  await rereadCreditCode(page, rows, fields, engine);
  check();
  opts.onStage?.('done');
  return { kind, fields, rectified };
}

/** The rows with the ID number row replaced by the band re-read, so cross-checks use it. */
function withNumber(rows: OcrLine[], id: { value: string; confidence: number }): OcrLine[] {
  if (!id.value) return rows;
  const others = rows.filter((r) => !/\d{10}/.test(r.text.replace(/\s/g, '')));
  return [...others, { text: `公民身份号码${id.value}`, confidence: id.confidence }];
}

function band(page: Gray, box: Box, padX: number, padY: number): Gray {
  return crop(
    page,
    box.x0 - padX,
    box.y0 - padY,
    box.x1 - box.x0 + 2 * padX,
    box.y1 - box.y0 + 2 * padY,
  );
}

/** Where the number row is: the row holding 号码 or a run of digits; else the layout's band. */
function numberBox(page: Gray, rows: OcrLine[], kind: OcrKind): Box {
  const row = rows.find((r) => {
    const t = r.text.replace(/\s/g, '');
    if (kind === 'id') return /号码|\d{8}/.test(t);
    return creditCandidate(t) !== null || /[0-9A-Z]{12}/.test(t);
  });
  if (row?.bbox) {
    const b = row.bbox;
    // On the card the label sits left of the number: start after it when it was read.
    return kind === 'id' ? { ...b, x0: Math.max(b.x0, page.width * 0.22) } : b;
  }
  return kind === 'id'
    ? {
        x0: page.width * 0.25,
        y0: page.height * 0.78,
        x1: page.width * 0.98,
        y1: page.height * 0.94,
      }
    : {
        x0: page.width * 0.05,
        y0: page.height * 0.25,
        x1: page.width * 0.5,
        y1: page.height * 0.36,
      };
}

async function rereadIdNumber(
  page: Gray,
  rows: OcrLine[],
  fields: Extraction<IdField>,
  engine: OcrEngine,
  today?: string,
): Promise<void> {
  const box = numberBox(page, rows, 'id');
  const r = await engine.read({
    image: band(page, box, 12, 10),
    lang: 'eng',
    psm: '7',
    whitelist: '0123456789X',
  });
  const value = repairIdNumber(r.text.replace(/\s/g, ''));
  if (!value) return;
  const bandOk = validateIdNumber(value, today).ok;
  const firstOk = fields.id_number.value && validateIdNumber(fields.id_number.value, today).ok;
  // Only a whole independent reading replaces another: no character is chosen to pass the check.
  if (bandOk || !firstOk) {
    fields.id_number = { value, confidence: r.confidence };
    if (r.confidence < LOW_CONFIDENCE) fields.id_number.flag = 'low';
  }
}

async function rereadCreditCode(
  page: Gray,
  rows: OcrLine[],
  fields: Extraction<LicenceField>,
  engine: OcrEngine,
): Promise<void> {
  if (fields.credit_code.value && validateCreditCode(fields.credit_code.value).ok) return;
  const box = numberBox(page, rows, 'licence');
  const r = await engine.read({
    image: band(page, box, 14, 10),
    lang: 'eng',
    psm: '7',
    whitelist: CREDIT_CODE_ALPHABET,
  });
  const code = creditCandidate(r.text);
  if (!code) return;
  const ok = validateCreditCode(code).ok;
  if (ok || !fields.credit_code.value) {
    fields.credit_code = ok
      ? { value: code, confidence: r.confidence }
      : { value: code, confidence: r.confidence, flag: 'invalid' };
  }
}
