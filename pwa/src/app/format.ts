/** Display formatting that follows the current locale. */
import { locale, t, type Text } from './i18n';

/** `2026-11-27` or an ISO timestamp → a date in the reader's locale. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale.value, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(d);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale.value, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
}

/** Label of a code in a `{zh,en}` table, or the raw code when the table does not know it. */
export function labelOf<K extends string>(table: Record<K, Text>, key: string): string {
  const entry = (table as Record<string, Text | undefined>)[key];
  return entry ? t(entry) : key;
}
