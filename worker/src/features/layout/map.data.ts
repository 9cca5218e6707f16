/**
 * What a staff map downloads for its whole jurisdiction, in one compact columnar JSON: retailer
 * points as delta-coded integers (≈1 m steps), grids as ids, two numbers and their delta-coded
 * outline (computed here once and cached, rather than by h3-js in every browser), county
 * outlines as convex hulls of their grid cells. ~40,000 retailers and ~5,000 grids come to about
 * 200 KB gzipped instead of megabytes of GeoJSON.
 */
import { cellToBoundary } from 'h3-js';
import { LICENCE_STATUSES } from '../../../core/business-types';
import { convexHull } from '../../../core/layout';
import type { MapData } from '../../../core/map-data';

export type { MapData };

/** Coordinates are sent as integers of 1e-5 degree (≈1.1 m north–south at Weifang). */
export const MAP_SCALE = 1e5;

export async function mapData(
  d1: D1Database,
  counties: string[],
  seq: number | null,
): Promise<MapData> {
  const marks = counties.map(() => '?').join(',');
  const [units, grids, points] = await d1.batch<Record<string, unknown>>([
    d1
      .prepare(`SELECT code, name FROM jurisdictions WHERE code IN (${marks}) ORDER BY code`)
      .bind(...counties),
    d1
      .prepare(
        `SELECT id, jurisdiction_code AS c, kind, capacity, retailer_count AS n, polygon_geojson AS g
         FROM grids WHERE jurisdiction_code IN (${marks}) ORDER BY id`,
      )
      .bind(...counties),
    // Sorted by longitude so the x deltas stay small; y deltas are relative to the previous point.
    d1
      .prepare(
        `SELECT p.lng AS x, p.lat AS y, p.jurisdiction_code AS c, l.status AS s
         FROM licences l JOIN premises p ON p.id = l.premises_id
         WHERE p.jurisdiction_code IN (${marks}) ORDER BY p.lng, p.lat`,
      )
      .bind(...counties),
  ]);
  const unitRows = (units?.results ?? []) as { code: string; name: string }[];
  const countyIdx = new Map(unitRows.map((u, i) => [u.code, i]));
  const gridRows = (grids?.results ?? []) as {
    id: string;
    c: string;
    kind: string;
    capacity: number;
    n: number;
    g: string | null;
  }[];
  const rows = (points?.results ?? []) as { x: number; y: number; c: string; s: string }[];
  const origin: [number, number] = rows[0] ? [rows[0].x, rows[0].y] : [119.16, 36.71];
  const hullPts: [number, number][][] = unitRows.map(() => []);
  const out: MapData['grids'] = {
    id: [],
    county: [],
    capacity: [],
    count: [],
    polygons: {},
    outline: { n: [], d: [] },
  };
  let ox = Math.round(origin[0] * MAP_SCALE);
  let oy = Math.round(origin[1] * MAP_SCALE);
  for (const g of gridRows) {
    const ci = countyIdx.get(g.c) ?? 0;
    out.id.push(g.id);
    out.county.push(ci);
    out.capacity.push(g.capacity);
    out.count.push(g.n);
    if (g.kind === 'polygon' && g.g) {
      out.polygons[g.id] = JSON.parse(g.g) as MapData['grids']['polygons'][string];
      out.outline.n.push(0);
      continue;
    }
    const ring = cellToBoundary(g.id);
    out.outline.n.push(ring.length);
    for (const [la, ln] of ring) {
      hullPts[ci]?.push([ln, la]);
      const x = Math.round(ln * MAP_SCALE);
      const y = Math.round(la * MAP_SCALE);
      out.outline.d.push(x - ox, y - oy);
      ox = x;
      oy = y;
    }
  }
  const r: MapData['retailers'] = { dx: [], dy: [], status: [], county: [] };
  let px = Math.round(origin[0] * MAP_SCALE);
  let py = Math.round(origin[1] * MAP_SCALE);
  const statusIdx = new Map<string, number>(LICENCE_STATUSES.map((s, i) => [s, i]));
  for (const p of rows) {
    const x = Math.round(p.x * MAP_SCALE);
    const y = Math.round(p.y * MAP_SCALE);
    r.dx.push(x - px);
    r.dy.push(y - py);
    px = x;
    py = y;
    r.status.push(statusIdx.get(p.s) ?? 0);
    r.county.push(countyIdx.get(p.c) ?? 0);
  }
  return {
    seq,
    scale: MAP_SCALE,
    origin,
    counties: unitRows.map((u, i) => ({
      code: u.code,
      name: u.name,
      outline: convexHull(hullPts[i] ?? []).map(
        ([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5] as [number, number],
      ),
    })),
    statuses: LICENCE_STATUSES,
    grids: out,
    retailers: r,
  };
}

/** Every county's outline (convex hull of its grid cells), for maps without a basemap. */
export async function countyOutlines(
  d1: D1Database,
): Promise<{ code: string; name: string; outline: [number, number][] }[]> {
  const [units, grids] = await d1.batch<Record<string, unknown>>([
    d1.prepare("SELECT code, name FROM jurisdictions WHERE kind != 'city' ORDER BY code"),
    d1.prepare("SELECT id, jurisdiction_code AS c FROM grids WHERE kind = 'h3'"),
  ]);
  const pts = new Map<string, [number, number][]>();
  for (const g of (grids?.results ?? []) as { id: string; c: string }[]) {
    const list = pts.get(g.c) ?? [];
    for (const [la, ln] of cellToBoundary(g.id)) list.push([ln, la]);
    pts.set(g.c, list);
  }
  return ((units?.results ?? []) as { code: string; name: string }[]).map((u) => ({
    ...u,
    outline: convexHull(pts.get(u.code) ?? []).map(
      ([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5] as [number, number],
    ),
  }));
}
