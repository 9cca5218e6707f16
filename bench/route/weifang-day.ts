/**
 * Random but reproducible inspection days in Weifang's urban districts (潍城 / 奎文 / 高新,
 * WGS-84): stops scattered over ~14 × 10 km, the day starting at the bureau at 8:30, with an
 * optional share of stops holding a one- or two-hour appointment.
 */
import { createRng } from '../../worker/core/route/rng';
import type { RouteRequest, RouteStop } from '../../worker/core/route/types';

/** 潍坊市烟草专卖局 area (approximate), the day's start. */
export const BUREAU = { lng: 119.1205, lat: 36.7065 };
const AREA = { minLng: 119.04, maxLng: 119.2, minLat: 36.66, maxLat: 36.75 };

export interface DayOptions {
  stops: number;
  seed: number;
  /** Share of stops with an appointment window. */
  windowed?: number;
  returnToStart?: boolean;
  dayEnd?: number;
}

export function weifangDay(o: DayOptions): RouteRequest {
  const rng = createRng(o.seed);
  const stops: RouteStop[] = [];
  for (let i = 0; i < o.stops; i++) {
    const stop: RouteStop = {
      id: `T${String(i + 1).padStart(3, '0')}`,
      point: {
        lng: +(AREA.minLng + rng.next() * (AREA.maxLng - AREA.minLng)).toFixed(6),
        lat: +(AREA.minLat + rng.next() * (AREA.maxLat - AREA.minLat)).toFixed(6),
      },
      serviceMinutes: 3 + rng.int(5),
    };
    if (rng.next() < (o.windowed ?? 0)) {
      const from = 9 * 60 + 30 * rng.int(14); // 9:00 … 15:30
      stop.window = { from, to: from + (rng.next() < 0.5 ? 60 : 120) };
    }
    stops.push(stop);
  }
  return {
    start: { point: BUREAU, time: 8 * 60 + 30 },
    stops,
    returnToStart: o.returnToStart ?? true,
    dayEnd: o.dayEnd,
  };
}
