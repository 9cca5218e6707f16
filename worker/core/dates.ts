/**
 * Calendar-date arithmetic on ISO 'YYYY-MM-DD' strings. Dates are plain calendar dates (no time,
 * no zone): internally a day number counted in UTC, so no DST or local-zone drift can creep in.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True if `s` is a real calendar date written as 'YYYY-MM-DD' (e.g. rejects 2026-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** True for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 for an ISO date; throws RangeError on a malformed or unreal date. */
export function toDayNumber(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The ISO date for a day number (inverse of toDayNumber). */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date `n` calendar days after `date` (n may be negative). */
export function addCalendarDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar days from `from` to `to` (negative if `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** -1, 0 or 1 as `a` is before, equal to or after `b` (ISO strings sort lexically). */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** The year of an ISO date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * The same day `n` years later; 29 Feb becomes 28 Feb in a common year, because the civil code
 * (民法典 第二百零一条) ends a period on the last day of the month when the day does not exist.
 */
export function addYears(date: string, n: number): string {
  toDayNumber(date); // validates
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + n;
  const day = Math.min(d, daysInMonth(year, m));
  return `${String(year).padStart(4, '0')}-${pad2(m)}-${pad2(day)}`;
}

/** The calendar date in China (UTC+8, no DST) at the instant `now`. */
export function todayInChina(now: Date): string {
  const t = now.getTime();
  if (Number.isNaN(t)) throw new RangeError('invalid Date');
  return new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * `now` moved by whole days so that its China date is `today`, keeping the time of day: the
 * pinned clock of development and tests. Example: pinnedNow(2026-12-03T02:00Z, '2026-02-16')
 * is 2026-02-16T02:00Z (10:00 China time on the eve of the Spring Festival).
 */
export function pinnedNow(now: Date, today: string): Date {
  const shift = toDayNumber(today) - toDayNumber(todayInChina(now));
  return new Date(now.getTime() + shift * MS_PER_DAY);
}
