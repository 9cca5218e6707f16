/**
 * A day in a given order (the planner's, or one the inspector dragged), timed by core's
 * timeOrder — the same timing the planner uses — with the totals the screen shows. The planner
 * never plans a stop late; an order chosen by hand may, and the screen says so.
 */
import { timeOrder, type RouteRequest, type TravelMatrix, type Visit } from '@core/route';
import { CITY_BOUNDS } from '@core/geo';

export interface DaySchedule {
  stops: Visit[];
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
  const t = timeOrder(req, matrix, order, { sharedPoints: 'allow', bounds: CITY_BOUNDS });
  return {
    stops: t.visits,
    totalMetres: t.totalMetres,
    travelMinutes: t.travelMinutes,
    end: t.end,
    lateStops: t.lateStopIds.length,
  };
}

/** Minutes after midnight as `HH:MM`. */
export function clock(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
