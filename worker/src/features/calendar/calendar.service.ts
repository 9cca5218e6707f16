import { WorkCalendar, type YearCalendarData } from '../../../core/calendar';
import workdays2026 from '../../../core/data/workdays-2026.json';
import type { Db } from '../../db/client';

let cache: { at: number; cal: WorkCalendar } | null = null;
const TTL_MS = 5 * 60_000;

/**
 * The working-day calendar: years stored in D1 (admin-maintained) over the bundled State
 * Council schedule. Cached per isolate for five minutes.
 */
export async function workCalendar(db: Db): Promise<WorkCalendar> {
  if (cache && Date.now() - cache.at < TTL_MS) return cache.cal;
  const rows = await db.query.calendarYears.findMany();
  const years = new Map<number, YearCalendarData>([[workdays2026.year, workdays2026]]);
  for (const r of rows) {
    years.set(r.year, {
      year: r.year,
      holidays: JSON.parse(r.holidaysJson) as string[],
      makeup_workdays: JSON.parse(r.makeupJson) as string[],
    });
  }
  cache = { at: Date.now(), cal: new WorkCalendar([...years.values()]) };
  return cache.cal;
}
