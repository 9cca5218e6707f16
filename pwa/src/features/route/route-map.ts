/**
 * The day's route on a map: the start, each stop as a numbered marker in visiting order, and
 * the legs between them as straight lines (distances are great-circle until a road service is
 * configured). Loaded with the route screen only.
 */
import * as maplibregl from 'maplibre-gl';
import type { Basemap } from '../map/map-style';
import { createOutlinedMap, type CountyOutline } from '../map/outlined-map';

export interface RouteMapHandle {
  show(
    start: [number, number],
    stops: { lngLat: [number, number]; label: string; late: boolean }[],
  ): void;
  destroy(): void;
}

export function createRouteMap(
  container: HTMLElement,
  outlines: CountyOutline[],
  basemap: Basemap | null,
): RouteMapHandle {
  let markers: maplibregl.Marker[] = [];
  let pending: (() => void) | null = null;
  let loaded = false;
  const map = createOutlinedMap(container, outlines, basemap, (map) => {
    map.addSource('legs', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: 'legs',
      type: 'line',
      source: 'legs',
      paint: { 'line-color': '#0b4f8a', 'line-width': 3, 'line-opacity': 0.8 },
    });
    loaded = true;
    container.dataset.ready = 'yes';
    pending?.();
    pending = null;
  });

  function draw(start: [number, number], stops: Parameters<RouteMapHandle['show']>[1]) {
    for (const m of markers) m.remove();
    markers = [];
    const home = document.createElement('span');
    home.className = 'route-marker route-marker-start';
    home.textContent = '起';
    markers.push(new maplibregl.Marker({ element: home }).setLngLat(start).addTo(map));
    stops.forEach((s) => {
      const el = document.createElement('span');
      el.className = `route-marker${s.late ? ' route-marker-late' : ''}`;
      el.textContent = s.label;
      el.dataset.testid = 'route-marker';
      markers.push(new maplibregl.Marker({ element: el }).setLngLat(s.lngLat).addTo(map));
    });
    const line = [start, ...stops.map((s) => s.lngLat)];
    (map.getSource('legs') as maplibregl.GeoJSONSource | undefined)?.setData({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: line },
    });
    const b = new maplibregl.LngLatBounds();
    for (const p of line) b.extend(p);
    if (!b.isEmpty()) map.fitBounds(b, { padding: 40, maxZoom: 15, duration: 0 });
  }

  return {
    show(start, stops) {
      if (loaded) draw(start, stops);
      else pending = () => draw(start, stops);
    },
    destroy() {
      map.remove();
    },
  };
}
