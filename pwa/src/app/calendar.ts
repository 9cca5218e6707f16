/**
 * The app's today and working-day calendar, as the worker counts them (GET /api/calendar), so
 * that a precheck on the phone refuses exactly what the server would. Kept on the device for
 * offline starts; the day offset to the device's own date is kept rather than the date, so a
 * copy from yesterday still gives today.
 */
import { computed, signal } from '@preact/signals';
import { WorkCalendar, defaultCalendar, type YearCalendarData } from '@core/calendar';
import { addCalendarDays, calendarDaysBetween, todayInChina } from '@core/dates';
import { api, opts, read } from './api';

const CACHE_KEY = 'xuke.calendar';

interface Stored {
  /** Server today minus device today, in days (0 unless the server's clock is pinned). */
  offsetDays: number;
  years: YearCalendarData[];
}

function load(): Stored | null {
  try {
    const raw = localStorage.getItem(CACHE_KEY);
    const v = raw ? (JSON.parse(raw) as Stored) : null;
    return v && Number.isInteger(v.offsetDays) && Array.isArray(v.years) ? v : null;
  } catch {
    return null;
  }
}

const stored = signal<Stored | null>(load());

/** The calendar the worker counts with (the bundled one until the first answer). */
export const calendar = computed<WorkCalendar>(() => {
  const s = stored.value;
  if (!s) return defaultCalendar();
  try {
    return new WorkCalendar(s.years);
  } catch {
    return defaultCalendar();
  }
});

/** Today in China as the app counts it. */
export function appToday(): string {
  return addCalendarDays(todayInChina(new Date()), stored.value?.offsetDays ?? 0);
}

/** Whether deadlines in `year` are counted without its holiday schedule (weekends only). */
export function lacksHolidays(year: number): boolean {
  return !calendar.value.hasDataFor(year);
}

/** Fetches the worker's calendar; keeps the last copy when offline. */
export async function refreshCalendar(): Promise<void> {
  try {
    const v = await read(api.calendar.$get(undefined, opts({ quiet401: true })));
    const next: Stored = {
      offsetDays: calendarDaysBetween(todayInChina(new Date()), v.today),
      years: v.years,
    };
    stored.value = next;
    try {
      localStorage.setItem(CACHE_KEY, JSON.stringify(next));
    } catch {
      // Without storage the next offline start counts with the bundled calendar.
    }
  } catch {
    // Offline or unreachable: the stored copy (or the bundled calendar) stays.
  }
}
