/**
 * The business licence (营业执照), both families: 个体工商户 (经营者, 经营场所, 注册日期) and
 * companies and other enterprises (法定代表人 / 负责人 / 执行事务合伙人, 住所 / 营业场所,
 * 成立日期). Each field's raw text comes from its label (anchored.ts); here it is cleaned and
 * checked. The credit code's check character is verified; the address's place names are
 * checked against China's divisions and the code's registration region, never pulled
 * towards a local vocabulary.
 */
import { alignAlts, repairByAlternatives, repairDoubtfulPlaces } from './place-alternatives';
import { validateCreditCode } from '../credit-code';
import type { RawValue } from './anchored';
import type { Glyph, GlyphRow } from './glyphs';
import { empty, personName, reading, type RawText } from './id-card';
import { withOptions, withPlaceOptions } from './options';
import { rowHeight, type LicenceFamily } from './labels';
import {
  addressCutShort,
  checkBranchPlace,
  checkPlaces,
  falseLevelAt,
  knownRegion,
  leadingNames,
  regionNames,
  repairNamePlace,
} from './places';
import { repairCreditCode } from './repair';
import {
  chineseDate,
  cjkOnly,
  cleanAddress,
  compact,
  findLabels,
  nameDots,
  valueAfter,
} from './text';
import { BUSINESS_TYPES, snapBusinessType } from './vocabulary';
import type { Extraction, FieldReading, LicenceField, OcrLine } from './types';

const LABELS = [
  '统一社会信用代码',
  '名称',
  '类型',
  '经营者',
  '法定代表人',
  '执行事务合伙人',
  '负责人',
  '投资人',
  '主要经营场所',
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
  legal_rep: ['经营者', '法定代表人', '执行事务合伙人', '负责人', '投资人'],
  address: ['主要经营场所', '经营场所', '营业场所', '住所'],
  reg_date: ['注册日期', '成立日期'],
};

/** Chinese text with the brackets, digits, dashes and dots that names carry. */
function cleanText(text: string): string {
  return compact(text)
    .replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))
    .replace(/[^\u3400-\u9fff0-9A-Za-z\-（）·、：:]/g, '')
    .replace(/^[:：、]+/, '');
}

/** A reading that needs the applicant's eye. */
const marked = (v: FieldReading): FieldReading => ({
  ...v,
  confidence: Math.min(v.confidence, 50),
  flag: 'low',
});

/**
 * Whether cleaning `raw` into `value` dropped a character: anything but blanks, the label's
 * colon, a middle dot's look-alike, and the brackets and digit shapes the cleaners rewrite.
 */
export function lostCharacters(raw: string, value: string): boolean {
  const kept = compact(raw)
    .replace(/^[:：、.,，。]+/, '')
    .replace(/[.．•・∙‧](?=[\u3400-\u9fff])/g, '');
  return [...kept].length > [...value].length;
}

/**
 * Whether every opening bracket of a value is closed, in order. Example:
 * bracketsPaired('武汉鑫源贸易中心（有限合伙') === false.
 */
export function bracketsPaired(value: string): boolean {
  let open = 0;
  for (const ch of value) {
    if (ch === '（') open++;
    if (ch === '）' && --open < 0) return false;
  }
  return open === 0;
}

/**
 * The partnership forms a business name ends with, in brackets (公司法 / 合伙企业法 naming).
 * A name read with one of the pair lost gets it back: the form inside is printed in full, so
 * where the other bracket stands is no guess.
 */
const NAME_FORMS = '(有限合伙|普通合伙|特殊普通合伙)';

/**
 * Examples: pairNameForm('武汉鑫源贸易中心（有限合伙') === '武汉鑫源贸易中心（有限合伙）';
 * pairNameForm('永兴贸易中心有限合伙）') === '永兴贸易中心（有限合伙）'; null otherwise.
 */
export function pairNameForm(name: string): string | null {
  if (bracketsPaired(name)) return null;
  const open = /（([^（）]+)$/.exec(name);
  if (open && new RegExp(`^${NAME_FORMS}$`).test(open[1]!)) return `${name}）`;
  const closed = new RegExp(`^(.*[^（])${NAME_FORMS}）$`).exec(name);
  if (closed && !closed[1]!.includes('（')) return `${closed[1]}（${closed[2]}）`;
  return null;
}

/**
 * Whether a code read from a licence holds: it passes its check and its characters 3–8 can
 * name a region (`knownRegion`). The check passes one wrong code in 31 with two misread
 * characters, and accepts any region under a known province: 923468264LFQ4BL6TN (0 read 6,
 * 8 read B) passes it, but there is no prefecture 3468.
 */
export function creditCodeHolds(code: string): boolean {
  return validateCreditCode(code).ok && knownRegion(code.slice(2, 8));
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

/**
 * The business type where its label was lost (类 of a letter-spaced 类\u3000\u3000型 unread):
 * a run of a row, after at most one stray label character, that is exactly one of the
 * registered types. The closed list is the check; a run merely close to a type proves nothing
 * and is left alone. Runs are split at blanks wider than the characters of a value stand
 * apart (the row's columns). Null unless exactly one type is found on the page.
 */
export function typeByContent(rows: readonly GlyphRow[]): RawValue | null {
  const found: RawValue[] = [];
  for (const row of rows) {
    const h = rowHeight(row);
    const runs: Glyph[][] = [];
    for (const g of row.glyphs) {
      const run = runs.at(-1);
      if (run && g.x - run.at(-1)!.x < 1.55 * h) run.push(g);
      else runs.push([g]);
    }
    for (const run of runs) {
      const gs = /^[类型]$/.test(run[0]!.ch) ? run.slice(1) : run;
      const text = cleanText(gs.map((g) => g.ch).join(''));
      if (!BUSINESS_TYPES.includes(text)) continue;
      found.push({
        text,
        confidence: Math.min(...gs.map((g) => g.confidence)),
        box: { x0: gs[0]!.x - h / 2, x1: gs.at(-1)!.x + h / 2, y0: row.y0, y1: row.y1 },
        label: '',
      });
    }
  }
  return new Set(found.map((f) => f.text)).size === 1 ? found[0]! : null;
}

/** The family a licence belongs to, from its type (or, failing that, from its labels). */
export function familyOf(
  type: string,
  labelFamilies: readonly LicenceFamily[],
): LicenceFamily | null {
  if (type === '个体工商户') return 'individual';
  if (type && BUSINESS_TYPES.includes(type)) return 'company';
  const ind = labelFamilies.filter((f) => f === 'individual').length;
  const com = labelFamilies.filter((f) => f === 'company').length;
  return ind > com ? 'individual' : com > ind ? 'company' : null;
}

/**
 * Whether a business name lacks the legal form its licence's type calls for: a company's
 * name ends in 公司 (a branch's in 分公司, never a bare 公司), a limited partnership's holds
 * 有限合伙; other types say nothing. A name ending in a legal form cut short (阿克苏森鑫商贸有限)
 * lost its end whatever the type.
 * Example: formLost('深圳家烟酒有限公', '有限责任公司') === true.
 */
export function formLost(name: string, type: string): boolean {
  // A legal form cut short (…有限, …股份有限公) is lost whatever the type was read as.
  if (/(有限|有限公|有限责|有限责任|有限责任公|股份有|股份有限|股份有限公)$/.test(name))
    return true;
  // A branch is no company: its name ends in 分公司, never in a bare 公司 (…有限公司市北区公司
  // lost its 分).
  if (type.includes('分公司') && /[^分]公司$/.test(name)) return true;
  if (type.includes('公司')) return !name.endsWith('公司');
  if (type.includes('有限合伙')) return !name.includes('有限合伙');
  return false;
}

/** The fields from their raw texts. */
export function licenceFields(
  raw: Partial<Record<LicenceField, RawText>>,
): Extraction<LicenceField> {
  const r = (f: LicenceField) => raw[f] ?? { text: '', confidence: 0 };
  const text = (f: LicenceField, min: number, value = cleanText(r(f).text)): FieldReading =>
    cjkOnly(value).length >= min ? reading(value, r(f).confidence) : empty();
  const code = creditCandidate(r('credit_code').text) ?? '';
  const typeText = cleanText(r('type').text);
  const typeAlts = alignAlts(r('type').text, r('type').alts ?? [], typeText);
  const out: Extraction<LicenceField> = {
    credit_code: reading(code, r('credit_code').confidence),
    name: text('name', 2),
    type: text('type', 3, snapBusinessType(typeText, typeAlts)),
    legal_rep: text('legal_rep', 2, cleanText(nameDots(r('legal_rep').text))),
    address: text('address', 4, cleanAddress(r('address').text)),
    reg_date: reading(chineseDate(r('reg_date').text), r('reg_date').confidence),
  };
  if (out.legal_rep.value)
    out.legal_rep = personName(out.legal_rep.value, out.legal_rep.confidence);
  // A character read that no such value carries (《 for 兴) was dropped by the cleaning: the
  // value lacks one, however sure the rest.
  const cleaned = { name: out.name, legal_rep: out.legal_rep, address: out.address };
  for (const [f, v] of Object.entries(cleaned) as [LicenceField, FieldReading][]) {
    if (v.value && !v.flag && lostCharacters(r(f).text, v.value)) out[f] = marked(v);
  }
  // A bracket without its pair (中心（有限合伙) lost the other one: the value lacks a character.
  // Around a name's partnership form it is put back; the name stays marked either way.
  const paired = out.name.value ? pairNameForm(out.name.value) : null;
  if (paired) out.name = marked({ ...out.name, value: paired });
  for (const f of ['name', 'address'] as const) {
    if (out[f].value && !out[f].flag && !bracketsPaired(out[f].value)) out[f] = marked(out[f]);
  }
  // A company's name ends in its legal form (…有限公司, …分公司) and a limited partnership's
  // holds its own (（有限合伙）), as the licence's type says: a name read without it lost its
  // end (深圳家烟酒有限公 for 深圳家家乐烟酒有限公司, thin strokes unread). Marked, not completed.
  if (out.name.value && !out.name.flag && formLost(out.name.value, out.type.value)) {
    out.name = marked(out.name);
  }
  // A type outside the registered ones (after the snap above) is a misreading of one.
  if (out.type.value && !out.type.flag && !BUSINESS_TYPES.includes(out.type.value)) {
    out.type = marked(out.type);
  }
  const holds = !!code && creditCodeHolds(code);
  if (code && !holds) out.credit_code = { ...out.credit_code, flag: 'invalid' };
  if (out.address.value) {
    // The code's characters 3–8 are the registering authority's region.
    const c = checkPlaces(out.address.value, holds ? code.slice(2, 8) : undefined);
    if (c.verdict === 'repaired') out.address = { ...out.address, value: c.text };
    if (c.verdict === 'doubtful') {
      // Repaired only where something proves it (the model's alternatives, the names around
      // it); marked either way.
      const value = repairDoubtfulPlaces(out.address.value, r('address'));
      out.address = { value, confidence: Math.min(out.address.confidence, 50), flag: 'low' };
    }
  }
  if (out.address.value && !out.address.flag && addressCutShort(out.address.value)) {
    out.address = marked(out.address);
  }
  if (out.name.value) {
    // The address (as checked above) and the code's region name the business's places.
    const places = [
      ...(out.address.flag ? [] : leadingNames(out.address.value)),
      ...(holds ? regionNames(code.slice(2, 8)) : []),
    ];
    const fixed = repairNamePlace(out.name.value, places);
    if (fixed) out.name = { ...out.name, value: fixed };
    // A branch's name ends with the place it is named after (…有限公司临颍县分公司).
    const branch = checkBranchPlace(out.name.value, places);
    if (branch.verdict === 'repaired') out.name = { ...out.name, value: branch.text };
    if (branch.verdict === 'doubtful') out.name = marked(out.name);
    // A name starting with a place in full (长治市) whose next place is one character off a
    // real one and none itself (路州区 for 潞州区) was misread there: marked, never replaced.
    // Names starting with a short form (沧州鑫源…) are not checked: no full name to start from,
    // but one whose level word after it makes no place and was read in doubt (湛江省腾…) is
    // marked (`falseLevelAt`). A place is taken from the line model's own runner-up reading
    // where that makes it the place that nests (place-alternatives.ts), marked all the same.
    const n = out.name.value;
    const raw = r('name');
    const alts = raw.alts && alignAlts(raw.text, raw.alts, n);
    const doubtful = checkPlaces(n).verdict === 'doubtful';
    const byAlts = doubtful && alts ? repairByAlternatives(n, alts) : null;
    if (leadingNames(n).length && doubtful) {
      out.name = marked(byAlts ? { ...out.name, value: byAlts } : out.name);
    } else if (byAlts) {
      // No place read whole, but one nearly (维西傈傈族自治县永兴日杂店: 傈傈 is none of the 56
      // groups): a name may just start like a place, so only the model's own runner-up making
      // it one is taken, marked, with the reading offered back; nothing is marked for the
      // likeness alone.
      out.name = { ...marked(out.name), value: byAlts, options: [n] };
    } else if (alts?.[falseLevelAt(n)]) out.name = marked(out.name);
  }
  // A business name carries the owner's rare characters too (淼鑫 read 森鑫): the model's
  // runner-ups are offered on a marked one as on a person's name.
  out.name = withOptions(out.name, r('name'), true);
  out.legal_rep = withOptions(out.legal_rep, r('legal_rep'));
  out.address = withPlaceOptions(out.address);
  return out;
}

/**
 * The fields from labelled rows of text (the fallback without label geometry): each label's
 * value runs to the next label on its row; a long name or address may continue on the next
 * row when that row carries no label.
 */
export function parseLicence(lines: readonly OcrLine[]): Extraction<LicenceField> {
  const rows = lines.map((l) => ({ text: compact(l.text), confidence: l.confidence }));
  const raw: Partial<Record<LicenceField, RawText>> = {};
  for (const [i, row] of rows.entries()) {
    if (!raw.credit_code && creditCandidate(row.text)) {
      raw.credit_code = { text: row.text, confidence: row.confidence };
    }
    const found = findLabels(row.text, LABELS);
    for (const [field, labels] of Object.entries(FIELD_LABELS) as [
      keyof typeof FIELD_LABELS,
      readonly string[],
    ][]) {
      if (raw[field]) continue;
      const label = labels.find((l) => found.some((h) => h.label === l));
      if (!label) continue;
      let value = valueAfter(row.text, label, LABELS) ?? '';
      const next = rows[i + 1];
      if (
        (field === 'address' || field === 'name') &&
        next &&
        findLabels(next.text, LABELS).length === 0 &&
        !creditCandidate(next.text) &&
        cjkOnly(value).length >= 12
      ) {
        value += next.text;
      }
      raw[field] = { text: value, confidence: row.confidence };
    }
  }
  return licenceFields(raw);
}

/**
 * The type of a licence whose type was not read, or misread into no registered type (个体商),
 * where its labels tell it: only the 个体工商户 licence prints 经营者, 经营场所, 注册日期 and
 * 组成形式, and its type is always 个体工商户. Two such labels and none of the company
 * licence's are needed; a registered type read is never replaced; the value is marked all the
 * same (the applicant sees where it came from). Null when nothing is told.
 */
export function typeByFamily(
  type: FieldReading,
  families: readonly LicenceFamily[],
): FieldReading | null {
  if (BUSINESS_TYPES.includes(type.value) || families.includes('company')) return null;
  if (families.filter((f) => f === 'individual').length < 2) return null;
  return { value: '个体工商户', confidence: 60, flag: 'low' };
}
