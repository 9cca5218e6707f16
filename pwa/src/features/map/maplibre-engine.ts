/**
 * Everything that touches maplibre-gl and h3-js. Imported only dynamically (from map-view.tsx),
 * so both stay out of the first download; the service worker caches this chunk on first use.
 * Works with no basemap (plain background + county outlines from our own data) or with a
 * configured raster source proxied by the worker. No glyph server: no text labels on the map.
 *
 * Two levels of detail keep it smooth with 40,000 retailers under software rendering: below
 * DETAIL_ZOOM one canvas overview (overview-canvas.ts) shows every grid and retailer; from
 * DETAIL_ZOOM on, vector hexagons (recoloured by feature state) and the retailers in view.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { cellToBoundary, latLngToCell } from 'h3-js';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { pointInGeometry } from '@core/layout';
import { saturationLevel, type SaturationLevel } from '@core/saturation';
import {
  ALL_LEVELS,
  decodeRetailers,
  DEFAULT_STATUSES,
  type MapData,
  type MapFilters,
} from './map-data';
import { baseStyle, GRID_LAYERS, RETAILER_LAYERS } from './map-style';
import { Overview, type OverviewGrid } from './overview-canvas';

maplibregl.setWorkerUrl(workerUrl);

const DETAIL_ZOOM = 11.5;

import type { Basemap } from './map-style';

export type { Basemap };

export interface MapCallbacks {
  onGrid(id: string): void;
  onRetailer(lat: number, lng: number): void;
  /** First `idle` with the data drawn, in ms since navigation (the benchmark reads it). */
  onIdle?(ms: number): void;
}

export interface MapHandle {
  setFilters(f: MapFilters): void;
  updateGrid(id: string, count: number, capacity: number): SaturationLevel | null;
  destroy(): void;
}

type Poly = Parameters<typeof pointInGeometry>[2];
const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function createMap(
  container: HTMLElement,
  data: MapData | null,
  basemap: Basemap | null,
  cb: MapCallbacks,
): MapHandle {
  const map = new maplibregl.Map({
    container,
    style: baseStyle(basemap),
    center: [119.1, 36.5],
    zoom: 7.6,
    attributionControl: false,
    localIdeographFontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(
    new maplibregl.AttributionControl({
      compact: false,
      customAttribution: '网格数据 © 潍坊市烟草专卖局',
    }),
  );
  performance.mark('xuke-map-create');
  let filters: MapFilters = { counties: null, statuses: DEFAULT_STATUSES, levels: [...ALL_LEVELS] };
  if (!data) {
    map.once('idle', () => cb.onIdle?.(performance.now()));
    return { setFilters: () => undefined, updateGrid: () => null, destroy: () => map.remove() };
  }

  const retailers = decodeRetailers(data);
  const codes = data.counties.map((c) => c.code);
  const grids = new Map<string, { count: number; capacity: number } & OverviewGrid>();
  data.grids.id.forEach((id, i) => {
    const poly = data.grids.polygons[id] as Poly | undefined;
    const ring = poly
      ? ((poly.type === 'Polygon' ? poly.coordinates[0] : poly.coordinates[0]?.[0]) as [
          number,
          number,
        ][])
      : cellToBoundary(id, true);
    grids.set(id, {
      count: data.grids.count[i] ?? 0,
      capacity: data.grids.capacity[i] ?? 0,
      county: codes[data.grids.county[i] ?? 0] ?? '',
      ring: ring ?? [],
    });
  });
  performance.mark('xuke-map-decoded');
  const levelOf = (id: string): SaturationLevel | null => {
    const g = grids.get(id);
    return g ? saturationLevel(g.count, g.capacity) : null;
  };
  const bounds = new maplibregl.LngLatBounds();
  for (const c of data.counties) for (const p of c.outline) bounds.extend(p);
  for (let i = 0; i < retailers.lng.length; i += 50)
    bounds.extend([retailers.lng[i] ?? 0, retailers.lat[i] ?? 0]);
  const pad = 0.05;
  const overview = new Overview(
    [
      bounds.getWest() - pad,
      bounds.getSouth() - pad,
      bounds.getEast() + pad,
      bounds.getNorth() + pad,
    ],
    grids,
    retailers,
    data.statuses,
    codes,
  );
  overview.draw(filters, levelOf);
  performance.mark('xuke-map-overview');
  let loaded = false;
  let detail = false;

  const gridFeatures = (): FeatureCollection => ({
    type: 'FeatureCollection',
    features: [...grids].map(([id, g]) => ({
      type: 'Feature',
      properties: { id, county: g.county, level: levelOf(id) },
      geometry: (data.grids.polygons[id] as Feature['geometry'] | undefined) ?? {
        type: 'Polygon',
        coordinates: [g.ring],
      },
    })),
  });

  /** Retailers inside the current view (plus a margin), for the detail layer. */
  const visibleRetailers = (): FeatureCollection => {
    if (map.getZoom() < DETAIL_ZOOM) return empty;
    const b = map.getBounds();
    const mx = (b.getEast() - b.getWest()) * 0.25;
    const my = (b.getNorth() - b.getSouth()) * 0.25;
    const statusOn = new Set(filters.statuses.map((s) => data.statuses.indexOf(s)));
    const counties = filters.counties && new Set(filters.counties.map((c) => codes.indexOf(c)));
    const features: Feature[] = [];
    for (let i = 0; i < retailers.lng.length; i++) {
      const x = retailers.lng[i] ?? 0;
      const y = retailers.lat[i] ?? 0;
      if (
        x < b.getWest() - mx ||
        x > b.getEast() + mx ||
        y < b.getSouth() - my ||
        y > b.getNorth() + my
      )
        continue;
      if (!statusOn.has(retailers.status[i] ?? 0)) continue;
      if (counties && !counties.has(retailers.county[i] ?? 0)) continue;
      features.push({
        type: 'Feature',
        properties: { s: data.statuses[retailers.status[i] ?? 0] },
        geometry: { type: 'Point', coordinates: [x, y] },
      });
    }
    return { type: 'FeatureCollection', features };
  };

  const repaintOverview = () => {
    overview.draw(filters, levelOf);
    const src = map.getSource('overview') as maplibregl.CanvasSource | undefined;
    if (!src) return;
    // A static canvas source uploads its pixels only while "playing": play for one frame.
    src.play();
    map.triggerRepaint();
    map.once('render', () => src.pause());
  };

  const applyVectorFilters = () => {
    if (!detail) return;
    const level = ['coalesce', ['feature-state', 'level'], ['get', 'level']];
    const on = [
      'in',
      level,
      ['literal', filters.levels],
    ] as unknown as maplibregl.ExpressionSpecification;
    map.setPaintProperty('grid-fill', 'fill-opacity', ['case', on, 0.45, 0]);
    map.setPaintProperty('grid-line', 'line-opacity', ['case', on, 0.9, 0.15]);
    const county = (
      filters.counties ? ['in', ['get', 'county'], ['literal', filters.counties]] : null
    ) as maplibregl.FilterSpecification | null;
    map.setFilter('grid-fill', county);
    map.setFilter('grid-line', county);
  };

  const ensureDetail = () => {
    if (detail || map.getZoom() < DETAIL_ZOOM - 0.5) return;
    detail = true;
    map.addSource('grids', { type: 'geojson', promoteId: 'id', data: gridFeatures() });
    for (const l of GRID_LAYERS)
      map.addLayer({ ...l, minzoom: DETAIL_ZOOM } as maplibregl.LayerSpecification, 'county-line');
    map.addSource('retailers', { type: 'geojson', data: visibleRetailers() });
    for (const l of RETAILER_LAYERS)
      map.addLayer({ ...l, minzoom: DETAIL_ZOOM } as maplibregl.LayerSpecification);
    applyVectorFilters();
  };
  const refreshRetailers = () => {
    ensureDetail();
    (map.getSource('retailers') as maplibregl.GeoJSONSource | undefined)?.setData(
      visibleRetailers(),
    );
  };

  map.on('load', () => {
    performance.mark('xuke-map-load');
    map.addSource('overview', {
      type: 'canvas',
      canvas: overview.canvas,
      coordinates: overview.coordinates,
      animate: false,
    });
    map.addLayer({
      id: 'overview',
      type: 'raster',
      source: 'overview',
      maxzoom: DETAIL_ZOOM,
      paint: { 'raster-fade-duration': 0, 'raster-resampling': 'linear' },
    });
    map.addSource('counties', {
      type: 'geojson',
      data: {
        type: 'FeatureCollection',
        features: data.counties.map((c) => ({
          type: 'Feature',
          properties: { code: c.code },
          geometry: { type: 'Polygon', coordinates: [c.outline] },
        })),
      },
    });
    map.addLayer({
      id: 'county-line',
      type: 'line',
      source: 'counties',
      paint: { 'line-color': '#51606f', 'line-width': 1.5, 'line-dasharray': [3, 2] },
    });
    loaded = true;
    if (!bounds.isEmpty()) map.fitBounds(bounds, { padding: 24, duration: 0 });
    map.once('idle', () => cb.onIdle?.(performance.now()));
  });
  map.on('moveend', () => loaded && refreshRetailers());

  map.on('click', (e) => {
    const hit = detail
      ? map.queryRenderedFeatures(e.point, { layers: ['retailer-point'] })[0]
      : undefined;
    if (hit?.geometry.type === 'Point') {
      cb.onRetailer(hit.geometry.coordinates[1] ?? 0, hit.geometry.coordinates[0] ?? 0);
      return;
    }
    const { lat, lng } = e.lngLat;
    // Imported polygons take precedence, then the H3 cell at either resolution in use.
    for (const [id, poly] of Object.entries(data.grids.polygons)) {
      if (pointInGeometry(lng, lat, poly as Poly)) return cb.onGrid(id);
    }
    for (const res of [8, 7]) {
      const cell = latLngToCell(lat, lng, res);
      if (grids.has(cell)) return cb.onGrid(cell);
    }
  });
  map.on('mouseenter', 'retailer-point', () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', 'retailer-point', () => (map.getCanvas().style.cursor = ''));

  let pending = false;
  return {
    setFilters(f) {
      filters = f;
      if (!loaded) return;
      repaintOverview();
      applyVectorFilters();
      if (detail) refreshRetailers();
    },
    updateGrid(id, count, capacity) {
      const g = grids.get(id);
      if (!g) return null;
      g.count = count;
      g.capacity = capacity;
      const level = saturationLevel(count, capacity);
      // Feature state, not setData: recolouring one hexagon without re-tiling the whole source.
      if (detail) map.setFeatureState({ source: 'grids', id }, { level });
      // Several events in one frame cost one overview repaint.
      if (loaded && !pending) {
        pending = true;
        requestAnimationFrame(() => {
          pending = false;
          repaintOverview();
        });
      }
      return level;
    },
    destroy() {
      map.remove();
    },
  };
}
