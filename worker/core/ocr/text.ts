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
  const m = /([0-9OoDIlZSB]{4})[年#]([0-9OoDIlZSB]{1,2})[月用]([0-9OoDIlZSB]{1,2})[日曰]?/.exec(t);
  if (!m) return '';
  const y = repairDigits(m[1]!);
  const mo = repairDigits(m[2]!).padStart(2, '0');
  const d = repairDigits(m[3]!).padStart(2, '0');
  const iso = `${y}-${mo}-${d}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isIsoDate(iso) && iso >= '1900-01-01' ? iso : '';
}
