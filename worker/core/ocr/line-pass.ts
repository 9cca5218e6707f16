/**
 * The line model's pass: each field's value line(s), found by the fixed layout (see bands.ts),
 * read by a line recogniser (PP-OCR), turned back into labelled rows so the same parsers and
 * checks apply; and the merge, field by field, with tesseract's reading when both ran.
 */
import { validateIdNumber } from '../id-number';
import {
  fieldLines,
  ID_WINDOWS,
  LICENCE_WINDOWS,
  licenceTemplate,
  type FieldWindow,
  type LicenceTemplate,
} from './bands';
import { crop, type Gray } from './image';
import { parseIdCard } from './id-card';
import { creditCodeHolds, parseLicence } from './licence';
import type { Box, Extraction, FieldReading, IdField, LicenceField, OcrLine } from './types';

export interface LineResult {
  text: string;
  /** 0–100. */
  confidence: number;
  /**
   * Each character with the x of its centre on the line image (pixels), where known; `rival`
   * (0–100) is the likeliest other character's probability (see rec.ts).
   */
  chars?: { ch: string; x: number; confidence: number; rival?: number; alts?: string }[];
  /** Characters nearly emitted where the model gave blank, placed the same way (rec.ts). */
  latent?: { ch: string; x: number; confidence: number; alts?: string }[];
}

export type LineReader = (line: Gray) => Promise<LineResult>;

/**
 * Reads every line of a field window; '' (confidence 0) when the window holds no ink. Lines
 * are found and read on `soft` (light evened, not binarised): blurred strokes that the hard
 * page drops to white still count as ink there, and the model reads natural grey strokes.
 */
async function readWindow(soft: Gray, w: FieldWindow, read: LineReader): Promise<LineResult> {
  const boxes = fieldLines(soft, w);
  let text = '';
  let confidence = 100;
  for (const b of boxes) {
    const r = await read(cropBox(soft, b));
    text += r.text.replace(/\s+/g, '');
    confidence = Math.min(confidence, r.confidence);
  }
  return boxes.length ? { text, confidence } : { text: '', confidence: 0 };
}

export function cropBox(g: Gray, b: Box): Gray {
  return crop(g, b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0);
}

/**
 * Labelled rows of a rectified ID card front for `parseIdCard`, read line by line. The label
 * is prepended here (the crops start after the printed label), so a faint or misread label
 * never loses its field.
 */
export async function idLines(soft: Gray, read: LineReader): Promise<OcrLine[]> {
  const rows: [string, FieldWindow][] = [
    ['姓名', ID_WINDOWS.name],
    ['性别', ID_WINDOWS.sexEthnicity],
    ['出生', ID_WINDOWS.birth],
    ['住址', ID_WINDOWS.address],
    ['公民身份号码', ID_WINDOWS.idNumber],
  ];
  const out: OcrLine[] = [];
  for (const [label, w] of rows) {
    const r = await readWindow(soft, w, read);
    if (r.text) out.push({ text: label + r.text, confidence: r.confidence });
  }
  return out;
}

const LICENCE_LABEL = {
  name: '名称',
  type: '类型',
  legal_rep: '法定代表人',
  address: '住所',
  reg_date: '成立日期',
} as const;

/**
 * Labelled rows of a rectified licence for `parseLicence`, by the page's template (told on
 * the binarised `page`, where the background print is gone).
 */
export async function licenceLines(
  page: Gray,
  soft: Gray,
  read: LineReader,
): Promise<{ template: LicenceTemplate; lines: OcrLine[] }> {
  const template = licenceTemplate(page);
  const windows = LICENCE_WINDOWS[template];
  const lines: OcrLine[] = [];
  const code = await readWindow(soft, windows.credit_code, read);
  if (code.text) lines.push({ text: `统一社会信用代码${code.text}`, confidence: code.confidence });
  for (const [key, label] of Object.entries(LICENCE_LABEL) as [
    keyof typeof LICENCE_LABEL,
    string,
  ][]) {
    const r = await readWindow(soft, windows[key], read);
    if (r.text) lines.push({ text: label + r.text, confidence: r.confidence });
  }
  return { template, lines };
}

/**
 * One text field from two engines: the line model's reading when it has one (it reads
 * Chinese far better than tesseract's chi_sim), else the first reading.
 */
export function mergeText(first: FieldReading, second: FieldReading): FieldReading {
  return second.value ? second : first;
}

/**
 * One check-digit field from two independent whole readings; `valid` is the format/check
 * test. A valid reading wins over an invalid one; two valid readings that disagree mean one
 * of them is valid-but-wrong, so neither is trusted and the field is left for the applicant.
 * No character is ever taken from one reading into the other.
 */
export function mergeNumber(
  first: FieldReading,
  second: FieldReading,
  valid: (v: string) => boolean,
): FieldReading {
  const a = !!first.value && valid(first.value);
  const b = !!second.value && valid(second.value);
  if (a && b) {
    if (first.value === second.value) {
      return { value: first.value, confidence: Math.max(first.confidence, second.confidence) };
    }
    return { value: '', confidence: 0, flag: 'invalid' };
  }
  if (a) return first;
  if (b) return second;
  return first.value ? first : second;
}

export const validId = (today?: string) => (v: string) => validateIdNumber(v, today).ok;
export const validCredit = creditCodeHolds;

/** The ID card's fields as the line model reads them (every band, the number included). */
export async function lineFieldsId(
  soft: Gray,
  read: LineReader,
  today?: string,
): Promise<Extraction<IdField>> {
  return parseIdCard(await idLines(soft, read), today);
}

/** The licence's fields as the line model reads them, by the page's template. */
export async function lineFieldsLicence(
  page: Gray,
  soft: Gray,
  read: LineReader,
): Promise<Extraction<LicenceField>> {
  return parseLicence((await licenceLines(page, soft, read)).lines);
}

/**
 * Both engines' fields: the line model's text wherever it read something, and the number by
 * `mergeNumber` (`number` names the check-digit field, `valid` its check).
 */
export function mergeFields<F extends string>(
  first: Extraction<F>,
  second: Extraction<F>,
  number: F,
  valid: (v: string) => boolean,
): Extraction<F> {
  const out = { ...first };
  for (const k of Object.keys(first) as F[]) {
    out[k] =
      k === number ? mergeNumber(first[k], second[k], valid) : mergeText(first[k], second[k]);
  }
  return out;
}
