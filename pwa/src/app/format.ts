/**
 * Display formatting that follows the current locale. Times are shown in China time whatever
 * the device's zone: deadlines are China calendar dates and the bureau works in Beijing time.
 */
import { locale, t, type Text } from './i18n';

const ZONE = 'Asia/Shanghai';

/** `2026-11-27` or an ISO timestamp → a date in the reader's locale. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  // A bare date is a calendar day, not an instant: format it in UTC so no zone can shift it.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale.value, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: dateOnly ? 'UTC' : ZONE,
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
    timeZone: ZONE,
  }).format(d);
}

/** An instant as a short day and time, `12月3日 14:05` (China time): for "as of" notes. */
export function formatShortDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale.value, {
    month: locale.value === 'en' ? 'short' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: ZONE,
  }).format(d);
}

/** An ISO instant → its time of day in China, `14:03:25`. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale.value, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
    timeZone: ZONE,
  }).format(d);
}

/** Label of a code in a `{zh,en}` table, or the raw code when the table does not know it. */
export function labelOf<K extends string>(table: Record<K, Text>, key: string): string {
  const entry = (table as Record<string, Text | undefined>)[key];
  return entry ? t(entry) : key;
}
