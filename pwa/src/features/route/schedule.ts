/**
 * A day in a given order (the planner's, or one the inspector dragged): each stop's leg,
 * arrival, wait for its window and departure, the totals, and which windows the order misses.
 * The planner itself never plans a stop late; an order chosen by hand may, and says so.
 */
import type { RouteRequest, TravelMatrix } from '@core/route';

export interface ScheduledStop {
  stopId: string;
  legMetres: number;
  arrival: number;
  begin: number;
  departure: number;
  /** Minutes after the window closed (0 when on time or without a window). */
  late: number;
}

export interface DaySchedule {
  stops: ScheduledStop[];
  totalMetres: number;
  travelMinutes: number;
  end: number;
  lateStops: number;
}

export function scheduleOrder(
  req: RouteRequest,
  matrix: TravelMatrix,
  order: readonly string[],
): DaySchedule {
  const index = new Map(req.stops.map((s, i) => [s.id, i + 1]));
  const n = req.stops.length + 1;
  let at = 0;
  let time = req.start.time;
  let metres = 0;
  let travel = 0;
  const stops: ScheduledStop[] = [];
  for (const id of order) {
    const j = index.get(id);
    if (j === undefined) continue;
    const stop = req.stops[j - 1]!;
    const legMetres = matrix.metres[at * n + j] ?? 0;
    const legMinutes = matrix.minutes[at * n + j] ?? 0;
    const arrival = time + legMinutes;
    const begin = stop.window ? Math.max(arrival, stop.window.from) : arrival;
    const late = stop.window ? Math.max(0, begin - stop.window.to) : 0;
    const departure = begin + (stop.serviceMinutes ?? 0);
    stops.push({ stopId: id, legMetres, arrival, begin, departure, late });
    metres += legMetres;
    travel += legMinutes;
    time = departure;
    at = j;
  }
  if (req.returnToStart && at !== 0) {
    metres += matrix.metres[at * n] ?? 0;
    travel += matrix.minutes[at * n] ?? 0;
    time += matrix.minutes[at * n] ?? 0;
  }
  return {
    stops,
    totalMetres: metres,
    travelMinutes: travel,
    end: time,
    lateStops: stops.filter((s) => s.late > 0).length,
  };
}

/** Minutes after midnight as `HH:MM`. */
export function clock(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
