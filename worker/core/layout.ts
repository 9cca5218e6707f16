/**
 * The layout verdict (合理布局, PRODUCT.md §3): may one more retailer open at a point? One pure
 * function decides from the facts the worker gathers, so the applicant's "can I open here?"
 * screen, the staff map and the submission gate give the same answer with the same reasons.
 */
import { z } from 'zod';
import { freePlaces, saturationLevel, type SaturationLevel } from './saturation';

export const distanceRulesSchema = z.object({
  /** Minimum distance between two retailers, metres (30–100 typical). 0 turns the rule off. */
  minSpacingM: z.number().int().min(0).max(1000),
  /** No licence within this distance of a school or kindergarten entrance, metres. */
  schoolBufferM: z.number().int().min(0).max(1000),
});
export type DistanceRules = z.infer<typeof distanceRulesSchema>;

export const DEFAULT_DISTANCE_RULES: DistanceRules = { minSpacingM: 50, schoolBufferM: 50 };

export type LayoutReason =
  | { code: 'grid_free'; free: number }
  | { code: 'grid_full'; queue: number }
  | { code: 'no_grid' }
  | { code: 'too_close_retailer'; name: string; distanceM: number; minM: number }
  | { code: 'school_zone'; name: string; distanceM: number; minM: number }
  | { code: 'spacing_ok'; nearestM: number | null; minM: number }
  | { code: 'school_ok'; minM: number };

export interface LayoutFacts {
  grid: { capacity: number; count: number; queue: number } | null;
  /** Nearest retailers (counting licences only), nearest first. */
  nearest: { name: string; distanceM: number }[];
  /** Nearest school within a search radius, if any. */
  school: { name: string; distanceM: number } | null;
  rules: DistanceRules;
}

export interface LayoutVerdict {
  /** 'ok': nothing stands in the way; 'queue': grid full, wait a turn; 'refused': a distance rule. */
  verdict: 'ok' | 'queue' | 'refused';
  level: SaturationLevel;
  free: number;
  queue: number;
  schoolZone: boolean;
  reasons: LayoutReason[];
}

/**
 * The verdict for one point. A distance rule refuses outright; a full grid (or a grid with fewer
 * free places than waiting cases) means the applicant would queue. A point with no grid yet is a
 * new grid: it would be created with free places, so it is not a reason to refuse.
 */
export function layoutVerdict(f: LayoutFacts): LayoutVerdict {
  const reasons: LayoutReason[] = [];
  const count = f.grid?.count ?? 0;
  const capacity = f.grid?.capacity ?? 0;
  const level = f.grid ? saturationLevel(count, capacity) : 'green';
  const free = f.grid ? freePlaces(count, capacity) : 0;
  const queue = f.grid?.queue ?? 0;
  let full = false;
  if (!f.grid) reasons.push({ code: 'no_grid' });
  else if (free > queue) reasons.push({ code: 'grid_free', free: free - queue });
  else {
    full = true;
    reasons.push({ code: 'grid_full', queue });
  }
  let refused = false;
  const near = f.nearest[0];
  const minM = f.rules.minSpacingM;
  if (near && minM > 0 && near.distanceM < minM) {
    refused = true;
    reasons.push({ code: 'too_close_retailer', name: near.name, distanceM: near.distanceM, minM });
  } else reasons.push({ code: 'spacing_ok', nearestM: near?.distanceM ?? null, minM });
  const schoolZone = !!f.school && f.school.distanceM < f.rules.schoolBufferM;
  if (schoolZone && f.school) {
    refused = true;
    reasons.push({
      code: 'school_zone',
      name: f.school.name,
      distanceM: f.school.distanceM,
      minM: f.rules.schoolBufferM,
    });
  } else reasons.push({ code: 'school_ok', minM: f.rules.schoolBufferM });
  const verdict = refused ? 'refused' : full ? 'queue' : 'ok';
  return { verdict, level, free, queue, schoolZone, reasons };
}

/** Convex hull of [lng, lat] points (monotone chain), closed ring; for county outlines. */
export function convexHull(points: [number, number][]): [number, number][] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (pts: [number, number][]) => {
    const out: [number, number][] = [];
    for (const q of pts) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, q) <= 0)
        out.pop();
      out.push(q);
    }
    out.pop();
    return out;
  };
  const hull = [...half(p), ...half([...p].reverse())];
  return hull.length ? [...hull, hull[0]!] : hull;
}

/** Whether [lng, lat] lies inside a polygon ring (ray casting; the ring may be open or closed). */
export function pointInRing(lng: number, lat: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside a GeoJSON Polygon / MultiPolygon geometry (holes respected). */
export function pointInGeometry(
  lng: number,
  lat: number,
  g:
    | { type: 'Polygon'; coordinates: number[][][] }
    | { type: 'MultiPolygon'; coordinates: number[][][][] },
): boolean {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.some(
    (rings) =>
      !!rings[0] &&
      pointInRing(lng, lat, rings[0]) &&
      !rings.slice(1).some((hole) => pointInRing(lng, lat, hole)),
  );
}
