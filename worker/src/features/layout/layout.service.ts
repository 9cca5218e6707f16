/**
 * The layout check (PRODUCT.md §3): everything known about one point — its grid and colour, free
 * places or queue, nearest retailers, the school zone — and the verdict of core/layout. The
 * applicant's "can I open here?" screen and the submission gate call the same function.
 *
 * Each D1 round trip costs milliseconds, so the usual case is ONE batch: the H3 cell is computed
 * here (county resolutions are cached reference data) and every query runs together; only a
 * point inside an imported polygon needs a second batch for that polygon's numbers.
 */
import { distanceMetres } from '../../../core/coords';
import type { LayoutCheckResult } from '../../../core/api';
import { layoutVerdict, pointInGeometry } from '../../../core/layout';
import type { GridKind, SchoolKind } from '../../../core/layout-kinds';
import { COUNTING_SQL } from '../grids/grids.counts';
import { cellOf, NEW_GRID_CAPACITY } from '../grids/grids.service';
import { DEFAULT_SETTINGS, layoutSettingsSchema } from '../grids/grids.settings';

export interface LayoutCheckInput {
  lat: number;
  lng: number;
  county: string;
  /** A licence not to count as a neighbour: the one a decided case was granted at this point. */
  excludeLicenceId?: string | null;
}

export type { LayoutCheckResult };

/** Retailers farther than this are not worth listing as "nearest". */
const SEARCH_M = 300;
/** The school buffer is at most 1,000 m (core/layout); search that far and filter in code. */
const SCHOOL_SEARCH_M = 1000;
const NEAREST = 5;

function box(lat: number, m: number): { dLat: number; dLng: number } {
  const dLat = m / 111_320;
  return { dLat, dLng: dLat / Math.cos((lat * Math.PI) / 180) };
}

// County resolutions change only by an admin's migration-level decision: cache them a minute.
let resCache: { at: number; res: Map<string, number> } | null = null;
async function countyRes(d1: D1Database): Promise<Map<string, number>> {
  if (resCache && Date.now() - resCache.at < 60_000) return resCache.res;
  const rows = await d1
    .prepare("SELECT code, h3_res FROM jurisdictions WHERE kind != 'city'")
    .all<{ code: string; h3_res: number }>();
  resCache = { at: Date.now(), res: new Map(rows.results.map((r) => [r.code, r.h3_res])) };
  return resCache.res;
}

const gridSql = 'SELECT capacity, retailer_count FROM grids WHERE id = ?';
const queueSql = `SELECT COUNT(*) AS n FROM applications WHERE grid_id = ? AND type = 'new'
  AND status IN ('accepted', 'inspection')`;

/** The layout check for one WGS-84 point; null when the county is unknown. */
export async function layoutCheck(
  d1: D1Database,
  input: LayoutCheckInput,
): Promise<LayoutCheckResult | null> {
  const { lat, lng, county } = input;
  const res = (await countyRes(d1)).get(county);
  if (res === undefined) return null;
  let gridId = cellOf(lat, lng, res);
  let kind: GridKind = 'h3';
  const near = box(lat, SEARCH_M);
  const sch = box(lat, SCHOOL_SEARCH_M);
  const rows = await d1.batch<Record<string, unknown>>([
    d1.prepare("SELECT settings_json FROM layout_settings WHERE id = 'city'"),
    d1
      .prepare(
        `SELECT id, polygon_geojson FROM grids WHERE kind = 'polygon' AND min_lat <= ? AND max_lat >= ?
         AND min_lng <= ? AND max_lng >= ?`,
      )
      .bind(lat, lat, lng, lng),
    d1.prepare(gridSql).bind(gridId),
    d1.prepare(queueSql).bind(gridId),
    d1
      .prepare(
        `SELECT l.shop_name AS name, p.address, p.lat, p.lng FROM premises p
         JOIN licences l ON l.premises_id = p.id
         WHERE p.lat BETWEEN ? AND ? AND p.lng BETWEEN ? AND ? AND l.status IN ${COUNTING_SQL}
           AND l.id IS NOT ?`,
      )
      .bind(
        lat - near.dLat,
        lat + near.dLat,
        lng - near.dLng,
        lng + near.dLng,
        input.excludeLicenceId ?? null,
      ),
    d1
      .prepare(
        'SELECT name, kind, lat, lng FROM schools WHERE lat BETWEEN ? AND ? AND lng BETWEEN ? AND ?',
      )
      .bind(lat - sch.dLat, lat + sch.dLat, lng - sch.dLng, lng + sch.dLng),
  ]);
  const [settingsRes, polyRes, gridRes, queueRes, retailRes, schoolRes] = rows.map(
    (r) => r.results,
  );
  const settingsJson = (settingsRes?.[0] as { settings_json?: string } | undefined)?.settings_json;
  const parsed = settingsJson ? layoutSettingsSchema.safeParse(JSON.parse(settingsJson)) : null;
  const rules = parsed?.success ? parsed.data.rules : DEFAULT_SETTINGS.rules;
  let g = gridRes?.[0] as { capacity: number; retailer_count: number } | undefined;
  let queue = Number((queueRes?.[0] as { n: number } | undefined)?.n ?? 0);
  // An imported official polygon takes precedence over the H3 cell.
  for (const p of (polyRes ?? []) as { id: string; polygon_geojson: string }[]) {
    if (
      !pointInGeometry(
        lng,
        lat,
        JSON.parse(p.polygon_geojson) as Parameters<typeof pointInGeometry>[2],
      )
    )
      continue;
    gridId = p.id;
    kind = 'polygon';
    const [pg, pq] = await d1.batch<Record<string, unknown>>([
      d1.prepare(gridSql).bind(gridId),
      d1.prepare(queueSql).bind(gridId),
    ]);
    g = pg?.results[0] as typeof g;
    queue = Number((pq?.results[0] as { n: number } | undefined)?.n ?? 0);
    break;
  }
  const nearest = (
    (retailRes ?? []) as { name: string; address: string; lat: number; lng: number }[]
  )
    .map((r) => ({ ...r, distanceM: Math.round(distanceMetres(lat, lng, r.lat, r.lng) * 10) / 10 }))
    .filter((r) => r.distanceM <= SEARCH_M)
    .sort((a, b) => a.distanceM - b.distanceM)
    .slice(0, NEAREST);
  const school =
    ((schoolRes ?? []) as { name: string; kind: SchoolKind; lat: number; lng: number }[])
      .map((s) => ({
        name: s.name,
        kind: s.kind,
        distanceM: Math.round(distanceMetres(lat, lng, s.lat, s.lng) * 10) / 10,
      }))
      .sort((a, b) => a.distanceM - b.distanceM)[0] ?? null;
  // A grid that does not exist yet is created on the first grant with NEW_GRID_CAPACITY places.
  const capacity = g?.capacity ?? NEW_GRID_CAPACITY;
  const count = g?.retailer_count ?? 0;
  const verdict = layoutVerdict({ grid: { capacity, count, queue }, nearest, school, rules });
  return {
    ...verdict,
    point: { lat, lng, county },
    grid: { id: gridId, kind, capacity, count, exists: !!g },
    nearest,
    school,
    rules,
  };
}
