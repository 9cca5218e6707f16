/**
 * tesseract's re-reads of single rows: text values as whole lines where tesseract reads alone,
 * and the number rows with `eng` and a whitelist.
 * Each is an independent whole reading; none picks characters to satisfy a check digit.
 */
import { CREDIT_CODE_ALPHABET } from '../credit-code';
import { validateIdNumber } from '../id-number';
import type { OcrEngine } from './engine';
import { crop, resize, type Gray } from './image';
import type { RawValue } from './anchored';
import { creditCandidate, creditCodeHolds } from './licence';
import { repairIdNumber } from './repair';
import type { Box, Extraction, IdField, LicenceField, OcrKind } from './types';
import { LOW_CONFIDENCE } from './types';

/** Text fields re-read (lines, by their label-anchored boxes) when tesseract reads alone. */
const TEXT_FIELDS: Record<OcrKind, readonly string[]> = {
  id: ['name', 'address'],
  licence: ['name', 'type', 'legal_rep', 'address'],
};

/**
 * Tesseract alone: each text value re-read as a line (PSM 7) or block (PSM 6, wrapped
 * values) from where its label put it. Sparse mode reads word by word and loses the language
 * model's context; the more confident of the two readings is kept.
 */
export async function rereadValues(
  page: Gray,
  values: Partial<Record<string, RawValue>>,
  kind: OcrKind,
  engine: OcrEngine,
): Promise<void> {
  for (const field of TEXT_FIELDS[kind]) {
    const v = values[field];
    if (!v) continue;
    const h = v.box.y1 - v.box.y0;
    const multi = h > 60;
    const r = await engine.read({
      image: band(page, v.box, 10, 8),
      lang: 'chi_sim',
      psm: multi ? '6' : '7',
    });
    const text = r.text.replace(/\s+/g, '');
    if (text && r.confidence > v.confidence) {
      values[field] = { ...v, text, confidence: r.confidence, alts: undefined };
    }
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

/** The number's band in the fixed layout, when its row was not found on the page. */
function numberBand(page: Gray, kind: OcrKind): Box {
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

/** The ID number re-read whole from its row (`box`, or the layout's band). */
export async function rereadIdNumber(
  page: Gray,
  at: Box | null,
  fields: Extraction<IdField>,
  engine: OcrEngine,
  today?: string,
): Promise<void> {
  const box = at ?? numberBand(page, 'id');
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

/** The credit code re-read whole from its row (`box`, or the layout's band). */
export async function rereadCreditCode(
  pages: Gray[],
  at: Box | null,
  fields: Extraction<LicenceField>,
  engine: OcrEngine,
): Promise<void> {
  if (fields.credit_code.value && creditCodeHolds(fields.credit_code.value)) return;
  const box = at ?? numberBand(pages[0]!, 'licence');
  // Independent whole readings of the band (hard and soft contrast, 1× and 1.5×); each is
  // taken as read, so no character is ever picked to satisfy the check.
  const variants = pages.flatMap((p) => [band(p, box, 14, 10), scaleBy(band(p, box, 14, 10), 1.5)]);
  const seen: string[] = [];
  for (const image of variants) {
    const r = await engine.read({ image, lang: 'eng', psm: '7', whitelist: CREDIT_CODE_ALPHABET });
    const code = creditCandidate(r.text);
    if (!code) continue;
    if (creditCodeHolds(code) && creditAgreed(code, seen)) {
      fields.credit_code = { value: code, confidence: r.confidence };
      return;
    }
    seen.push(code);
    // With nothing read on the page, a failing code is kept for the applicant to correct: the
    // check shows it wrong. A passing one read once is not (it would show as checked).
    if (!fields.credit_code.value && !creditCodeHolds(code)) {
      fields.credit_code = { value: code, confidence: r.confidence, flag: 'invalid' };
    }
  }
}

/**
 * Whether a re-read code that passes the check is also backed by another reading. The check
 * catches every single misread character but lets one wrong code in 31 with two or more pass,
 * and a blurred band read four ways until one passed let such codes through (half-size
 * licences). Nearness to the page's own failing reading is no backing: both engines misread
 * the same blurred character alike (0 read 6 by both, then 8 read B by tesseract alone, and
 * the result passed). So a passing code must be read the same by another of the re-readings.
 * Example: creditAgreed('913702035X1E98Q0EC', ['913702035X1E98Q0EC']) === true.
 */
export function creditAgreed(code: string, others: readonly string[]): boolean {
  return others.includes(code);
}

function scaleBy(img: Gray, k: number): Gray {
  return resize(img, Math.round(img.width * k), Math.round(img.height * k));
}
