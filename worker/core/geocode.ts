/**
 * Finding a place by name (地名 / 地址搜索) for the applicant's map picker: the query's shape,
 * the answer's shape, and the pure part of the local search over the city's own data
 * (counties, townships, roads, villages, shops, addresses) — how an address splits into named
 * places, how a query matches them, and in which order hits are listed. The worker's geocoder
 * adapters (local, Tianditu) answer in these shapes.
 */
import { z } from 'zod';
import type { CountyRef } from './api-answers';

/** NFKC (full-width letters and digits become plain), no spaces: how names are compared. */
export function normaliseQuery(q: string): string {
  return q.normalize('NFKC').replace(/\s+/g, '').trim();
}

/**
 * `GET /api/geocode?q=…`: two characters are enough (most Chinese place names are two or
 * three); 40 is more than any address needs.
 */
export const geocodeQuerySchema = z.object({
  q: z
    .string()
    .transform(normaliseQuery)
    .pipe(z.string().min(2, 'at least 2 characters').max(40, 'at most 40 characters')),
});

export const GEOCODE_KINDS = [
  'county',
  'township',
  'road',
  'village',
  'shop',
  'address',
  'place',
] as const;
export type GeocodeKind = (typeof GEOCODE_KINDS)[number];

/** How each kind of hit is named beside it, for a shop owner. */
export const GEOCODE_KIND_LABELS: Record<GeocodeKind, { zh: string; en: string }> = {
  county: { zh: '区县', en: 'County' },
  township: { zh: '镇街', en: 'Township' },
  road: { zh: '道路', en: 'Road' },
  village: { zh: '村庄', en: 'Village' },
  shop: { zh: '店铺', en: 'Shop' },
  address: { zh: '门牌地址', en: 'Address' },
  place: { zh: '地点', en: 'Place' },
};

/** One place found: where it is (WGS-84) and what it is called. */
export interface GeocodePlace {
  kind: GeocodeKind;
  /** The name to show first: 胜利西街, 鸿运便利店, 冶源镇. */
  label: string;
  /** What tells two hits of one name apart: the address, the township, the county. */
  detail: string;
  lat: number;
  lng: number;
}

/** A place found, with the county it lies in by core's county rule (core/county.ts). */
export interface GeocodeHit extends GeocodePlace {
  county: CountyRef;
}

/** `GET /api/geocode`. */
export interface GeocodeAnswer {
  q: string;
  /** Which adapter answered: 'local' (the city's own data) or 'tianditu'. */
  provider: string;
  hits: GeocodeHit[];
}

/** The named places an address holds below its county, e.g. 冶源镇 + 王家庄村, or 胜利西街. */
export interface AddressParts {
  township: string | null;
  village: string | null;
  road: string | null;
}

const TOWNSHIP = /^(.{1,8}?(?:街道|镇|乡))/u;
const VILLAGE = /^(.{1,10}?村)/u;
// A road ends its name in 路 / 街 / 大街 / 大道 / 巷 before the house number.
const ROAD = /^(.{1,12}?(?:大道|大街|路|街|巷))(?=[\d０-９一二三四五六七八九十]|$)/u;

/**
 * The places named in an address after its city and county (both stripped if present).
 * @example addressParts('潍坊市临朐县冶源镇中心街12号', '临朐县')
 *   // → { township: '冶源镇', village: null, road: '中心街' }
 */
export function addressParts(address: string, countyName: string | null): AddressParts {
  let rest = normaliseQuery(address).replace(/^.{0,6}?省/u, '');
  rest = rest.replace(/^.{1,6}?市(?!场)/u, (m) => (countyName && m === countyName ? m : ''));
  if (countyName && rest.startsWith(countyName)) rest = rest.slice(countyName.length);
  const take = (re: RegExp): string | null => {
    const m = re.exec(rest);
    if (!m?.[1]) return null;
    rest = rest.slice(m[1].length);
    return m[1];
  };
  const township = take(TOWNSHIP);
  const village = take(VILLAGE);
  const road = village ? null : take(ROAD);
  return { township, village, road };
}

/** How well a name matches: 0 the same, 1 it starts with the query, 2 it holds it, null not. */
export function matchRank(name: string, q: string): 0 | 1 | 2 | null {
  const n = normaliseQuery(name);
  if (n === q) return 0;
  if (n.startsWith(q)) return 1;
  return n.includes(q) ? 2 : null;
}

/** A candidate place before ranking, with how many of the city's records stand behind it. */
export interface RankedPlace extends GeocodePlace {
  rank: 0 | 1 | 2;
  /** Premises on a road or in a township: bigger places first among equal matches. */
  weight: number;
}

const KIND_ORDER: Record<GeocodeKind, number> = {
  county: 0,
  township: 1,
  road: 2,
  village: 3,
  shop: 4,
  address: 5,
  place: 6,
};

/** Best match first, then the broader kind of place, the bigger one, the shorter name. */
export function rankPlaces(hits: RankedPlace[], limit: number): GeocodePlace[] {
  return [...hits]
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        b.weight - a.weight ||
        a.label.length - b.label.length ||
        a.label.localeCompare(b.label, 'zh'),
    )
    .slice(0, limit)
    .map(({ rank: _r, weight: _w, ...hit }) => hit);
}

/**
 * One point for a place many premises share (a road, a township): the premises nearest the
 * median of them all, so the pin lands on a real address rather than between two streets.
 */
export function representative<T extends { lat: number; lng: number }>(points: T[]): T | null {
  if (points.length === 0) return null;
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)] as number;
  };
  const mLat = median(points.map((p) => p.lat));
  const mLng = median(points.map((p) => p.lng));
  let best = points[0] as T;
  let bestD = Infinity;
  for (const p of points) {
    const d = (p.lat - mLat) ** 2 + (p.lng - mLng) ** 2;
    if (d < bestD) [best, bestD] = [p, d];
  }
  return best;
}
