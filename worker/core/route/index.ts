/**
 * Route planning for inspectors (智慧监管): pure, deterministic for a given input and seed, the
 * same in the PWA's Web Worker, the worker and Node.
 *
 * - `planRoute(req, matrix, opts?)`: the day's plan (visits in order with times, unplaced stops
 *   with reasons, totals) over a TravelMatrix, usually `greatCircleMatrix(routePoints(req))`.
 * - `planRouteWith(provider, req, opts?)`: the same with a MatrixProvider (a road-distance
 *   service later), validating before the provider is asked.
 * - `timeOrder(req, matrix, stopIds, opts?)`: the same timing for an order chosen by hand (a
 *   dragged stop): totals, and the visits that would be late.
 * - `validateRouteRequest(req, opts?)`: the refusals alone (RouteInputError, ROUTE_ERRORS).
 * - `solveTsp(matrix, n, opts?)`: the bare tour solver; `parseTsplib` + `solveTsplib` for
 *   TSPLIB files (`npm run route:solve`).
 */
export * from './budget';
export * from './errors';
export * from './matrix';
export * from './plan';
export * from './timing';
export * from './tsp';
export * from './tsplib';
export * from './tsplib-metric';
export * from './tsplib-solve';
export * from './types';
export * from './validate';
