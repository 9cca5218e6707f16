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

/** Great-circle distance in metres (haversine; exact enough below a few kilometres). */
export function distanceMetres(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const R = 6_371_008.8;
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Weifang's extent with a margin: points outside are typos or swapped lng/lat. */
export const CITY_BOUNDS = { minLng: 118.1, maxLng: 120.1, minLat: 35.6, maxLat: 37.4 };

export function insideCity(lng: number, lat: number): boolean {
  return (
    lng >= CITY_BOUNDS.minLng &&
    lng <= CITY_BOUNDS.maxLng &&
    lat >= CITY_BOUNDS.minLat &&
    lat <= CITY_BOUNDS.maxLat
  );
}
