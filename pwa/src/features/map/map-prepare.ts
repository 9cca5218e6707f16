/**
 * The staff map's download turned into what the engine draws: retailers decoded into typed
 * arrays, every grid's outline as one flat ring (as the download gives them; imported polygons
 * by their outer ring), and the bounds of the whole jurisdiction. Pure: it runs in the map's
 * data worker (map-data.worker.ts), or on the page where workers can't.
 */
import { decodeRetailers, type MapData, type Retailers } from './map-data';

type Geometry = MapData['grids']['polygons'][string];

export interface PreparedMap {
  seq: number | null;
  counties: MapData['counties'];
  statuses: readonly string[];
  grids: {
    id: string[];
    /** Index into `counties`. */
    county: Uint8Array;
    count: Int32Array;
    capacity: Int32Array;
    /** Grid i's outline: lng ring[2k], lat ring[2k+1] for ringStart[i] ≤ k < ringStart[i+1]. */
    ring: Float64Array;
    ringStart: Uint32Array;
    polygons: MapData['grids']['polygons'];
  };
  retailers: Retailers;
  /** West, south, east, north of every county outline and retailer. */
  bounds: [number, number, number, number];
}

function outerRing(g: Geometry): [number, number][] {
  const c = g.coordinates as [number, number][][] | [number, number][][][];
  return ((g.type === 'Polygon' ? c[0] : c[0]?.[0]) ?? []) as [number, number][];
}

/** Every grid's outline, flat: the download's delta-coded ones, imported polygons' outer ring. */
function outlines(d: MapData): { ring: Float64Array; ringStart: Uint32Array } {
  const n = d.grids.id.length;
  const counts = d.grids.outline.n;
  const deltas = d.grids.outline.d;
  const extra: ([number, number][] | null)[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const id = d.grids.id[i] ?? '';
    const poly = d.grids.polygons[id];
    const r = poly ? outerRing(poly) : null;
    extra.push(r);
    total += r ? r.length : (counts[i] ?? 0);
  }
  const ring = new Float64Array(total * 2);
  const ringStart = new Uint32Array(n + 1);
  let k = 0;
  let j = 0;
  let x = Math.round(d.origin[0] * d.scale);
  let y = Math.round(d.origin[1] * d.scale);
  for (let i = 0; i < n; i++) {
    ringStart[i] = k;
    const r = extra[i];
    if (r) {
      for (const [lng, lat] of r) {
        ring[2 * k] = lng;
        ring[2 * k + 1] = lat;
        k++;
      }
      continue;
    }
    for (let v = 0; v < (counts[i] ?? 0); v++) {
      x += deltas[j++] ?? 0;
      y += deltas[j++] ?? 0;
      ring[2 * k] = x / d.scale;
      ring[2 * k + 1] = y / d.scale;
      k++;
    }
  }
  ringStart[n] = k;
  return { ring, ringStart };
}

export function prepareMap(d: MapData): PreparedMap {
  const { ring, ringStart } = outlines(d);
  const retailers = decodeRetailers(d);
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let no = -Infinity;
  const extend = (x: number, y: number) => {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    no = Math.max(no, y);
  };
  for (const c of d.counties) for (const [x, y] of c.outline) extend(x, y);
  for (let i = 0; i < retailers.lng.length; i += 50)
    extend(retailers.lng[i] ?? 0, retailers.lat[i] ?? 0);
  const bounds: PreparedMap['bounds'] = Number.isFinite(w)
    ? [w, s, e, no]
    : [118.9, 36.4, 119.3, 36.8];

  return {
    seq: d.seq ?? null,
    counties: d.counties,
    statuses: d.statuses,
    grids: {
      id: d.grids.id,
      county: Uint8Array.from(d.grids.county),
      count: Int32Array.from(d.grids.count),
      capacity: Int32Array.from(d.grids.capacity),
      ring,
      ringStart,
      polygons: d.grids.polygons,
    },
    retailers,
    bounds,
  };
}
