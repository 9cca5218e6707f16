/**
 * Which county-level unit a point lies in (PRODUCT.md §3). One rule for the applicant's map
 * picker (it sets the form's county from the pin) and for the worker, which refuses a layout
 * check or a 新办 naming a county the rule does not allow (LOCATION_COUNTY_MISMATCH).
 *
 * The evidence, strongest first:
 *  1. an imported official polygon (市场单元) covering the point — its county;
 *  2. existing grids at the point (the H3 cells of both resolutions) — their counties;
 *  3. imported county outlines covering the point (none ship today: see the README);
 *  4. else the nearest county seat, measured from the centre of the point's resolution-7 cell,
 *     which is how the demo data gives land to units, so that a whole cell has one owner.
 * The first kind of evidence that names any county decides. A point is ambiguous when that
 * evidence names more than one county, or (seats only) when another seat is nearly as close:
 * the applicant may then choose among the candidates, and only among them.
 */
import { insideCity } from './coords';

export interface CountySeat {
  code: string;
  /** [lng, lat] of the seat of government. */
  seat: [number, number];
}

export interface CountyEvidence {
  /** The county of an imported polygon covering the point, if any. */
  polygon: string | null;
  /** Counties of existing H3 grids at the point (finer resolution first). */
  grids: string[];
  /** Counties whose imported outline covers the point. */
  outlines: string[];
  /** Every county-level unit's seat. */
  seats: CountySeat[];
  /** Where the seats are measured from: the centre of the point's resolution-7 cell. */
  from: { lat: number; lng: number };
}

export const COUNTY_SOURCES = ['polygon', 'grid', 'outline', 'seat'] as const;
export type CountySource = (typeof COUNTY_SOURCES)[number];

export type CountyOfPoint =
  | {
      inside: true;
      /** The county the form gets by default. */
      county: string;
      source: CountySource;
      /** Counties the applicant may name for this point: `county` first; one = settled. */
      candidates: string[];
    }
  | { inside: false };

export interface CountyRuleOptions {
  /** A second seat at most this much farther than the nearest makes the point ambiguous. */
  ambiguousKm: number;
  /** Farther than this from every seat (and on no grid) is outside the city. */
  maxSeatKm: number;
}

/**
 * Weifang's seats are approximate (±2 km, shared/data/weifang.json), so 2 km of doubt; the
 * farthest land of the city lies about 40 km from its nearest seat (southern 临朐, coastal 寿光).
 */
export const DEFAULT_COUNTY_RULE: CountyRuleOptions = { ambiguousKm: 2, maxSeatKm: 45 };

const KM_PER_DEG_LAT = 110.574;

/** Planar distance in km, good to a few metres at these scales. */
export function seatDistanceKm(lat: number, lng: number, seat: [number, number]): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  return Math.hypot((seat[0] - lng) * kx, (seat[1] - lat) * KM_PER_DEG_LAT);
}

const distinct = (xs: string[]) => [...new Set(xs)];

/**
 * The county of a WGS-84 point from the evidence gathered about it.
 * @example countyOfPoint(36.73, 119.02, { polygon: null, grids: ['370702'], outlines: [], seats, from })
 *   // → { inside: true, county: '370702', source: 'grid', candidates: ['370702'] }
 */
export function countyOfPoint(
  lat: number,
  lng: number,
  e: CountyEvidence,
  opts: CountyRuleOptions = DEFAULT_COUNTY_RULE,
): CountyOfPoint {
  if (!insideCity(lng, lat)) return { inside: false };
  if (e.polygon)
    return { inside: true, county: e.polygon, source: 'polygon', candidates: [e.polygon] };
  for (const [source, codes] of [
    ['grid', distinct(e.grids)],
    ['outline', distinct(e.outlines)],
  ] as const) {
    if (codes[0]) return { inside: true, county: codes[0], source, candidates: codes };
  }
  const bySeat = e.seats
    .map((s) => ({ code: s.code, km: seatDistanceKm(e.from.lat, e.from.lng, s.seat) }))
    .sort((a, b) => a.km - b.km);
  const nearest = bySeat[0];
  if (!nearest || nearest.km > opts.maxSeatKm) return { inside: false };
  const candidates = bySeat.filter((s) => s.km - nearest.km <= opts.ambiguousKm).map((s) => s.code);
  return { inside: true, county: nearest.code, source: 'seat', candidates };
}

/** Whether a form may name `county` for a point the rule placed. */
export function countyAllowed(r: CountyOfPoint, county: string): boolean {
  return r.inside && r.candidates.includes(county);
}
