/**
 * Refuses what the planner must not guess about: no stops, too many, bad coordinates (NaN,
 * swapped beyond ±90), duplicates, windows that end before they start. JSON never carries NaN,
 * but the PWA calls the planner directly, so the core checks for itself.
 */
import { type Bounds, insideBounds } from '../geo';
import { DAY_STOP_LIMIT, RouteInputError, type RouteIssue } from './errors';
import type { LngLat, RouteRequest } from './types';

export interface ValidateOptions {
  /** Default DAY_STOP_LIMIT. */
  maxStops?: number;
  /**
   * Two stops at the same point are refused by default (usually the same shop entered twice);
   * 'allow' plans them one after the other (shops sharing a building).
   */
  sharedPoints?: 'reject' | 'allow';
  /** When given (the city's CITY_BOUNDS), the start and every stop must lie inside. */
  bounds?: Bounds;
}

const badPoint = (p: LngLat) =>
  !Number.isFinite(p.lng) ||
  !Number.isFinite(p.lat) ||
  Math.abs(p.lat) > 90 ||
  Math.abs(p.lng) > 180;

const badTime = (t: number) => !Number.isFinite(t) || t < 0;

/** Throws RouteInputError (ROUTE_NO_STOPS, ROUTE_TOO_MANY_STOPS, ROUTE_INVALID_INPUT). */
export function validateRouteRequest(req: RouteRequest, opts: ValidateOptions = {}): void {
  const max = opts.maxStops ?? DAY_STOP_LIMIT;
  if (req.stops.length === 0) throw new RouteInputError('ROUTE_NO_STOPS');
  if (req.stops.length > max) {
    throw new RouteInputError('ROUTE_TOO_MANY_STOPS', [
      { kind: 'count', stopId: null, detail: `${req.stops.length} stops, at most ${max}` },
    ]);
  }
  const issues: RouteIssue[] = [];
  const add = (kind: RouteIssue['kind'], stopId: string | null, detail: string) =>
    issues.push({ kind, stopId, detail });
  const outside = (p: LngLat) =>
    opts.bounds !== undefined && !insideBounds(opts.bounds, p.lng, p.lat);
  if (badPoint(req.start.point)) {
    add('coordinate', null, 'the start point is not a valid WGS-84 point');
  } else if (outside(req.start.point)) {
    add('outside_bounds', null, 'the start point is outside the city');
  }
  if (badTime(req.start.time)) add('time', null, 'the start time is not a time of day');
  if (req.dayEnd !== undefined && (badTime(req.dayEnd) || req.dayEnd <= req.start.time)) {
    add('time', null, 'the day must end after it starts');
  }
  const ids = new Set<string>();
  const points = new Map<string, string>();
  for (const s of req.stops) {
    const id = s.id;
    if (typeof id !== 'string' || id === '') add('duplicate_id', null, 'a stop has no id');
    else if (ids.has(id)) add('duplicate_id', id, `stop ${id} is listed twice`);
    ids.add(id);
    if (badPoint(s.point)) add('coordinate', id, `stop ${id}: not a valid WGS-84 point`);
    else if (outside(s.point)) add('outside_bounds', id, `stop ${id}: outside the city`);
    else if (opts.sharedPoints !== 'allow') {
      // ~0.1 m: the same geocoded point, not two shops a few metres apart.
      const key = `${s.point.lng.toFixed(6)},${s.point.lat.toFixed(6)}`;
      const other = points.get(key);
      if (other !== undefined && other !== id) {
        add('duplicate_point', id, `stops ${other} and ${id} are at the same point`);
      }
      points.set(key, id);
    }
    if (s.serviceMinutes !== undefined && badTime(s.serviceMinutes)) {
      add('time', id, `stop ${id}: the service time is not a duration`);
    }
    if (s.window !== undefined) {
      if (badTime(s.window.from) || badTime(s.window.to)) {
        add('time', id, `stop ${id}: the window is not a time of day`);
      } else if (s.window.to < s.window.from) {
        add('window_order', id, `stop ${id}: the window ends before it starts`);
      }
    }
  }
  if (issues.length > 0) throw new RouteInputError('ROUTE_INVALID_INPUT', issues);
}
