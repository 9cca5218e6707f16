/**
 * The day's route planned off the main thread: the request in, the plan and the travel matrix
 * (for re-timing a hand-made order) out, or the planner's refusal with its code.
 */
import {
  RouteInputError,
  greatCircleMatrix,
  planRoute,
  routePoints,
  type RoutePlan,
  type RouteRequest,
  type TravelMatrix,
} from '@core/route';
import { CITY_BOUNDS } from '@core/geo';

export type RouteAnswer =
  { ok: true; plan: RoutePlan; matrix: TravelMatrix; ms: number } | { ok: false; code: string };

self.onmessage = (e: MessageEvent<RouteRequest>) => {
  const t0 = performance.now();
  try {
    const matrix = greatCircleMatrix(routePoints(e.data));
    // Two tasks at one shop are one place: allowed; nothing outside the city.
    const plan = planRoute(e.data, matrix, { sharedPoints: 'allow', bounds: CITY_BOUNDS });
    const answer: RouteAnswer = { ok: true, plan, matrix, ms: performance.now() - t0 };
    self.postMessage(answer);
  } catch (err) {
    const code = err instanceof RouteInputError ? err.code : 'ROUTE_FAILED';
    self.postMessage({ ok: false, code } satisfies RouteAnswer);
  }
};
