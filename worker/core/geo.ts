/** Distances and the city's extent: plain arithmetic, no dependencies (see coords.ts). */

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

/** A lng/lat rectangle, WGS-84 degrees. */
export interface Bounds {
  minLng: number;
  maxLng: number;
  minLat: number;
  maxLat: number;
}

/** Weifang's extent with a margin: points outside are typos or swapped lng/lat. */
export const CITY_BOUNDS: Bounds = { minLng: 118.1, maxLng: 120.1, minLat: 35.6, maxLat: 37.4 };

export function insideBounds(b: Bounds, lng: number, lat: number): boolean {
  return lng >= b.minLng && lng <= b.maxLng && lat >= b.minLat && lat <= b.maxLat;
}

export function insideCity(lng: number, lat: number): boolean {
  return insideBounds(CITY_BOUNDS, lng, lat);
}
