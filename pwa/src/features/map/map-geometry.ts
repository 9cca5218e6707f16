/**
 * Shapes the staff map zooms to and highlights: a county's extent, a grid's outline. Pure (no
 * maplibre), so it is tested in Node.
 */
import type { PreparedMap } from './map-prepare';

export type Bounds = [number, number, number, number];

/** West, south, east, north of a list of [lng, lat] points, or null for none. */
export function boundsOf(points: Iterable<readonly [number, number]>): Bounds | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [x, y] of points) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}

/** The extent of one county (its outline), or the whole map's for null / an unknown code. */
export function countyBounds(d: Pick<PreparedMap, 'counties' | 'bounds'>, code: string | null) {
  const c = code ? d.counties.find((x) => x.code === code) : undefined;
  return (c && boundsOf(c.outline)) ?? d.bounds;
}

/** A grid's outline as a closed ring of [lng, lat], or null if the map has no such grid. */
export function gridRing(d: Pick<PreparedMap, 'grids'>, id: string): [number, number][] | null {
  const i = d.grids.id.indexOf(id);
  if (i < 0) return null;
  const ring: [number, number][] = [];
  for (let k = d.grids.ringStart[i] ?? 0; k < (d.grids.ringStart[i + 1] ?? 0); k++) {
    ring.push([d.grids.ring[2 * k] ?? 0, d.grids.ring[2 * k + 1] ?? 0]);
  }
  const first = ring[0];
  if (!first) return null;
  ring.push(first);
  return ring;
}
