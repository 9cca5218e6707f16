/**
 * The applicant's spot picker ("能否在此开店？"): a maplibre map in the same lazy chunk as the
 * staff map. Shows county outlines (or the configured basemap), the picked point, its grid's
 * hexagon coloured by the check's verdict, and the nearest retailers.
 */
import { cellToBoundary } from 'h3-js';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { SaturationLevel } from '@core/saturation';
import type { Basemap } from './maplibre-engine';
import { levelColour } from './map-style';

maplibregl.setWorkerUrl(workerUrl);

export interface PickerHandle {
  show(r: {
    lat: number;
    lng: number;
    gridId: string | null;
    level: SaturationLevel | null;
    nearest: { lat: number; lng: number }[];
  }): void;
  destroy(): void;
}

const empty = { type: 'FeatureCollection' as const, features: [] };

export function createPicker(
  container: HTMLElement,
  outlines: { outline: [number, number][] }[],
  basemap: Basemap | null,
  onPick: (lat: number, lng: number) => void,
): PickerHandle {
  const style: maplibregl.StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f6' } }],
  };
  if (basemap) {
    style.sources.basemap = {
      type: 'raster',
      tiles: [basemap.tiles],
      tileSize: 256,
      attribution: basemap.attribution,
    };
    style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
  }
  const map = new maplibregl.Map({
    container,
    style,
    center: [119.1, 36.6],
    zoom: 8,
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
    map.addSource('grid', { type: 'geojson', data: empty });
    map.addLayer({
      id: 'grid',
      type: 'fill',
      source: 'grid',
      paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.45 },
    });
    map.addSource('near', { type: 'geojson', data: empty });
    map.addLayer({
      id: 'near',
      type: 'circle',
      source: 'near',
      paint: { 'circle-color': '#0b4f8a', 'circle-radius': 5 },
    });
  });
  map.on('click', (e) => onPick(e.lngLat.lat, e.lngLat.lng));
  const marker = new maplibregl.Marker({ color: '#d0342c' });
  return {
    show(r) {
      marker.setLngLat([r.lng, r.lat]).addTo(map);
      const grid = map.getSource('grid') as maplibregl.GeoJSONSource | undefined;
      const near = map.getSource('near') as maplibregl.GeoJSONSource | undefined;
      grid?.setData(
        r.gridId && !r.gridId.startsWith('poly-') && r.level
          ? {
              type: 'FeatureCollection',
              features: [
                {
                  type: 'Feature',
                  properties: { colour: levelColour(r.level) },
                  geometry: { type: 'Polygon', coordinates: [cellToBoundary(r.gridId, true)] },
                },
              ],
            }
          : empty,
      );
      near?.setData({
        type: 'FeatureCollection',
        features: r.nearest.map((n) => ({
          type: 'Feature',
          properties: {},
          geometry: { type: 'Point', coordinates: [n.lng, n.lat] },
        })),
      });
      if (map.getZoom() < 14) map.easeTo({ center: [r.lng, r.lat], zoom: 15, duration: 300 });
    },
    destroy() {
      map.remove();
    },
  };
}
