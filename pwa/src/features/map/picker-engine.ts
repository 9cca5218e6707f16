/**
 * The applicant's spot picker map ("能否在此开店？", and the 新办 form's location): a maplibre
 * map in the same lazy chunk as the staff map. County outlines (or the configured basemap), a
 * red pin that follows the chosen spot (tap the map, or drag the pin), the grid of the last
 * layout check coloured by its verdict, and the nearest retailers.
 */
import { cellToBoundary } from 'h3-js';
import * as maplibregl from 'maplibre-gl';
import type { SaturationLevel } from '@core/saturation';
import { levelColour, type Basemap } from './map-style';
import { createOutlinedMap, type CountyOutline } from './outlined-map';

export interface PickerHandle {
  /** Puts the pin at a spot, bringing it into view close enough to place a shop. */
  setPoint(lat: number, lng: number): void;
  /** No spot chosen: the pin and the check's overlay go. */
  clearPoint(): void;
  /** The check's grid (by its verdict's colour) and nearest retailers around the pin. */
  showCheck(r: {
    gridId: string | null;
    tone: SaturationLevel | null;
    nearest: { lat: number; lng: number }[];
  }): void;
  clearCheck(): void;
  destroy(): void;
}

const empty = { type: 'FeatureCollection' as const, features: [] };
/** Close enough to tell one shop front from the next. */
const PLACE_ZOOM = 16;

/** An outline's area in square degrees (shoelace): only to rank labels, larger first. */
function ringArea(ring: readonly [number, number][]): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    a += x0 * y1 - x1 * y0;
  }
  return Math.abs(a) / 2;
}

/**
 * A county's name at the middle of its outline: a map with no basemap still says where it is.
 * Returns the label's element with its outline's area, or null for a degenerate outline.
 */
function countyLabel(
  map: maplibregl.Map,
  o: { name: string; outline: [number, number][] },
): { el: HTMLElement; area: number } | null {
  const ring = o.outline.slice(0, -1);
  if (ring.length < 3) return null;
  const x = ring.reduce((s, p) => s + p[0], 0) / ring.length;
  const y = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  const el = document.createElement('span');
  el.className = 'map-picker-label';
  el.textContent = o.name;
  // Names only: a tap on one still picks the spot beneath it.
  new maplibregl.Marker({ element: el }).setLngLat([x, y]).addTo(map);
  return { el, area: ringArea(ring) };
}

/**
 * Shows the labels that fit, in the order given, and hides any that would overlap one already
 * shown: at city zoom the small urban districts' names would print over each other
 * ("昌乐县奎文区"); zoomed in, they all show.
 */
function declutter(labels: readonly HTMLElement[]): void {
  const shown: DOMRect[] = [];
  for (const el of labels) {
    el.style.visibility = '';
    const r = el.getBoundingClientRect();
    const hit = shown.some(
      (s) => r.left < s.right && r.right > s.left && r.top < s.bottom && r.bottom > s.top,
    );
    if (hit) el.style.visibility = 'hidden';
    else shown.push(r);
  }
}

export function createPicker(
  container: HTMLElement,
  outlines: CountyOutline[],
  basemap: Basemap | null,
  onPick: (lat: number, lng: number) => void,
): PickerHandle {
  let loaded = false;
  const whenLoaded: (() => void)[] = [];
  const map = createOutlinedMap(container, outlines, basemap, (map) => {
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
      paint: {
        'circle-color': '#0b4f8a',
        'circle-radius': 5,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    });
    const labels = outlines
      .map((o) => countyLabel(map, o))
      .filter((l) => l !== null)
      .sort((a, b) => b.area - a.area)
      .map((l) => l.el);
    declutter(labels);
    map.on('moveend', () => declutter(labels));
    loaded = true;
    for (const f of whenLoaded.splice(0)) f();
  });
  const onLoad = (f: () => void) => (loaded ? f() : whenLoaded.push(f));
  map.on('click', (e) => onPick(e.lngLat.lat, e.lngLat.lng));
  const marker = new maplibregl.Marker({ color: '#d0342c', draggable: true });
  marker.getElement().setAttribute('data-testid', 'picker-pin');
  marker.on('dragend', () => {
    const p = marker.getLngLat();
    onPick(p.lat, p.lng);
  });
  const source = (id: string) => map.getSource(id) as maplibregl.GeoJSONSource | undefined;
  return {
    setPoint(lat, lng) {
      const was = marker.getLngLat() as maplibregl.LngLat | undefined;
      marker.setLngLat([lng, lat]).addTo(map);
      container.dataset.pin = `${lat.toFixed(6)},${lng.toFixed(6)}`;
      if (was && Math.abs(was.lat - lat) < 1e-9 && Math.abs(was.lng - lng) < 1e-9) return;
      const inView = map.getBounds().contains([lng, lat]);
      if (!inView || map.getZoom() < PLACE_ZOOM - 2) {
        map.easeTo({
          center: [lng, lat],
          zoom: Math.max(map.getZoom(), PLACE_ZOOM),
          duration: 400,
        });
      }
    },
    clearPoint() {
      marker.remove();
      delete container.dataset.pin;
      this.clearCheck();
    },
    showCheck(r) {
      onLoad(() => {
        source('grid')?.setData(
          r.gridId && !r.gridId.startsWith('poly-') && r.tone
            ? {
                type: 'FeatureCollection',
                features: [
                  {
                    type: 'Feature',
                    properties: { colour: levelColour(r.tone) },
                    geometry: { type: 'Polygon', coordinates: [cellToBoundary(r.gridId, true)] },
                  },
                ],
              }
            : empty,
        );
        source('near')?.setData({
          type: 'FeatureCollection',
          features: r.nearest.map((n) => ({
            type: 'Feature',
            properties: {},
            geometry: { type: 'Point', coordinates: [n.lng, n.lat] },
          })),
        });
      });
    },
    clearCheck() {
      onLoad(() => {
        source('grid')?.setData(empty);
        source('near')?.setData(empty);
      });
    },
    destroy() {
      map.remove();
    },
  };
}
