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
import { idLayoutLines } from './layout';
import { rowsFromWords } from './rows';
import type { Box, Extraction, IdField, LicenceField, OcrKind, OcrLine } from './types';
import { LOW_CONFIDENCE } from './types';

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
  opts.onStage?.('read');
  const whole = await engine.read({ image: page, lang: 'chi_sim', psm: '11' });
  check();
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
    check();
    if (rectified) await rereadIdBands(soft, fields, engine, opts.today);
    check();
    opts.onStage?.('done');
    return { kind, fields: finishId(fields, opts.today), rectified };
  }
  const fields = parseLicence(rows);
  await rereadLicenceRows(page, rows, fields, engine);
  check();
  await rereadCreditCode([page, soft], rows, fields, engine);
  check();
  opts.onStage?.('done');
  return { kind, fields, rectified };
}

/**
 * Name and address re-read as whole lines (PSM 6/7): sparse mode reads word by word and loses
 * the language model's context, which shows in long addresses. The band read wins when it
 * parses; otherwise the first reading stays.
 */
async function rereadIdBands(
  page: Gray,
  fields: Extraction<IdField>,
  engine: OcrEngine,
  today?: string,
): Promise<void> {
  const W = page.width;
  const H = page.height;
  const name = await engine.read({
    image: crop(page, W * 0.16, H * 0.09, W * 0.48, H * 0.13),
    lang: 'chi_sim',
    psm: '7',
  });
  const addr = await engine.read({
    image: crop(page, W * 0.16, H * 0.45, W * 0.5, H * 0.31),
    lang: 'chi_sim',
    psm: '6',
  });
  const lines: OcrLine[] = [
    { text: `姓名${name.text.replace(/^\s*姓\s*名/, '')}`, confidence: name.confidence },
  ];
  const addrLines = addr.text.split('\n').filter((l) => l.trim());
  addrLines.forEach((l, i) =>
    lines.push({ text: i === 0 ? `住址${l}` : l, confidence: addr.confidence }),
  );
  const again = parseIdCard(lines, today);
  // The more confident of the two readings wins (word-by-word vs whole line).
  if (again.name.value && again.name.confidence >= fields.name.confidence) fields.name = again.name;
  if (again.address.value) fields.address = again.address;
}

/**
 * The rows holding text fields re-read as single lines (PSM 7); per field, the more confident
 * of the sparse and the line reading is kept. Either alone made different mistakes.
 */
async function rereadLicenceRows(
  page: Gray,
  rows: OcrLine[],
  fields: Extraction<LicenceField>,
  engine: OcrEngine,
): Promise<void> {
  const wanted = /名称|类型|经营者|法定代表人|负责人|住所|场所/;
  const lines: OcrLine[] = [];
  const sorted = rows.filter((r) => r.bbox).sort((a, b) => a.bbox!.y0 - b.bbox!.y0);
  for (const [i, row] of sorted.entries()) {
    const b = row.bbox!;
    const h = b.y1 - b.y0;
    const prev = sorted[i - 1];
    // A field row, or the row under an address (wrapped continuation).
    const take = wanted.test(row.text.replace(/\s/g, '')) || (prev && /住所|场所/.test(prev.text));
    if (!take || h < 12 || h > 60) continue;
    const r = await engine.read({
      image: band(page, b, 10, Math.round(h * 0.3)),
      lang: 'chi_sim',
      psm: '7',
    });
    lines.push({ text: r.text.trim(), confidence: r.confidence, bbox: b });
  }
  const again = parseLicence(lines);
  for (const k of ['name', 'type', 'legal_rep', 'address'] as const) {
    if (again[k].value && again[k].confidence > fields[k].confidence) fields[k] = again[k];
  }
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
    return t.replace(/[^0-9A-Za-z]/g, '').length >= 15;
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
  pages: Gray[],
  rows: OcrLine[],
  fields: Extraction<LicenceField>,
  engine: OcrEngine,
): Promise<void> {
  const box = numberBox(pages[0]!, rows, 'licence');
  // Independent whole readings of the band (hard and soft contrast, 1× and 1.5×) until one
  // passes; each is taken as read, so no character is ever picked to satisfy the check.
  const variants = pages.flatMap((p) => [band(p, box, 14, 10), scaleBy(band(p, box, 14, 10), 1.5)]);
  for (const image of variants) {
    if (fields.credit_code.value && validateCreditCode(fields.credit_code.value).ok) return;
    const r = await engine.read({ image, lang: 'eng', psm: '7', whitelist: CREDIT_CODE_ALPHABET });
    const code = creditCandidate(r.text);
    if (!code) continue;
    if (validateCreditCode(code).ok) fields.credit_code = { value: code, confidence: r.confidence };
    else if (!fields.credit_code.value) {
      fields.credit_code = { value: code, confidence: r.confidence, flag: 'invalid' };
    }
  }
}

function scaleBy(img: Gray, k: number): Gray {
  return resize(img, Math.round(img.width * k), Math.round(img.height * k));
}
