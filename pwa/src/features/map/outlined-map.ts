/**
 * A maplibre map of the city framed by its county outlines (dashed), with the basemap if one is
 * configured: the common start of the spot picker and the day route. `onLoad` runs once the
 * style is ready (the outlines layer is in by then).
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { baseStyle, type Basemap } from './map-style';

maplibregl.setWorkerUrl(workerUrl);

export type CountyOutline = { name: string; outline: [number, number][] };

export function createOutlinedMap(
  container: HTMLElement,
  outlines: CountyOutline[],
  basemap: Basemap | null,
  onLoad: (map: maplibregl.Map) => void,
): maplibregl.Map {
  const bounds = new maplibregl.LngLatBounds();
  for (const o of outlines) for (const p of o.outline) bounds.extend(p);
  const map = new maplibregl.Map({
    container,
    style: baseStyle(basemap),
    ...(bounds.isEmpty()
      ? { center: [119.1, 36.6] as [number, number], zoom: 8 }
      : { bounds, fitBoundsOptions: { padding: 16 } }),
    attributionControl: false,
  });
  map.addControl(new maplibregl.AttributionControl({ compact: true }));
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.on('load', () => {
    map.addSource('outlines', {
      type: 'geojson',
      data: {
        type: 'FeatureCollection',
        features: outlines.map((o) => ({
          type: 'Feature',
          properties: {},
          geometry: { type: 'Polygon', coordinates: [o.outline] },
        })),
      },
    });
    map.addLayer({
      id: 'outlines',
      type: 'line',
      source: 'outlines',
      paint: { 'line-color': '#51606f', 'line-dasharray': [3, 2] },
    });
    onLoad(map);
  });
  return map;
}
