/**
 * Working-day calendar (工作日). The 37号令 counts its periods in working days, so every statutory
 * clock and precondition goes through here. Holiday data is per year and configurable.
 */
import data2026 from './data/workdays-2026.json';
import { addCalendarDays, compareDates, dayOfWeek, isIsoDate, toDayNumber, yearOf } from './dates';

export { todayInChina } from './dates';

/** One year of the State Council's holiday schedule. */
export interface YearCalendarData {
  year: number;
  /** Days off, including the weekend days inside each holiday block. */
  holidays: string[];
  /** Make-up working days (调休): a Saturday or Sunday that is worked. */
  makeup_workdays: string[];
}

/** Whether periods count working days or plain calendar days. */
export type DayUnit = 'working' | 'calendar';

// No real schedule has more than a few consecutive days off; this only stops a runaway loop on
// corrupt data (e.g. a year where every day is a holiday).
const MAX_DAYS_OFF_IN_A_ROW = 366;

/** A working-day calendar over any number of years of holiday data. */
export class WorkCalendar {
  private readonly holidays = new Set<string>();
  private readonly makeups = new Set<string>();
  private readonly years = new Set<number>();

  /** Throws RangeError on malformed dates or a date listed both as holiday and make-up day. */
  constructor(years: readonly YearCalendarData[]) {
    for (const y of years) {
      this.years.add(y.year);
      for (const d of y.holidays) this.holidays.add(checkDate(d, y.year));
      for (const d of y.makeup_workdays) this.makeups.add(checkDate(d, y.year));
    }
    for (const d of this.makeups) {
      if (this.holidays.has(d)) throw new RangeError(`${d} is both a holiday and a make-up day`);
    }
  }

  /** Whether holiday data was loaded for `year`; without it only weekends count as days off. */
  hasDataFor(year: number): boolean {
    return this.years.has(year);
  }

  /** Holiday → off; make-up day → working; otherwise Monday–Friday working. */
  isWorkingDay(date: string): boolean {
    if (this.holidays.has(date)) return false;
    if (this.makeups.has(date)) return true;
    const dow = dayOfWeek(date); // also validates the date
    return dow !== 0 && dow !== 6;
  }

  /**
   * The n-th working day after `start`. Statutory counting: the day of the event is not counted,
   * so a period of 5 from a Monday ends on the following Monday. n = 0 returns `start` itself;
   * negative n counts backwards (see subtractWorkingDays).
   */
  addWorkingDays(start: string, n: number): string {
    checkCount(n);
    if (n < 0) return this.subtractWorkingDays(start, -n);
    return this.step(start, n, 1);
  }

  /** The n-th working day before `end` (`end` itself not counted); n = 0 returns `end`. */
  subtractWorkingDays(end: string, n: number): string {
    checkCount(n);
    if (n < 0) return this.addWorkingDays(end, -n);
    return this.step(end, n, -1);
  }

  /**
   * Working days in (from, to]; negative (working days in (to, from]) if `to` is earlier.
   * Counted arithmetically (weekdays, then the listed holidays and make-up days in range), so a
   * far-off date costs no more than a near one.
   */
  workingDaysBetween(from: string, to: string): number {
    const cmp = compareDates(from, to);
    if (cmp === 0) {
      toDayNumber(from); // validate
      return 0;
    }
    const [lo, hi] = cmp < 0 ? [from, to] : [to, from];
    let count = weekdaysIn(toDayNumber(lo), toDayNumber(hi));
    for (const d of this.holidays) if (lo < d && d <= hi && !isWeekend(d)) count--;
    for (const d of this.makeups) if (lo < d && d <= hi && isWeekend(d)) count++;
    // Avoid -0, which would print as "-0" in some formatters.
    return cmp < 0 || count === 0 ? count : -count;
  }

  /** Adds `n` days of the given unit (working or calendar) after `start`. */
  addDays(start: string, n: number, unit: DayUnit): string {
    return unit === 'calendar' ? addCalendarDays(start, n) : this.addWorkingDays(start, n);
  }

  /** Subtracts `n` days of the given unit (working or calendar) before `end`. */
  subtractDays(end: string, n: number, unit: DayUnit): string {
    return unit === 'calendar' ? addCalendarDays(end, -n) : this.subtractWorkingDays(end, n);
  }

  private step(from: string, n: number, dir: 1 | -1): string {
    toDayNumber(from); // validate even when n = 0
    let d = from;
    let left = n;
    let offInARow = 0;
    while (left > 0) {
      d = addCalendarDays(d, dir);
      if (this.isWorkingDay(d)) {
        left--;
        offInARow = 0;
      } else if (++offInARow > MAX_DAYS_OFF_IN_A_ROW) {
        throw new RangeError(`no working day within a year of ${d}: calendar data is corrupt`);
      }
    }
    return d;
  }
}

function isWeekend(date: string): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

/** Monday–Friday days in (lo, hi], day numbers (1970-01-01, day 0, was a Thursday). */
function weekdaysIn(lo: number, hi: number): number {
  const n = hi - lo;
  let count = Math.floor(n / 7) * 5;
  for (let d = lo + Math.floor(n / 7) * 7 + 1; d <= hi; d++) {
    const dow = (((d + 4) % 7) + 7) % 7;
    if (dow !== 0 && dow !== 6) count++;
  }
  return count;
}

let cached: WorkCalendar | undefined;

/** The built-in calendar (2026 schedule); other years fall back to weekends only. */
export function defaultCalendar(): WorkCalendar {
  // WorkCalendar is immutable, so one shared instance is safe.
  cached ??= new WorkCalendar([data2026]);
  return cached;
}

function checkDate(d: string, year: number): string {
  if (!isIsoDate(d)) throw new RangeError(`calendar ${year}: not an ISO date: ${d}`);
  // A holiday block may spill into the neighbouring year (e.g. New Year's Eve), so allow ±1.
  if (Math.abs(yearOf(d) - year) > 1) throw new RangeError(`calendar ${year}: stray date ${d}`);
  return d;
}

function checkCount(n: number): void {
  if (!Number.isInteger(n)) throw new RangeError(`day count must be an integer: ${n}`);
}

/** What the worker tells every client about its calendar: the app's today and the years known. */
export interface CalendarView {
  /** Today in China as the app's clock sees it (pinned in development and tests). */
  today: string;
  /** Holiday data the worker counts with, bundled and admin-entered. */
  years: YearCalendarData[];
  /** Years a running clock may reach (today + 90 days) that have no holiday data. */
  missingYears: number[];
}

/** How far ahead a statutory clock can reach: 30 working days of decision plus holidays. */
export const CLOCK_HORIZON_DAYS = 90;

/**
 * Years between `from` and `CLOCK_HORIZON_DAYS` later without holiday data: deadlines there are
 * counted with weekends only, and the app must say so rather than look precise.
 * Example: missingYears(cal2026, '2026-12-31') → [2027].
 */
export function missingYears(cal: WorkCalendar, from: string): number[] {
  const to = addCalendarDays(from, CLOCK_HORIZON_DAYS);
  const out: number[] = [];
  for (let y = yearOf(from); y <= yearOf(to); y++) if (!cal.hasDataFor(y)) out.push(y);
  return out;
}

/**
 * Whether a period between `from` and `to` (either order) touches a year without holiday data,
 * so its working days were counted with weekends only: a deadline there is an estimate.
 */
export function countedWithoutHolidays(cal: WorkCalendar, from: string, to: string): boolean {
  const [lo, hi] = compareDates(from, to) <= 0 ? [from, to] : [to, from];
  for (let y = yearOf(lo); y <= yearOf(hi); y++) if (!cal.hasDataFor(y)) return true;
  return false;
}
