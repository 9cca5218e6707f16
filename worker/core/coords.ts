/**
 * Coordinate systems of imported data (PRODUCT.md §3). Stored coordinates are WGS-84; Baidu
 * (BD-09) and AMap / Tencent (GCJ-02) points are converted on the way in with gcoord, a
 * maintained library, rather than hand-written offsets (≈1.3 km / 0.5 km at Weifang).
 */
import type { CRSTypes } from 'gcoord';
import gcoord from 'gcoord';
import { z } from 'zod';

export const CRS_VALUES = ['WGS84', 'GCJ02', 'BD09'] as const;
export const crsSchema = z.enum(CRS_VALUES);
export type Crs = z.infer<typeof crsSchema>;

const GCOORD: Record<Crs, CRSTypes> = {
  WGS84: gcoord.WGS84,
  GCJ02: gcoord.GCJ02,
  BD09: gcoord.BD09,
};

/** [lng, lat] in `from` → [lng, lat] in `to`. */
export function convert(lng: number, lat: number, from: Crs, to: Crs): [number, number] {
  if (from === to) return [lng, lat];
  const [x, y] = gcoord.transform<[number, number]>([lng, lat], GCOORD[from], GCOORD[to]);
  return [x, y];
}

/** [lng, lat] in `from` → WGS-84, for storage. */
export function toWgs84(lng: number, lat: number, from: Crs): [number, number] {
  return convert(lng, lat, from, 'WGS84');
}

// Dependency-free, so the route planner's Web Worker does not pull in gcoord and zod.
export { CITY_BOUNDS, distanceMetres, insideCity } from './geo';
