import { WorkCalendar, type YearCalendarData } from '../../../core/calendar';
import workdays2026 from '../../../core/data/workdays-2026.json';
import type { Db } from '../../db/client';
import { calendarYears } from '../../db/schema';

let cache: { at: number; cal: WorkCalendar; years: YearCalendarData[] } | null = null;
const TTL_MS = 5 * 60_000;

/**
 * Every year of holiday data: years stored in D1 (admin-maintained) over the bundled State
 * Council schedule. Cached per isolate for five minutes.
 */
export async function calendarYearsData(db: Db): Promise<YearCalendarData[]> {
  return (await load(db)).years;
}

/** The working-day calendar over calendarYearsData. */
export async function workCalendar(db: Db): Promise<WorkCalendar> {
  return (await load(db)).cal;
}

async function load(db: Db) {
  if (cache && Date.now() - cache.at < TTL_MS) return cache;
  const rows = await db.query.calendarYears.findMany();
  const years = new Map<number, YearCalendarData>([[workdays2026.year, workdays2026]]);
  for (const r of rows) {
    years.set(r.year, {
      year: r.year,
      holidays: JSON.parse(r.holidaysJson) as string[],
      makeup_workdays: JSON.parse(r.makeupJson) as string[],
    });
  }
  const list = [...years.values()].sort((a, b) => a.year - b.year);
  cache = { at: Date.now(), cal: new WorkCalendar(list), years: list };
  return cache;
}

/** Stores one year's schedule (replacing it) and drops the cache so the next read sees it. */
export async function saveCalendarYear(db: Db, y: YearCalendarData & { source: string }) {
  const row = {
    year: y.year,
    holidaysJson: JSON.stringify([...y.holidays].sort()),
    makeupJson: JSON.stringify([...y.makeup_workdays].sort()),
    source: y.source,
  };
  await db.insert(calendarYears).values(row).onConflictDoUpdate({
    target: calendarYears.year,
    set: row,
  });
  cache = null;
}
