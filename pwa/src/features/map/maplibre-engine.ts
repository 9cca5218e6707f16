/**
 * Everything that touches maplibre-gl and h3-js on the page. Imported only dynamically (from
 * map-view.tsx), so both stay out of the first download; the service worker caches this chunk on
 * first use. Works with no basemap (plain background; county outlines from our own data) or with
 * a configured raster source proxied by the worker. No glyph server: no text labels on the map.
 *
 * The map starts while the data worker (map-loader.ts) is still downloading and painting, at a
 * few pixels under the loading overlay (style and shaders get ready without painting an empty
 * full-size frame), and takes its size with the data when `show` hands it over.
 *
 * Two levels of detail keep it smooth with 40,000 retailers under software rendering: below
 * DETAIL_ZOOM one texture (map-overview-layer.ts) shows every grid, retailer and county outline;
 * from DETAIL_ZOOM on, vector hexagons (recoloured by feature state), county outlines and the
 * retailers in view.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { latLngToCell } from 'h3-js';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { pointInGeometry } from '@core/layout';
import { SATURATION_LEVELS, saturationLevel, type SaturationLevel } from '@core/saturation';
import { EMPTY, gridFeatures, retailersIn, SELECTION_LAYERS } from './map-features';
import { DEFAULT_STATUSES, type MapFilters } from './map-data';
import type { PreparedMap } from './map-prepare';
import { rasterFrame, type Raster } from './map-raster';
import { baseStyle, GRID_LAYERS, RETAILER_LAYERS, type Basemap } from './map-style';
import { OverviewLayer } from './map-overview-layer';
import { gridRing, type Bounds } from './map-geometry';

maplibregl.setWorkerUrl(workerUrl);

const DETAIL_ZOOM = 11.5;

export type { Basemap };

export interface MapCallbacks {
  onGrid(id: string): void;
  onRetailer(lat: number, lng: number): void;
  /** First `idle` with the data drawn, in ms since navigation (the benchmark reads it). */
  onIdle?(ms: number): void;
}

/** Repaints the overview for new filters or colours (in the data worker); null if overtaken. */
export type Redraw = (map: PreparedMap, filters: MapFilters) => Promise<Raster | null>;

/** What the side panel shows, outlined on the map. */
export type MapSelection =
  { kind: 'grid'; id: string } | { kind: 'retailer'; lat: number; lng: number } | null;

export interface MapHandle {
  /** Shows this extent (a county, the whole city), animated. */
  fitTo(b: Bounds): void;
  /** Outlines the selected grid or rings the selected retailer (null: nothing). */
  select(s: MapSelection): void;
  /** Shows the data: the overview at once, vector layers when zoomed in. Once. */
  show(data: PreparedMap, raster: Raster, redraw: Redraw): void;
  /** Calls onIdle at the map's first `idle` (the bare map of the benchmark). */
  reportIdle(): void;
  setFilters(f: MapFilters): void;
  updateGrid(id: string, count: number, capacity: number): SaturationLevel | null;
  destroy(): void;
}

type Poly = Parameters<typeof pointInGeometry>[2];

export function createMap(
  container: HTMLElement,
  basemap: Basemap | null,
  cb: MapCallbacks,
  withData = true,
): MapHandle {
  // Waiting for its data, the map is a few pixels in size (map.css): its first frames cost next
  // to nothing, and the first full-size frame already has the data.
  if (withData) container.classList.add('map-pending');
  const map = new maplibregl.Map({
    container,
    style: baseStyle(basemap),
    center: [119.1, 36.5],
    zoom: 7.6,
    // Resizes are followed below, without maplibre's extra synchronous redraw.
    trackResize: false,
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
  let size = '';
  const follow = () => {
    const now = `${container.clientWidth}x${container.clientHeight}`;
    if (now === size) return;
    size = now;
    map.resize();
  };
  const resizes = new ResizeObserver(follow);
  resizes.observe(container);
  let styled = false;
  const whenStyled: (() => void)[] = [];
  map.once('style.load', () => {
    styled = true;
    whenStyled.splice(0).forEach((f) => f());
  });
  const onStyle = (f: () => void) => (styled ? f() : whenStyled.push(f));
  const overview = new OverviewLayer(DETAIL_ZOOM);
  let shown = false;
  // The bare map of the benchmark's baseline has no layer of ours at all.
  if (withData) onStyle(() => map.addLayer(overview));
  if (withData) {
    onStyle(() => {
      map.addSource('selection', { type: 'geojson', data: EMPTY });
      for (const l of SELECTION_LAYERS) map.addLayer(l);
    });
  }
  /** Keeps the selection above the layers added later (the vector detail). */
  const raiseSelection = () => {
    for (const l of SELECTION_LAYERS) if (map.getLayer(l.id)) map.moveLayer(l.id);
  };

  let filters: MapFilters = {
    counties: null,
    statuses: DEFAULT_STATUSES,
    levels: [...SATURATION_LEVELS],
  };
  let data: PreparedMap | null = null;
  let redraw: Redraw | null = null;
  const index = new Map<string, number>();
  let detail = false;

  /** Retailers inside the current view (plus a margin), for the detail layer. */
  const visibleRetailers = (d: PreparedMap): FeatureCollection => {
    if (map.getZoom() < DETAIL_ZOOM) return EMPTY;
    const b = map.getBounds();
    return retailersIn(d, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], filters);
  };

  let drawing = false;
  let again = false;
  /** Repaints the overview; requests made while one is under way collapse into one more. */
  const repaintOverview = () => {
    if (!data || !redraw || !shown) return;
    if (drawing) {
      again = true;
      return;
    }
    drawing = true;
    const d = data;
    void redraw(d, filters)
      .then((r) => {
        if (r) overview.update(r);
      })
      .finally(() => {
        drawing = false;
        if (again) {
          again = false;
          repaintOverview();
        }
      });
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

  /** The vector layers, built the first time the map is zoomed in far enough. */
  const ensureDetail = () => {
    const d = data;
    if (!d || detail || map.getZoom() < DETAIL_ZOOM - 0.5) return;
    detail = true;
    map.addSource('counties', {
      type: 'geojson',
      data: {
        type: 'FeatureCollection',
        features: d.counties.map((c) => ({
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
      minzoom: DETAIL_ZOOM,
      paint: { 'line-color': '#51606f', 'line-width': 1.5, 'line-dasharray': [3, 2] },
    });
    map.addSource('grids', { type: 'geojson', promoteId: 'id', data: gridFeatures(d) });
    for (const l of GRID_LAYERS)
      map.addLayer({ ...l, minzoom: DETAIL_ZOOM } as maplibregl.LayerSpecification, 'county-line');
    map.addSource('retailers', { type: 'geojson', data: visibleRetailers(d) });
    for (const l of RETAILER_LAYERS)
      map.addLayer({ ...l, minzoom: DETAIL_ZOOM } as maplibregl.LayerSpecification);
    raiseSelection();
    applyVectorFilters();
  };
  const refreshRetailers = () => {
    if (!data) return;
    ensureDetail();
    (map.getSource('retailers') as maplibregl.GeoJSONSource | undefined)?.setData(
      visibleRetailers(data),
    );
  };
  map.on('moveend', () => shown && refreshRetailers());

  map.on('click', (e) => {
    const d = data;
    if (!d) return;
    const hit = detail
      ? map.queryRenderedFeatures(e.point, { layers: ['retailer-point'] })[0]
      : undefined;
    if (hit?.geometry.type === 'Point') {
      cb.onRetailer(hit.geometry.coordinates[1] ?? 0, hit.geometry.coordinates[0] ?? 0);
      return;
    }
    const { lat, lng } = e.lngLat;
    // Imported polygons take precedence, then the H3 cell at either resolution in use.
    for (const [id, poly] of Object.entries(d.grids.polygons)) {
      if (pointInGeometry(lng, lat, poly as Poly)) return cb.onGrid(id);
    }
    for (const res of [8, 7]) {
      const cell = latLngToCell(lat, lng, res);
      if (index.has(cell)) return cb.onGrid(cell);
    }
  });
  map.on('mouseenter', 'retailer-point', () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', 'retailer-point', () => (map.getCanvas().style.cursor = ''));

  let pending = false;
  const selectionFeature = (sel: MapSelection): Feature | null => {
    if (!sel) return null;
    if (sel.kind === 'retailer') {
      return {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [sel.lng, sel.lat] },
      };
    }
    const imported = data?.grids.polygons[sel.id] as Feature['geometry'] | undefined;
    if (imported) return { type: 'Feature', properties: {}, geometry: imported };
    const ring = data ? gridRing(data, sel.id) : null;
    return ring
      ? { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }
      : null;
  };
  return {
    fitTo(b) {
      // On a phone the folded bottom sheet covers the map's lowest 3.5 rem.
      const phone = window.matchMedia('(max-width: 48rem)').matches;
      map.fitBounds(
        [
          [b[0], b[1]],
          [b[2], b[3]],
        ],
        {
          padding: { top: 32, left: 32, right: 32, bottom: phone ? 88 : 32 },
          duration: 600,
          maxZoom: 14,
        },
      );
    },
    select(sel) {
      onStyle(() => {
        const f = selectionFeature(sel);
        (map.getSource('selection') as maplibregl.GeoJSONSource | undefined)?.setData(
          f ? { type: 'FeatureCollection', features: [f] } : EMPTY,
        );
      });
    },
    show(d, raster, draw) {
      if (data) return;
      data = d;
      redraw = draw;
      d.grids.id.forEach((id, i) => index.set(id, i));
      const [w, n, e, s] = rasterFrame(d.bounds).corners;
      const nw = maplibregl.MercatorCoordinate.fromLngLat([w, n]);
      const se = maplibregl.MercatorCoordinate.fromLngLat([e, s]);
      onStyle(() => {
        performance.mark('xuke-map-show');
        shown = true;
        container.classList.remove('map-pending');
        follow();
        overview.update(raster, [nw.x, nw.y, se.x, se.y]);
        const [bw, bs, be, bn] = d.bounds;
        map.fitBounds(
          [
            [bw, bs],
            [be, bn],
          ],
          { padding: 24, duration: 0 },
        );
        map.once('idle', () => cb.onIdle?.(performance.now()));
      });
    },
    reportIdle() {
      map.once('idle', () => cb.onIdle?.(performance.now()));
    },
    setFilters(f) {
      const changed = JSON.stringify(f) !== JSON.stringify(filters);
      filters = f;
      if (!shown || !changed) return;
      repaintOverview();
      applyVectorFilters();
      if (detail) refreshRetailers();
    },
    updateGrid(id, count, capacity) {
      const i = index.get(id);
      if (!data || i === undefined) return null;
      data.grids.count[i] = count;
      data.grids.capacity[i] = capacity;
      const level = saturationLevel(Math.max(0, count), capacity);
      // Feature state, not setData: recolouring one hexagon without re-tiling the whole source.
      if (detail) map.setFeatureState({ source: 'grids', id }, { level });
      // Several events in one frame cost one overview repaint.
      if (!pending) {
        pending = true;
        requestAnimationFrame(() => {
          pending = false;
          repaintOverview();
        });
      }
      return level;
    },
    destroy() {
      resizes.disconnect();
      map.remove();
    },
  };
}
