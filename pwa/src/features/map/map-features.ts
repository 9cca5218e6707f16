/**
 * The staff map's GeoJSON, built from the prepared download: grid hexagons (or imported
 * polygons) with their saturation level, the retailers inside a view, and the selection's
 * layers. Pure functions of the data, so they are tested without a map.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type * as maplibregl from 'maplibre-gl';
import { saturationLevel, type SaturationLevel } from '@core/saturation';
import type { MapFilters } from './map-data';
import type { PreparedMap } from './map-prepare';

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** West, south, east, north. */
export type View = [number, number, number, number];

/** A grid's saturation level from its count and capacity as last known. */
export function levelAt(d: PreparedMap, i: number): SaturationLevel {
  return saturationLevel(Math.max(0, d.grids.count[i] ?? 0), d.grids.capacity[i] ?? 0);
}

/** Every grid as a polygon feature (imported outline, or its H3 hexagon) with county and level. */
export function gridFeatures(d: PreparedMap): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: d.grids.id.map((id, i) => {
      const ring: [number, number][] = [];
      for (let k = d.grids.ringStart[i] ?? 0; k < (d.grids.ringStart[i + 1] ?? 0); k++) {
        ring.push([d.grids.ring[2 * k] ?? 0, d.grids.ring[2 * k + 1] ?? 0]);
      }
      const first = ring[0];
      if (first) ring.push(first);
      return {
        type: 'Feature',
        properties: { id, county: d.counties[d.grids.county[i] ?? 0]?.code, level: levelAt(d, i) },
        geometry: (d.grids.polygons[id] as Feature['geometry'] | undefined) ?? {
          type: 'Polygon',
          coordinates: [ring],
        },
      };
    }),
  };
}

/**
 * The retailers inside the view plus a quarter of its size on every side (a short pan shows no
 * gap), kept by the status and county filters.
 */
export function retailersIn(d: PreparedMap, view: View, filters: MapFilters): FeatureCollection {
  const [w, s, e, n] = view;
  const mx = (e - w) * 0.25;
  const my = (n - s) * 0.25;
  const statusOn = new Set(filters.statuses.map((st) => d.statuses.indexOf(st)));
  const codes = d.counties.map((c) => c.code);
  const counties = filters.counties && new Set(filters.counties.map((c) => codes.indexOf(c)));
  const r = d.retailers;
  const features: Feature[] = [];
  for (let i = 0; i < r.lng.length; i++) {
    const x = r.lng[i] ?? 0;
    const y = r.lat[i] ?? 0;
    if (x < w - mx || x > e + mx || y < s - my || y > n + my) continue;
    if (!statusOn.has(r.status[i] ?? 0)) continue;
    if (counties && !counties.has(r.county[i] ?? 0)) continue;
    features.push({
      type: 'Feature',
      properties: { s: d.statuses[r.status[i] ?? 0] },
      geometry: { type: 'Point', coordinates: [x, y] },
    });
  }
  return { type: 'FeatureCollection', features };
}

const polygon = ['!=', ['geometry-type'], 'Point'] as maplibregl.FilterSpecification;

/** The selection: a dark outline on a white casing (any colour of grid), at every zoom. */
export const SELECTION_LAYERS: maplibregl.LayerSpecification[] = [
  {
    id: 'selection-casing',
    type: 'line',
    source: 'selection',
    filter: polygon,
    paint: { 'line-color': '#ffffff', 'line-width': 7 },
  },
  {
    id: 'selection-line',
    type: 'line',
    source: 'selection',
    filter: polygon,
    paint: { 'line-color': '#102a43', 'line-width': 3 },
  },
  {
    id: 'selection-point',
    type: 'circle',
    source: 'selection',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 11,
      'circle-opacity': 0,
      'circle-stroke-color': '#102a43',
      'circle-stroke-width': 3,
    },
  },
];
