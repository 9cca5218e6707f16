/**
 * Which grid and which county a point belongs to: an imported official polygon where one covers
 * it, otherwise the H3 cell at its county's resolution; the county by core's rule
 * (core/county.ts). Computed once, when a location is set.
 */
import { cellToLatLng } from 'h3-js';
import type { CountyAnswer } from '../../../core/api-answers';
import { countyOfPoint, type CountyEvidence } from '../../../core/county';
import { pointInGeometry } from '../../../core/layout';
import type { GridKind } from '../../../core/layout-kinds';
import { getDb } from '../../db/client';
import { AppError } from '../../lib/errors';
import {
  allJurisdictions,
  nameOf,
  type JurisdictionRow,
} from '../jurisdictions/jurisdictions.repo';
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

/** The statements that read what core's county rule needs at a point: its grids, polygons. */
function evidenceStatements(d1: D1Database, lat: number, lng: number): D1PreparedStatement[] {
  // Finer cells first: a district's resolution-8 grid is more precise than a county's 7.
  const cells = [8, 7].map((r) => cellOf(lat, lng, r));
  return [
    d1
      .prepare(`SELECT id, jurisdiction_code FROM grids WHERE id IN (?, ?) AND kind = 'h3'`)
      .bind(...cells),
    d1
      .prepare(
        `SELECT id, jurisdiction_code, polygon_geojson FROM grids WHERE kind = 'polygon'
         AND min_lat <= ? AND max_lat >= ? AND min_lng <= ? AND max_lng >= ?`,
      )
      .bind(lat, lat, lng, lng),
  ];
}

type OwnerRow = { id: string; jurisdiction_code: string; polygon_geojson?: string };

function evidenceOf(
  lat: number,
  lng: number,
  owners: OwnerRow[],
  polys: OwnerRow[],
  units: JurisdictionRow[],
): CountyEvidence {
  const cells = [8, 7].map((r) => cellOf(lat, lng, r));
  const polygon =
    polys.find(
      (p) =>
        p.polygon_geojson && pointInGeometry(lng, lat, JSON.parse(p.polygon_geojson) as Geometry),
    )?.jurisdiction_code ?? null;
  const byCell = new Map(owners.map((o) => [o.id, o.jurisdiction_code]));
  const [cLat, cLng] = cellToLatLng(cells[1] as string);
  return {
    polygon,
    grids: cells.map((c) => byCell.get(c)).filter((c): c is string => !!c),
    // No county outlines are imported today (README, "County outlines").
    outlines: [],
    seats: units.map((u) => ({ code: u.code, seat: [u.seatLng, u.seatLat] })),
    from: { lat: cLat, lng: cLng },
  };
}

/**
 * Core's county rule for many WGS-84 points in one D1 round trip, with names; null for a point
 * the rule places outside the city.
 */
export async function countiesAt(
  d1: D1Database,
  points: { lat: number; lng: number }[],
): Promise<(CountyAnswer | null)[]> {
  if (points.length === 0) return [];
  const units = (await allJurisdictions(getDb(d1))).filter((j) => j.kind !== 'city');
  const results = await d1.batch<OwnerRow>(
    points.flatMap((p) => evidenceStatements(d1, p.lat, p.lng)),
  );
  const named = (code: string) => ({ code, name: nameOf(code, units) });
  return points.map((p, i) => {
    const e = evidenceOf(
      p.lat,
      p.lng,
      results[2 * i]?.results ?? [],
      results[2 * i + 1]?.results ?? [],
      units,
    );
    const r = countyOfPoint(p.lat, p.lng, e);
    return r.inside
      ? { county: named(r.county), source: r.source, candidates: r.candidates.map(named) }
      : null;
  });
}

/**
 * Where a WGS-84 point lies by core's county rule, with names; LOCATION_OUTSIDE_CITY (naming the
 * city) when the rule places it in none of the city's units.
 */
export async function countyAt(
  d1: D1Database,
  lat: number,
  lng: number,
  latPath = 'lat',
): Promise<CountyAnswer> {
  const [answer] = await countiesAt(d1, [{ lat, lng }]);
  if (!answer) throw await outsideCity(d1, latPath);
  return answer;
}

/**
 * The county a form may use for a point: `named` when the rule allows it there, else the
 * refusal naming the county the point lies in (LOCATION_COUNTY_MISMATCH). Without `named`, the
 * rule's own choice.
 */
export async function countyFor(
  d1: D1Database,
  lat: number,
  lng: number,
  named?: string,
  /** Where the point sits in the request, for the refusal's issue (`form.lat` in a form). */
  latPath = 'lat',
): Promise<{ code: string; answer: CountyAnswer }> {
  const answer = await countyAt(d1, lat, lng, latPath);
  if (named === undefined) return { code: answer.county.code, answer };
  if (!answer.candidates.some((c) => c.code === named)) {
    throw countyMismatch(answer.county.name, answer.county.code);
  }
  return { code: named, answer };
}

/** The refusal for a point outside the city, naming it: "不在潍坊市范围内". */
export async function outsideCity(d1: D1Database, path = 'lat'): Promise<AppError> {
  const city = (await allJurisdictions(getDb(d1))).find((j) => j.kind === 'city');
  const zh = city?.name ?? '本市';
  return new AppError('LOCATION_OUTSIDE_CITY', [{ path, message: 'outside the city' }], {
    zh: `该位置不在${zh}范围内。请在${zh}境内重新选择店铺位置。`,
    en: `This spot is outside ${city ? zh : 'the city'}. Choose a spot inside the city.`,
  });
}

/** The refusal for a point that lies in `owner` while the form names another county. */
export function countyMismatch(name: string, owner: string): AppError {
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
