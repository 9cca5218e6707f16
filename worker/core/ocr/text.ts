/**
 * Text helpers for OCR output: whitespace removal, label splitting and dates. Tesseract's
 * chi_sim puts spaces between Chinese characters and reads full-width punctuation loosely, so
 * every parser works on a compacted line.
 */
import { isIsoDate } from '../dates';
import { repairDigits } from './repair';

/** Drops all whitespace and normalises full-width ASCII (Ａ→A, ：→:). */
export function compact(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '');
}

/**
 * A transcribed name's middle dot (吐尔逊·艾山) as the line model reads it: a full stop, a
 * bullet, an apostrophe or a hyphen between two Chinese characters. No name written in Chinese
 * carries any of these, so each is the dot.
 */
export function nameDots(text: string): string {
  return compact(text).replace(/(?<=[\u3400-\u9fff])[.•・∙·‧'\-‐‑](?=[\u3400-\u9fff])/g, '·');
}

/** Keeps only Chinese characters (and the middle dot used in minority names). */
export function cjkOnly(text: string): string {
  return text.replace(/[^\u3400-\u9fff·]/g, '');
}

export interface LabelHit {
  label: string;
  start: number;
  end: number;
}

/** Every occurrence of any of `labels` in `line`, in order, longer labels first on ties. */
export function findLabels(line: string, labels: readonly string[]): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const label of labels) {
    let from = 0;
    for (;;) {
      const at = line.indexOf(label, from);
      if (at < 0) break;
      hits.push({ label, start: at, end: at + label.length });
      from = at + label.length;
    }
  }
  // Long labels misread in one character (注册日其 for 注册日期) still count as labels.
  for (const label of labels) {
    if (label.length < 4 || hits.some((h) => h.label === label)) continue;
    for (let at = 0; at + label.length <= line.length; at++) {
      const w = line.slice(at, at + label.length);
      let diff = 0;
      for (let i = 0; i < w.length; i++) if (w[i] !== label[i]) diff++;
      if (diff === 1) {
        hits.push({ label, start: at, end: at + label.length });
        break;
      }
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop hits inside a longer one (法定代表人 contains no other label, but 住所 sits in 经营场所).
  const kept: LabelHit[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) continue;
    kept.push(h);
  }
  return kept;
}

/**
 * The text after `label` up to the next known label on the same line, or '' when the label is
 * absent. Example: valueAfter('性别男民族汉', '民族', ['性别', '民族']) === '汉'.
 */
export function valueAfter(line: string, label: string, labels: readonly string[]): string | null {
  const hits = findLabels(line, labels);
  const i = hits.findIndex((h) => h.label === label);
  if (i < 0) return null;
  const hit = hits[i]!;
  const next = hits[i + 1];
  return line.slice(hit.end, next ? next.start : undefined).replace(/^[:：.,，。]+/, '');
}

/**
 * 'YYYY年M月D日' (digits possibly misread as letters) → 'YYYY-MM-DD', or '' if the text holds
 * no real calendar date. Example: chineseDate('1988年O3月7日') === '1988-03-07'.
 */
export function chineseDate(text: string): string {
  const t = compact(text);
  // One stray mark may sit before 年/月 ('2020人年'): the digits around it decide the date.
  const j = '[^0-9年月日]?';
  const d = '[0-9OoDIlZSB]';
  const m = new RegExp(
    `(${d}{4})${j}[年#]${j}(${d}{1,2})${j}[月用]${j}(${d}{1,2})${j}[日曰]?`,
  ).exec(t);
  if (!m) return '';
  const y = repairDigits(m[1]!);
  const mo = repairDigits(m[2]!).padStart(2, '0');
  const day = repairDigits(m[3]!).padStart(2, '0');
  const iso = `${y}-${mo}-${day}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isIsoDate(iso) && iso >= '1900-01-01' ? iso : '';
}

/**
 * A stroke read as ] | l I ! where a digit run continues ('6]号' → '61号', '|2' → '12'): in an
 * address only a digit can stand between digits or between a digit and 号.
 */
export function repairAddressDigits(text: string): string {
  return text.replace(/(\d)[\]|lI![](?=\d|号)/g, '$11').replace(/[\]|lI![](?=\d)/g, '1');
}

/**
 * Characters OCR gives for 号 after a house number. None can follow a number in an address,
 * where only 号 (before 楼 or 单元, or at the end) stands, so they are read as 号.
 */
const NUMBER_SUFFIX_MISREADS = /(\d)[另吨弓亏写兮叼导己已其了名忆]{1,2}(?=楼|单元|$)/g;

/** '…1706吨' → '…1706号', '24吨楼' → '24号楼'. */
export function fixNumberSuffix(address: string): string {
  return address.replace(NUMBER_SUFFIX_MISREADS, '$1号');
}

/**
 * An address as printed: Chinese characters, digits, letters, dashes, full-width brackets and
 * the middle dot; digit runs and a final 号 mended by the format rules above, nothing else.
 */
export function cleanAddress(text: string): string {
  const t = repairAddressDigits(compact(text))
    .replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))
    .replace(/[^\u3400-\u9fff0-9A-Za-z\-（）·]/g, '');
  return fixNumberSuffix(t);
}

/** What may follow an address's last number: 号, 室, 楼, 层 … (单元 ends in 元). */
const NUMBER_UNITS = /[号室楼层栋幢座组户间铺米弄队排院区期舍门梯元]/;

/**
 * Whether an address's house number is visibly incomplete: it ends in a bare number (its
 * 号 or 室 unread), in a number followed by a character no number takes (1167至), or a 室 or
 * 单元 stands without its number (7号楼室: 6单元635 lost). Such a reading is marked, never
 * completed: the format tells that something is missing, not what.
 * Example: addressIncomplete('红红巷831') === true; addressIncomplete('红红巷831号') === false.
 */
export function addressIncomplete(address: string): boolean {
  if (/[0-9A-Za-z]$/.test(address)) return true;
  const last = /[0-9]([\u3400-\u9fff])$/.exec(address)?.[1];
  if (last && !NUMBER_UNITS.test(last)) return true;
  if (last === '元' && !address.endsWith('单元')) return true;
  return /(^|[^0-9A-Za-z一二三四五六七八九十〇零甲乙丙丁东西南北])(室|单元)/.test(address);
}
