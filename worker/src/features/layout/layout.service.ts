/**
 * The layout check (PRODUCT.md §3): everything known about one point — its grid and colour, free
 * places or queue, nearest retailers, the school zone — and the verdict of core/layout. The
 * applicant's "can I open here?" screen and the submission gate call the same function.
 */
import { distanceMetres } from '../../../core/coords';
import { layoutVerdict, type LayoutVerdict } from '../../../core/layout';
import { COUNTING_SQL } from '../grids/grids.counts';
import { gridOfPoint } from '../grids/grids.locate';
import { NEW_GRID_CAPACITY } from '../grids/grids.service';
import { loadSettings } from '../grids/grids.settings';

export interface LayoutCheckInput {
  lat: number;
  lng: number;
  county: string;
}

export interface LayoutCheckResult extends LayoutVerdict {
  point: { lat: number; lng: number; county: string };
  grid: { id: string; kind: 'h3' | 'polygon'; capacity: number; count: number; exists: boolean };
  nearest: { name: string; address: string; distanceM: number; lat: number; lng: number }[];
  school: { name: string; kind: string; distanceM: number } | null;
  rules: { minSpacingM: number; schoolBufferM: number };
}

/** Retailers farther than this are not worth listing as "nearest". */
const SEARCH_M = 300;
const NEAREST = 5;

/** Degrees of latitude / longitude spanning `m` metres around `lat` (box for the index). */
function box(lat: number, m: number): { dLat: number; dLng: number } {
  const dLat = m / 111_320;
  return { dLat, dLng: dLat / Math.cos((lat * Math.PI) / 180) };
}

/** The layout check for one WGS-84 point; null when the county is unknown. */
export async function layoutCheck(
  d1: D1Database,
  input: LayoutCheckInput,
): Promise<LayoutCheckResult | null> {
  const { lat, lng, county } = input;
  const [settings, located] = await Promise.all([
    loadSettings(d1),
    gridOfPoint(d1, lat, lng, county),
  ]);
  if (!located) return null;
  const rules = settings.rules;
  const near = box(lat, SEARCH_M);
  const sch = box(lat, Math.max(rules.schoolBufferM, 100));
  const [gridRes, queueRes, retailRes, schoolRes] = await d1.batch<Record<string, unknown>>([
    d1.prepare('SELECT capacity, retailer_count FROM grids WHERE id = ?').bind(located.gridId),
    d1
      .prepare(
        `SELECT COUNT(*) AS n FROM applications WHERE grid_id = ? AND type = 'new'
         AND status IN ('accepted', 'inspection')`,
      )
      .bind(located.gridId),
    d1
      .prepare(
        `SELECT l.shop_name AS name, p.address, p.lat, p.lng FROM premises p
         JOIN licences l ON l.premises_id = p.id
         WHERE p.lat BETWEEN ? AND ? AND p.lng BETWEEN ? AND ? AND l.status IN ${COUNTING_SQL}`,
      )
      .bind(lat - near.dLat, lat + near.dLat, lng - near.dLng, lng + near.dLng),
    d1
      .prepare(
        `SELECT name, kind, lat, lng FROM schools WHERE lat BETWEEN ? AND ? AND lng BETWEEN ? AND ?`,
      )
      .bind(lat - sch.dLat, lat + sch.dLat, lng - sch.dLng, lng + sch.dLng),
  ]);
  const g = gridRes?.results[0] as { capacity: number; retailer_count: number } | undefined;
  const queue = Number((queueRes?.results[0] as { n: number } | undefined)?.n ?? 0);
  const nearest = (
    (retailRes?.results ?? []) as { name: string; address: string; lat: number; lng: number }[]
  )
    .map((r) => ({ ...r, distanceM: Math.round(distanceMetres(lat, lng, r.lat, r.lng) * 10) / 10 }))
    .filter((r) => r.distanceM <= SEARCH_M)
    .sort((a, b) => a.distanceM - b.distanceM)
    .slice(0, NEAREST);
  const school =
    ((schoolRes?.results ?? []) as { name: string; kind: string; lat: number; lng: number }[])
      .map((s) => ({
        name: s.name,
        kind: s.kind,
        distanceM: Math.round(distanceMetres(lat, lng, s.lat, s.lng) * 10) / 10,
      }))
      .sort((a, b) => a.distanceM - b.distanceM)[0] ?? null;
  const verdict = layoutVerdict({
    // A grid that does not exist yet is created on the first grant with NEW_GRID_CAPACITY places.
    grid: { capacity: g?.capacity ?? NEW_GRID_CAPACITY, count: g?.retailer_count ?? 0, queue },
    nearest,
    school,
    rules,
  });
  return {
    ...verdict,
    point: { lat, lng, county },
    grid: {
      id: located.gridId,
      kind: located.kind,
      capacity: g?.capacity ?? NEW_GRID_CAPACITY,
      count: g?.retailer_count ?? 0,
      exists: !!g,
    },
    nearest,
    school,
    rules,
  };
}
