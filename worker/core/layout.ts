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
  /** Places are left, but the applications already waiting take every one of them. */
  | { code: 'grid_taken'; free: number; queue: number }
  | { code: 'grid_full'; queue: number }
  /** The grid has no place at all (its capacity was never set, or set to 0). */
  | { code: 'grid_no_places'; queue: number }
  | { code: 'no_grid' }
  | { code: 'too_close_retailer'; name: string; distanceM: number; minM: number }
  | { code: 'school_zone'; name: string; distanceM: number; minM: number }
  | { code: 'spacing_ok'; nearestM: number | null; minM: number }
  | { code: 'school_ok'; minM: number };

/**
 * Where a new application would stand in its grid: the one answer behind both the colour and
 * the words of a verdict, so a badge can never say "nearly full" beside "you would queue".
 */
export const GRID_STANDINGS = ['room', 'nearly_full', 'taken', 'full', 'no_places'] as const;
export type GridStanding = (typeof GRID_STANDINGS)[number];

/**
 * The colour (a saturation level) and the words of each standing. 'taken' is red although the
 * grid itself is below 100%: for the applicant the grid is full, since the waiting applications
 * come first. 'no_places' keeps the grey of a grid without capacity (see saturationLevel).
 */
export const GRID_STANDING_LABELS: Record<
  GridStanding,
  { tone: SaturationLevel; zh: string; en: string }
> = {
  room: { tone: 'green', zh: '尚有名额', en: 'Places free' },
  nearly_full: { tone: 'yellow', zh: '接近饱和，尚有名额', en: 'Nearly full, places left' },
  taken: { tone: 'red', zh: '名额已被排队的申请占满', en: 'Places taken by waiting applications' },
  full: { tone: 'red', zh: '已饱和', en: 'Full' },
  no_places: { tone: 'none', zh: '未设名额', en: 'No places set' },
};

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
  /** The grid's own saturation (retailers / places), as the staff map colours it. */
  level: SaturationLevel;
  /** Where a new application stands in the grid: the colour and words shown with the verdict. */
  standing: GridStanding;
  free: number;
  queue: number;
  schoolZone: boolean;
  reasons: LayoutReason[];
}

/** Whether a new application in a grid of this standing gets a place without waiting. */
export function standingAdmits(s: GridStanding): boolean {
  return s === 'room' || s === 'nearly_full';
}

/** The grid part of a verdict: its standing and the reason that explains it. */
function gridStanding(g: { capacity: number; count: number; queue: number } | null): {
  standing: GridStanding;
  reason: LayoutReason;
} {
  // A point with no grid yet opens a new one, with places: room.
  if (!g) return { standing: 'room', reason: { code: 'no_grid' } };
  const level = saturationLevel(g.count, g.capacity);
  const free = freePlaces(g.count, g.capacity);
  if (level === 'none') {
    return { standing: 'no_places', reason: { code: 'grid_no_places', queue: g.queue } };
  }
  if (free === 0) return { standing: 'full', reason: { code: 'grid_full', queue: g.queue } };
  if (free <= g.queue) {
    return { standing: 'taken', reason: { code: 'grid_taken', free, queue: g.queue } };
  }
  return {
    standing: level === 'yellow' ? 'nearly_full' : 'room',
    reason: { code: 'grid_free', free: free - g.queue },
  };
}

/**
 * The verdict for one point. A distance rule refuses outright; a grid without a place left for
 * one more application (full, no places set, or its free places taken by waiting cases) means
 * the applicant would queue. A point with no grid yet is a new grid: it would be created with
 * free places, so it is not a reason to refuse.
 */
export function layoutVerdict(f: LayoutFacts): LayoutVerdict {
  const count = f.grid?.count ?? 0;
  const capacity = f.grid?.capacity ?? 0;
  const level = f.grid ? saturationLevel(count, capacity) : 'green';
  const free = f.grid ? freePlaces(count, capacity) : 0;
  const queue = f.grid?.queue ?? 0;
  const { standing, reason } = gridStanding(f.grid);
  const full = !standingAdmits(standing);
  const reasons: LayoutReason[] = [reason];
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
  return { verdict, level, standing, free, queue, schoolZone, reasons };
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
