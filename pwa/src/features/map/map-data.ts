/**
 * The staff map's download (GET /api/map/data, see worker features/layout/map.data.ts) and its
 * decoding into plain arrays. Pure: no maplibre, no DOM, so it is tested without a browser.
 */
import type { MapData } from '@core/map-data';

export type { MapData };

export interface Retailers {
  lng: Float64Array;
  lat: Float64Array;
  status: Uint8Array;
  county: Uint8Array;
}

/** Undoes the delta coding: cumulative sums of integer steps of 1/scale degree. */
export function decodeRetailers(d: MapData): Retailers {
  const n = d.retailers.dx.length;
  const out: Retailers = {
    lng: new Float64Array(n),
    lat: new Float64Array(n),
    status: Uint8Array.from(d.retailers.status),
    county: Uint8Array.from(d.retailers.county),
  };
  let x = Math.round(d.origin[0] * d.scale);
  let y = Math.round(d.origin[1] * d.scale);
  for (let i = 0; i < n; i++) {
    x += d.retailers.dx[i] ?? 0;
    y += d.retailers.dy[i] ?? 0;
    out.lng[i] = x / d.scale;
    out.lat[i] = y / d.scale;
  }
  return out;
}

export interface MapFilters {
  counties: string[] | null;
  statuses: string[];
  levels: ('green' | 'yellow' | 'red')[];
}

export const ALL_LEVELS = ['green', 'yellow', 'red'] as const;
export const DEFAULT_STATUSES = ['active', 'suspended'];
