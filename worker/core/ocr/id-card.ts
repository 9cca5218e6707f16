/**
 * Field parser for the resident ID card front (人像面). Input is rows of text, either rebuilt
 * from a whole-card read or one re-read per field band; labels (姓名, 性别 ...) locate fields.
 * A field that cannot be read with its format is left empty and flagged, never guessed.
 */
import { validateIdNumber } from '../id-number';
import { ETHNICITIES } from './ethnicities';
import { repairIdNumber } from './repair';
import { snapPlaces } from './vocabulary';
import { chineseDate, cjkOnly, compact, repairAddressDigits, valueAfter } from './text';
import type { Extraction, FieldReading, IdField, OcrLine } from './types';
import { LOW_CONFIDENCE } from './types';

const LABELS = ['姓名', '性别', '民族', '出生', '住址', '公民身份号码'] as const;

const empty = (): FieldReading => ({ value: '', confidence: 0, flag: 'missing' });

function reading(value: string, confidence: number): FieldReading {
  if (!value) return empty();
  return confidence < LOW_CONFIDENCE ? { value, confidence, flag: 'low' } : { value, confidence };
}

/** 18 ID-number-like characters anywhere in a line (spaces removed), or null. */
function idCandidate(line: string): string | null {
  const m = /[0-9OoDIlZSBbGgQiXx×K|]{18}/.exec(line.replace(/(公民身份号码|号码)/, ''));
  return m ? repairIdNumber(m[0]) : null;
}

/** The name after 姓名: 2–6 Chinese characters (a middle dot allowed for minority names). */
export function cleanName(text: string): string {
  const v = cjkOnly(text);
  return v.length >= 2 && v.length <= 8 ? v : '';
}

/** Parses an ID card front. `today` (YYYY-MM-DD) bounds the birth date check. */
export function parseIdCard(lines: readonly OcrLine[], today?: string): Extraction<IdField> {
  const out: Extraction<IdField> = {
    name: empty(),
    sex: empty(),
    ethnicity: empty(),
    birth: empty(),
    address: empty(),
    id_number: empty(),
  };
  const rows = lines.map((l) => ({ text: compact(l.text), confidence: l.confidence }));
  let addressAt = -1;

  rows.forEach((row, i) => {
    const name = valueAfter(row.text, '姓名', LABELS);
    if (name !== null && !out.name.value) out.name = reading(cleanName(name), row.confidence);
    const sex = valueAfter(row.text, '性别', LABELS);
    if (sex !== null && !out.sex.value) {
      const s = /[男女]/.exec(sex)?.[0] ?? '';
      out.sex = reading(s, row.confidence);
    }
    const eth = valueAfter(row.text, '民族', LABELS);
    if (eth !== null && !out.ethnicity.value) {
      const e = cjkOnly(eth).replace(/族$/, '');
      out.ethnicity = ETHNICITIES.has(e) ? reading(e, row.confidence) : empty();
    }
    if (!out.birth.value && (row.text.includes('出生') || /\d{4}年/.test(row.text))) {
      out.birth = reading(chineseDate(row.text), row.confidence);
    }
    if (valueAfter(row.text, '住址', LABELS) !== null && addressAt < 0) addressAt = i;
    if (!out.id_number.value) {
      const id = idCandidate(row.text);
      if (id) out.id_number = reading(id, row.confidence);
    }
  });

  if (addressAt >= 0) out.address = readAddress(rows, addressAt);
  crossCheck(out, today);
  return out;
}

/** 住址 and the rows under it until the ID number row: addresses wrap over up to three rows. */
function readAddress(rows: { text: string; confidence: number }[], at: number): FieldReading {
  const parts: string[] = [];
  const confs: number[] = [];
  for (let i = at; i < rows.length && parts.length < 4; i++) {
    const row = rows[i]!;
    const text =
      i === at ? (valueAfter(row.text, '住址', LABELS) ?? '') : row.text.replace(/^住址/, '');
    if (i > at && (/公民|号码/.test(text) || idCandidate(text))) break;
    // Another label on a later row means the address block is over.
    if (i > at && LABELS.some((l) => text.includes(l))) break;
    const part = repairAddressDigits(text).replace(/[^\u3400-\u9fff0-9A-Za-z\-（）()·]/g, '');
    if (part) {
      parts.push(part);
      confs.push(row.confidence);
    }
  }
  const value = parts.join('');
  // An address has at least a place and a number or a road: fewer than 6 characters is noise.
  if (cjkOnly(value).length < 6) return empty();
  return reading(snapPlaces(value), Math.min(...confs));
}

/**
 * Checks the ID number and takes birth date and sex from it when valid (the check character
 * makes it more reliable than the printed date); a disagreement is flagged, not hidden.
 */
function crossCheck(out: Extraction<IdField>, today?: string): void {
  const idRead = out.id_number;
  if (!idRead.value) return;
  const v = validateIdNumber(idRead.value, today);
  if (!v.ok) {
    out.id_number = { ...idRead, flag: 'invalid' };
    return;
  }
  const sex = v.sex === 'male' ? '男' : '女';
  const conf = idRead.confidence;
  // Printed and encoded values agreeing are two independent readings: the better one counts.
  const agree = (r: FieldReading) => reading(r.value, Math.max(r.confidence, conf));
  if (out.birth.value && out.birth.value !== v.birth) {
    out.birth = { value: v.birth, confidence: Math.min(conf, 60), flag: 'mismatch' };
  } else out.birth = out.birth.value ? agree(out.birth) : reading(v.birth, conf);
  if (out.sex.value && out.sex.value !== sex) {
    out.sex = { value: sex, confidence: Math.min(conf, 60), flag: 'mismatch' };
  } else out.sex = out.sex.value ? agree(out.sex) : reading(sex, conf);
}
