/**
 * Field parser for the business licence (营业执照), 2016 single-column and 2019 two-column
 * templates, individual businesses (经营者, 经营场所, 注册日期) and companies (法定代表人, 住所,
 * 成立日期). Rows may hold two fields side by side (two-column template), so each value runs
 * only to the next label on its row.
 */
import { validateCreditCode } from '../credit-code';
import { repairCreditCode } from './repair';
import { snapBusinessType, snapPlaces } from './vocabulary';
import { chineseDate, cjkOnly, compact, findLabels, repairAddressDigits, valueAfter } from './text';
import type { Extraction, FieldReading, LicenceField, OcrLine } from './types';
import { LOW_CONFIDENCE } from './types';

const LABELS = [
  '统一社会信用代码',
  '名称',
  '类型',
  '经营者',
  '法定代表人',
  '负责人',
  '投资人',
  '经营场所',
  '营业场所',
  '住所',
  '注册日期',
  '成立日期',
  '组成形式',
  '注册资本',
  '营业期限',
  '经营范围',
  '登记机关',
] as const;

const FIELD_LABELS: Record<Exclude<LicenceField, 'credit_code'>, readonly string[]> = {
  name: ['名称'],
  type: ['类型'],
  legal_rep: ['经营者', '法定代表人', '负责人', '投资人'],
  address: ['经营场所', '营业场所', '住所'],
  reg_date: ['注册日期', '成立日期'],
};

const empty = (): FieldReading => ({ value: '', confidence: 0, flag: 'missing' });

function reading(value: string, confidence: number): FieldReading {
  if (!value) return empty();
  return confidence < LOW_CONFIDENCE ? { value, confidence, flag: 'low' } : { value, confidence };
}

/** Chinese text with the brackets, digits and dashes that names and addresses carry. */
function cleanText(text: string): string {
  return repairAddressDigits(text)
    .replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))
    .replace(/[^\u3400-\u9fff0-9A-Za-z\-（）·]/g, '');
}

/** The first 18-character run that, repaired by position, fits the credit-code alphabet. */
export function creditCandidate(line: string): string | null {
  const t = compact(line).replace('统一社会信用代码', '');
  const re = /[0-9A-Za-z|]{18}/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const v = repairCreditCode(m[0]);
    if (v) return v;
  }
  return null;
}

/** Parses a business licence from rows of text. */
export function parseLicence(lines: readonly OcrLine[]): Extraction<LicenceField> {
  const out: Extraction<LicenceField> = {
    credit_code: empty(),
    name: empty(),
    type: empty(),
    legal_rep: empty(),
    address: empty(),
    reg_date: empty(),
  };
  const rows = lines.map((l) => ({ text: compact(l.text), confidence: l.confidence }));

  for (const [i, row] of rows.entries()) {
    if (!out.credit_code.value) {
      const code = creditCandidate(row.text);
      if (code) out.credit_code = reading(code, row.confidence);
    }
    for (const [field, labels] of Object.entries(FIELD_LABELS) as [
      keyof typeof FIELD_LABELS,
      readonly string[],
    ][]) {
      if (out[field].value) continue;
      const label = labels.find((l) => findLabels(row.text, LABELS).some((h) => h.label === l));
      if (!label) continue;
      const raw = valueAfter(row.text, label, LABELS) ?? '';
      out[field] = fieldValue(field, raw, rows, i, row.confidence);
    }
  }

  const code = out.credit_code;
  if (code.value && !validateCreditCode(code.value).ok) {
    out.credit_code = { ...code, flag: 'invalid' };
  }
  return out;
}

function fieldValue(
  field: keyof typeof FIELD_LABELS,
  raw: string,
  rows: { text: string; confidence: number }[],
  at: number,
  confidence: number,
): FieldReading {
  if (field === 'reg_date') return reading(chineseDate(raw), confidence);
  let value = cleanText(raw);
  if (field === 'address' || field === 'name') {
    // Long names and addresses wrap: a following row with no label continues the value.
    const next = rows[at + 1];
    if (next && findLabels(next.text, LABELS).length === 0 && !creditCandidate(next.text)) {
      const more = cleanText(next.text);
      if (cjkOnly(more).length >= 1 && value.length >= 12) value += more;
    }
  }
  if (field === 'type') value = snapBusinessType(value);
  if (field === 'name' || field === 'address') value = snapPlaces(value);
  const min = field === 'legal_rep' ? 2 : field === 'type' ? 3 : 4;
  return cjkOnly(value).length >= min ? reading(value, confidence) : empty();
}
