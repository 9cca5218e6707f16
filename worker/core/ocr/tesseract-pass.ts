/**
 * tesseract's re-reads of single bands, after its sparse whole-page read: name and address as
 * whole lines, licence field rows as lines, and the number bands with `eng` and a whitelist.
 * Each is an independent whole reading; none picks characters to satisfy a check digit.
 */
import { CREDIT_CODE_ALPHABET, validateCreditCode } from '../credit-code';
import { validateIdNumber } from '../id-number';
import type { OcrEngine } from './engine';
import { crop, resize, type Gray } from './image';
import { parseIdCard } from './id-card';
import { creditCandidate, parseLicence } from './licence';
import { repairIdNumber } from './repair';
import type { Box, Extraction, IdField, LicenceField, OcrKind, OcrLine } from './types';
import { LOW_CONFIDENCE } from './types';

/**
 * Name and address re-read as whole lines (PSM 6/7): sparse mode reads word by word and loses
 * the language model's context, which shows in long addresses. The band read wins when it
 * parses; otherwise the first reading stays.
 */
export async function rereadIdBands(
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
export async function rereadLicenceRows(
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

export async function rereadIdNumber(
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

export async function rereadCreditCode(
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
