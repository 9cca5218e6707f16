/**
 * Which grid a point belongs to: an imported official polygon where one covers it, otherwise the
 * H3 cell at its county's resolution. Computed once, when a location is set.
 */
import { pointInGeometry } from '../../../core/layout';
import type { GridKind } from '../../../core/layout-kinds';
import { getDb } from '../../db/client';
import { AppError } from '../../lib/errors';
import { allJurisdictions, nameOf } from '../jurisdictions/jurisdictions.repo';
import { cellOf } from './grids.service';

export interface PointGrid {
  gridId: string;
  kind: GridKind;
  res: number;
}

type Geometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** The grid id for a WGS-84 point in a county (null when the county is unknown). */
export async function gridOfPoint(
  d1: D1Database,
  lat: number,
  lng: number,
  county: string,
): Promise<PointGrid | null> {
  const [j, polys] = await d1.batch<{ h3_res?: number; id?: string; polygon_geojson?: string }>([
    d1.prepare("SELECT h3_res FROM jurisdictions WHERE code = ? AND kind != 'city'").bind(county),
    d1
      .prepare(
        `SELECT id, polygon_geojson FROM grids WHERE kind = 'polygon' AND min_lat <= ? AND max_lat >= ?
         AND min_lng <= ? AND max_lng >= ?`,
      )
      .bind(lat, lat, lng, lng),
  ]);
  const res = j?.results[0]?.h3_res;
  if (res === undefined) return null;
  for (const p of polys?.results ?? []) {
    if (!p.id || !p.polygon_geojson) continue;
    if (pointInGeometry(lng, lat, JSON.parse(p.polygon_geojson) as Geometry)) {
      return { gridId: p.id, kind: 'polygon', res };
    }
  }
  return { gridId: cellOf(lat, lng, res), kind: 'h3', res };
}

/**
 * The county that already owns the grid at this point, when it is not `county`: a point the
 * applicant placed in one county while naming another. Grids of both resolutions are asked
 * (districts use 8, counties 7), imported polygons first. Null when nothing contradicts.
 */
export async function countyConflict(
  d1: D1Database,
  lat: number,
  lng: number,
  county: string,
): Promise<string | null> {
  const cells = [7, 8].map((r) => cellOf(lat, lng, r));
  const [owners, polys] = await d1.batch<{
    jurisdiction_code: string;
    polygon_geojson?: string;
  }>([
    d1
      .prepare(`SELECT jurisdiction_code FROM grids WHERE id IN (?, ?) AND kind = 'h3'`)
      .bind(...cells),
    d1
      .prepare(
        `SELECT jurisdiction_code, polygon_geojson FROM grids WHERE kind = 'polygon'
         AND min_lat <= ? AND max_lat >= ? AND min_lng <= ? AND max_lng >= ?`,
      )
      .bind(lat, lat, lng, lng),
  ]);
  for (const p of polys?.results ?? []) {
    if (p.polygon_geojson && pointInGeometry(lng, lat, JSON.parse(p.polygon_geojson) as Geometry)) {
      return p.jurisdiction_code === county ? null : p.jurisdiction_code;
    }
  }
  const other = (owners?.results ?? []).find((o) => o.jurisdiction_code !== county);
  return other ? other.jurisdiction_code : null;
}

/** The refusal for a point that lies in `owner` while the form names another county. */
export async function countyMismatch(d1: D1Database, owner: string): Promise<AppError> {
  const name = nameOf(owner, await allJurisdictions(getDb(d1)));
  return new AppError('LOCATION_COUNTY_MISMATCH', [{ path: 'form.county', message: owner }], {
    zh: `所选位置属于${name}，与所选区县不一致。请将区县改为${name}，或重新选择店铺位置。`,
    en: `The chosen spot lies in ${name}, not in the chosen county. Choose ${name}, or choose the location again.`,
  });
}

/** Locates many points with one read of the counties and polygons (imports, benchmarks). */
export async function makeLocator(
  d1: D1Database,
): Promise<(lat: number, lng: number, county: string) => PointGrid | null> {
  const [units, polys] = await d1.batch<Record<string, unknown>>([
    d1.prepare("SELECT code, h3_res FROM jurisdictions WHERE kind != 'city'"),
    d1.prepare(
      `SELECT id, polygon_geojson, min_lng, min_lat, max_lng, max_lat FROM grids
       WHERE kind = 'polygon'`,
    ),
  ]);
  const res = new Map(
    ((units?.results ?? []) as { code: string; h3_res: number }[]).map((u) => [u.code, u.h3_res]),
  );
  const polygons = (
    (polys?.results ?? []) as {
      id: string;
      polygon_geojson: string;
      min_lng: number;
      min_lat: number;
      max_lng: number;
      max_lat: number;
    }[]
  ).map((p) => ({ ...p, geometry: JSON.parse(p.polygon_geojson) as Geometry }));
  return (lat, lng, county) => {
    const r = res.get(county);
    if (r === undefined) return null;
    for (const p of polygons) {
      if (lat < p.min_lat || lat > p.max_lat || lng < p.min_lng || lng > p.max_lng) continue;
      if (pointInGeometry(lng, lat, p.geometry)) return { gridId: p.id, kind: 'polygon', res: r };
    }
    return { gridId: cellOf(lat, lng, r), kind: 'h3', res: r };
  };
}
