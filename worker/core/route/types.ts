/**
 * The route planner's request and answer. Times are minutes after midnight (local time of the
 * inspector's day: 8:30 = 510); distances are metres; a stop's id is the caller's (inspection
 * task id), echoed back in every answer.
 */

/** WGS-84 degrees. */
export interface LngLat {
  lng: number;
  lat: number;
}

/** Service must begin within [from, to] (an appointment 14:00–15:00 = {from: 840, to: 900}). */
export interface TimeWindow {
  from: number;
  to: number;
}

export interface RouteStop {
  id: string;
  point: LngLat;
  /** Minutes spent at the stop. Default 0. */
  serviceMinutes?: number;
  window?: TimeWindow;
}

export interface RouteRequest {
  /** Where and when the day starts: the inspector's position or the office. */
  start: { point: LngLat; time: number };
  stops: RouteStop[];
  /** true: back to the start at the end (closed tour); false: the day ends at the last stop. */
  returnToStart: boolean;
  /** Latest end of the day: back at the start (closed) or done at the last stop (open). */
  dayEnd?: number;
}

export interface Visit {
  stopId: string;
  /** From the previous stop (or the start). */
  legMetres: number;
  legMinutes: number;
  arrival: number;
  /** Arrival, or the window's opening when early. */
  begin: number;
  wait: number;
  departure: number;
  /** Minutes after the window closed when service begins: 0 in a plan, maybe not by hand. */
  late: number;
}

/**
 * Why a stop is not in the route.
 * - `window_closed`: even straight from the start the window has closed on arrival.
 * - `day_too_short`: alone it still cannot be done before `dayEnd`.
 * - `conflict`: it fits alone, but not together with the stops kept (their windows, listed in
 *   `conflictsWith`, or `dayEnd` when `dayFull`). Lexicographically the plan keeps as many
 *   stops as it can, then the shortest distance.
 */
export type UnplacedReason = 'window_closed' | 'day_too_short' | 'conflict';

export interface Unplaced {
  stopId: string;
  reason: UnplacedReason;
  /** Earliest arrival straight from the start. */
  earliestArrival: number;
  conflictsWith: string[];
  dayFull: boolean;
}

/** A day in some order, timed (timeOrder); a plan (planRoute) is one with no late visit. */
export interface RouteTiming {
  /** In visiting order. */
  visits: Visit[];
  /** Back to the start; null for an open route. */
  returnLeg: { metres: number; minutes: number; arrival: number } | null;
  totalMetres: number;
  travelMinutes: number;
  waitMinutes: number;
  /** Back at the start (closed) or done at the last stop (open). */
  end: number;
  /** Visits that begin after their window closed, in visiting order (never in a plan). */
  lateStopIds: string[];
  /** Minutes past the day's end (never in a plan). */
  overrunMinutes: number;
}

export interface RoutePlan extends RouteTiming {
  /** Stops that cannot be visited within their windows or the day: never silently late. */
  unplaced: Unplaced[];
  /** Search rounds used (same input, seed and iteration budget → same plan). */
  iterations: number;
}
