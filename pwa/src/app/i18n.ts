/**
 * Locale state and the typed bilingual text helpers. zh-CN is the default; the choice persists
 * in localStorage and is mirrored on <html lang> and on every API request.
 */
import { effect, signal } from '@preact/signals';
import type { Locale } from '@core/errors';

export type { Locale };

/** One UI string in both languages. Every string the UI shows is one of these. */
export interface Text {
  zh: string;
  en: string;
}

/** Declares a feature's dictionary; `satisfies` keeps the keys literal and every entry complete. */
export function dict<K extends string>(entries: Record<K, Text>): Record<K, Text> {
  return entries;
}

const STORAGE_KEY = 'xuke.locale';

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh-CN' || saved === 'en') return saved;
  } catch {
    // Storage can be blocked (private mode); fall back to the default.
  }
  return 'zh-CN';
}

export const locale = signal<Locale>(initialLocale());

effect(() => {
  const l = locale.value;
  document.documentElement.lang = l;
  try {
    localStorage.setItem(STORAGE_KEY, l);
  } catch {
    // Not persisting is acceptable; the switch still works for this visit.
  }
});

/** The text in the current locale. Reading `locale.value` subscribes the calling component. */
export function t(text: Text): string {
  return locale.value === 'en' ? text.en : text.zh;
}

/** Fills `{name}` placeholders: `fmt(t(S.daysLeft), { n: 3 })`. */
export function fmt(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** A label followed by the locale's colon: `标签：` or `Label: `. */
export function lbl(text: Text): string {
  return t(text) + (locale.value === 'en' ? ': ' : '：');
}

/** Joins names with the locale's list separator (、 in Chinese). */
export function list(items: string[]): string {
  return items.join(locale.value === 'en' ? ', ' : '、');
}

export function setLocale(l: Locale): void {
  locale.value = l;
}
