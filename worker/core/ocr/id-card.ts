/**
 * The resident ID card front (人像面): each field's raw text (found by its label, see
 * anchored.ts, or by the fixed bands when no label was found) is cleaned, checked and
 * cross-checked. A field that cannot be read with its format is left empty and flagged; a
 * correction is made only where a check proves it (see places.ts and repair.ts).
 */
import { validateIdNumber } from '../id-number';
import { ETHNICITIES } from './ethnicities';
import { repairDoubtfulPlaces } from './place-alternatives';
import { NAME_LOOK_ALIKES, withOptions, withPlaceOptions } from './options';
import { addressCutShort, checkPlaces } from './places';
import { repairIdNumber } from './repair';
import { chineseDate, cjkOnly, cleanAddress, compact, nameDots, valueAfter } from './text';
import { editDistance } from './vocabulary';
import type { Extraction, FieldReading, IdField, OcrLine } from './types';
import { LOW_CONFIDENCE, NAME_SURE } from './types';

const LABELS = ['姓名', '性别', '民族', '出生', '住址', '公民身份号码'] as const;

export interface RawText {
  text: string;
  /** 0–100. */
  confidence: number;
  /** Per code point of `text`: the line model's other likely characters (rec.ts), if known. */
  alts?: readonly string[];
  /** Per code point of `text`: each character's confidence (0–100), if known. */
  sure?: readonly number[];
}

export const empty = (): FieldReading => ({ value: '', confidence: 0, flag: 'missing' });

export function reading(value: string, confidence: number): FieldReading {
  if (!value) return empty();
  return confidence < LOW_CONFIDENCE ? { value, confidence, flag: 'low' } : { value, confidence };
}

/** 18 ID-number-like characters anywhere in a line (spaces removed), or null. */
export function idCandidate(line: string): string | null {
  const m = /[0-9OoDIlZSBbGgQiXx×K|]{18}/.exec(compact(line).replace(/(公民身份号码|号码)/, ''));
  return m ? repairIdNumber(m[0]) : null;
}

/**
 * A person's name: Chinese characters, and the middle dot of transcribed minority names
 * (阿依古丽·买买提), which OCR gives as any of several dots.
 */
export function cleanName(text: string, max = 15): string {
  const v = cjkOnly(nameDots(text));
  return v.length >= 2 && v.length <= max && !/^·|·$/.test(v) ? v : '';
}

/**
 * A person's name as read, marked for the applicant unless every character was near certain
 * (NAME_SURE; `confidence` is the least sure character's). Five characters or more without a
 * middle dot is rarely a Han name and usually a transcribed one whose dot was lost (吐尔逊艾山
 * for 吐尔逊·艾山): marked as well, never given a dot by guess; so is a name holding a
 * character no name carries (或 read for 彧: `NAME_LOOK_ALIKES`).
 */
export function personName(value: string, confidence: number): FieldReading {
  const r = reading(value, confidence);
  if (!r.value || r.flag) return r;
  if (confidence < NAME_SURE) return { ...r, flag: 'low' };
  const lostDot = !value.includes('·') && [...value].length >= 5;
  if (!lostDot && ![...value].some((ch) => NAME_LOOK_ALIKES.has(ch))) return r;
  return { ...r, confidence: Math.min(r.confidence, 60), flag: 'low' };
}

/**
 * Groups with a character the line model's dictionary lacks (仫 of 仫佬), by the reading the
 * model gives instead: the character's own printed part (么, 仫 without 亻). Such a group can
 * never be read as printed; this reading of it is no other group's (仡佬 reads as printed).
 */
const UNWRITABLE_GROUPS = new Map([['么佬', '仫佬']]);

/**
 * The one ethnic group a reading that is none of them is a single character away from, or
 * null: only when exactly one group is, and both have two or more characters (any single
 * character is one away from all the one-character names: no proof there).
 */
export function nearEthnicity(e: string): string | null {
  const near = nearEthnicities(e);
  return near.length === 1 ? near[0]! : null;
}

/** The groups of two or more characters one character off `e` (亿佬: 仡佬 and 仫佬). */
export function nearEthnicities(e: string): string[] {
  if (e.length < 2) return [];
  return [...ETHNICITIES].filter((g) => g.length >= 2 && editDistance(g, e) === 1);
}

/** One of the 56 ethnic groups, corrected only as `nearEthnicity` allows. */
export function ethnicity(text: string, confidence: number): FieldReading {
  const e = cjkOnly(text).replace(/族$/, '');
  if (!e) return empty();
  if (ETHNICITIES.has(e)) return reading(e, confidence);
  const unwritable = UNWRITABLE_GROUPS.get(e);
  if (unwritable) return { value: unwritable, confidence: Math.min(confidence, 60), flag: 'low' };
  const near = nearEthnicity(e);
  if (near) return reading(near, Math.min(confidence, 75));
  return { value: e, confidence: Math.min(confidence, 40), flag: 'invalid' };
}

/** The fields from their raw texts; `today` (YYYY-MM-DD) bounds the birth date check. */
export function idFields(
  raw: Partial<Record<IdField, RawText>>,
  today?: string,
): Extraction<IdField> {
  const r = (f: IdField) => raw[f] ?? { text: '', confidence: 0 };
  const sex = /[男女]/.exec(r('sex').text)?.[0] ?? '';
  const address = cleanAddress(r('address').text);
  const out: Extraction<IdField> = {
    name: withOptions(personName(cleanName(r('name').text), r('name').confidence), r('name')),
    sex: reading(sex, r('sex').confidence),
    ethnicity: ethnicity(r('ethnicity').text, r('ethnicity').confidence),
    birth: reading(chineseDate(r('birth').text), r('birth').confidence),
    // An address has at least a place and a number or a road: fewer than 6 characters is noise.
    address: cjkOnly(address).length >= 6 ? reading(address, r('address').confidence) : empty(),
    id_number: reading(idCandidate(r('id_number').text) ?? '', r('id_number').confidence),
  };
  crossCheck(out, r('address'), today);
  if (out.address.value && !out.address.flag && addressCutShort(out.address.value)) {
    out.address = { ...out.address, confidence: Math.min(out.address.confidence, 50), flag: 'low' };
  }
  out.address = withPlaceOptions(out.address);
  return out;
}

/**
 * The fields from labelled rows of text (the fixed-band fallback, and tesseract's page read
 * when no label geometry is known): each label's value runs to the next label on its row.
 */
export function parseIdCard(lines: readonly OcrLine[], today?: string): Extraction<IdField> {
  const rows = lines.map((l) => ({ text: compact(l.text), confidence: l.confidence }));
  const raw: Partial<Record<IdField, RawText>> = {};
  const set = (f: IdField, text: string, confidence: number) => {
    if (!raw[f]?.text && text) raw[f] = { text, confidence };
  };
  let addressAt = -1;
  rows.forEach((row, i) => {
    set('name', valueAfter(row.text, '姓名', LABELS) ?? '', row.confidence);
    set('sex', valueAfter(row.text, '性别', LABELS) ?? '', row.confidence);
    set('ethnicity', valueAfter(row.text, '民族', LABELS) ?? '', row.confidence);
    if (row.text.includes('出生') || /\d{4}年/.test(row.text)) {
      if (chineseDate(row.text)) set('birth', row.text, row.confidence);
    }
    if (valueAfter(row.text, '住址', LABELS) !== null && addressAt < 0) addressAt = i;
    if (idCandidate(row.text)) set('id_number', row.text, row.confidence);
  });
  if (addressAt >= 0) {
    // 住址 and the rows under it until the number row: addresses wrap over up to three rows.
    const parts: string[] = [];
    let confidence = 100;
    for (let i = addressAt; i < rows.length && parts.length < 4; i++) {
      const row = rows[i]!;
      const text = i === addressAt ? (valueAfter(row.text, '住址', LABELS) ?? '') : row.text;
      if (i > addressAt && (/公民|号码/.test(text) || idCandidate(text))) break;
      if (i > addressAt && LABELS.some((l) => text.includes(l))) break;
      parts.push(text);
      confidence = Math.min(confidence, row.confidence);
    }
    set('address', parts.join(''), confidence);
  }
  return idFields(raw, today);
}

/**
 * Checks the ID number and takes birth date and sex from it when valid (the check character
 * makes it more reliable than the printed date); a disagreement is flagged, not hidden. The
 * address's leading place names are checked against China's divisions and the number's region.
 */
function crossCheck(out: Extraction<IdField>, rawAddress: RawText, today?: string): void {
  const idRead = out.id_number;
  const v = idRead.value ? validateIdNumber(idRead.value, today) : null;
  if (v && !v.ok) out.id_number = { ...idRead, flag: 'invalid' };
  const region = v?.ok ? v.regionCode : undefined;
  if (out.address.value) {
    const c = checkPlaces(out.address.value, region);
    if (c.verdict === 'repaired') out.address = { ...out.address, value: c.text };
    if (c.verdict === 'doubtful') {
      // Repaired only where something proves it (the model's alternatives, the names around
      // it); marked either way.
      const value = repairDoubtfulPlaces(out.address.value, rawAddress);
      out.address = { value, confidence: Math.min(out.address.confidence, 50), flag: 'low' };
    }
  }
  if (!v?.ok) return;
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
