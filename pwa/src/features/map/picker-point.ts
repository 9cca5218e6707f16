/** The picker's spot as a form holds it (text fields), and the point it stands for. */

/** Latitude, longitude (WGS-84, as typed or set) and county code, all as the form keeps them. */
export interface SpotValue {
  lat: string;
  lng: string;
  county: string;
}

/**
 * The point two coordinate fields hold, or null while either is empty or not a coordinate.
 * @example parsePoint('36.73', '119.02') // → { lat: 36.73, lng: 119.02 }
 */
export function parsePoint(lat: string, lng: string): { lat: number; lng: number } | null {
  if (lat.trim() === '' || lng.trim() === '') return null;
  const la = Number(lat);
  const ln = Number(lng);
  if (!Number.isFinite(la) || !Number.isFinite(ln)) return null;
  if (la < -90 || la > 90 || ln < -180 || ln > 180) return null;
  return { lat: la, lng: ln };
}
