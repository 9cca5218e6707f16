/**
 * Everything that touches maplibre-gl. Imported only dynamically (from map-view.tsx), so the
 * ~1 MB library and its worker stay out of the first download; the service worker caches this
 * chunk on first use. No basemap and no glyph server: the map must run fully offline, so the
 * points carry no map labels and their names live in the HTML list beside the map.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Jurisdictions } from '../staff/jurisdictions';

maplibregl.setWorkerUrl(workerUrl);

export interface MapHandle {
  select(code: string | null): void;
  destroy(): void;
}

const STYLE: maplibregl.StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e8eef4' } }],
};

export function createMap(
  container: HTMLElement,
  data: Jurisdictions,
  onSelect: (code: string) => void,
): MapHandle {
  const centre = data.city?.centre ?? data.units[0]?.seat ?? [119.1622, 36.7065];
  const map = new maplibregl.Map({
    container,
    style: STYLE,
    center: centre,
    zoom: 7.6,
    attributionControl: false,
    // CJK names drawn locally if labels are ever added, never fetched from a glyph server.
    localIdeographFontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');

  map.on('load', () => {
    map.addSource('units', {
      type: 'geojson',
      promoteId: 'code',
      data: {
        type: 'FeatureCollection',
        features: data.units.map((u) => ({
          type: 'Feature',
          properties: { code: u.code, name: u.name, kind: u.kind },
          geometry: { type: 'Point', coordinates: u.seat },
        })),
      },
    });
    map.addLayer({
      id: 'unit-points',
      type: 'circle',
      source: 'units',
      paint: {
        'circle-radius': ['case', ['boolean', ['feature-state', 'selected'], false], 11, 7],
        'circle-color': ['match', ['get', 'kind'], 'district', '#0b4f8a', '#2f7d4f'],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    });
    const bounds = new maplibregl.LngLatBounds();
    for (const u of data.units) bounds.extend(u.seat);
    if (!bounds.isEmpty()) map.fitBounds(bounds, { padding: 48, duration: 0 });
  });

  map.on('click', 'unit-points', (e) => {
    const code = e.features?.[0]?.properties?.code;
    if (typeof code === 'string') onSelect(code);
  });
  map.on('mouseenter', 'unit-points', () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', 'unit-points', () => (map.getCanvas().style.cursor = ''));

  let selected: string | null = null;
  const popup = new maplibregl.Popup({ closeButton: false, offset: 12 });

  return {
    select(code) {
      if (selected && map.getSource('units')) {
        map.setFeatureState({ source: 'units', id: selected }, { selected: false });
      }
      selected = code;
      const unit = data.units.find((u) => u.code === code);
      if (!unit) {
        popup.remove();
        return;
      }
      if (map.getSource('units')) {
        map.setFeatureState({ source: 'units', id: unit.code }, { selected: true });
      }
      popup.setLngLat(unit.seat).setText(unit.name).addTo(map);
      map.easeTo({ center: unit.seat, duration: 400 });
    },
    destroy() {
      popup.remove();
      map.remove();
    },
  };
}
