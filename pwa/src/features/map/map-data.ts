/**
 * The staff map's download (GET /api/map/data, see worker features/layout/map.data.ts) and its
 * decoding into plain arrays. Pure: no maplibre, no DOM, so it is tested without a browser.
 */
// Relative, not @core: the unit tests run this pure module in Node, without Vite's alias.
import { LICENCE_STATUSES } from '../../../../worker/core/business-types';
import type { MapData } from '@core/map-data';
import { countsTowardSaturation, type SaturationLevel } from '../../../../worker/core/saturation';

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
  levels: SaturationLevel[];
}

/** Shown until the user filters: the licences that hold a place in their grid. */
export const DEFAULT_STATUSES: string[] = LICENCE_STATUSES.filter(countsTowardSaturation);
