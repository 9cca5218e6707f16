import { latLngToCell } from 'h3-js';

/** Capacity given to a grid that did not exist before (a cell with no computed capacity yet). */
export const NEW_GRID_CAPACITY = 3;

/** The H3 cell of a WGS-84 point at a county's grid resolution. */
export function cellOf(lat: number, lng: number, res: number): string {
  return latLngToCell(lat, lng, res);
}

/**
 * Creates the grid of a cell when it does not exist yet, so the layout gate always has a row to
 * count against. Until the yearly capacity recompute covers it, it gets NEW_GRID_CAPACITY.
 * `at` is the app clock's now (lib/clock.ts), never the database's.
 */
export function ensureGrid(
  d1: D1Database,
  gridId: string,
  jurisdictionCode: string,
  res: number,
  at: string,
): D1PreparedStatement {
  return d1
    .prepare(
      `INSERT OR IGNORE INTO grids (id, jurisdiction_code, kind, h3_res, capacity_computed, capacity,
         updated_at)
       VALUES (?, ?, 'h3', ?, ?, ?, ?)`,
    )
    .bind(gridId, jurisdictionCode, res, NEW_GRID_CAPACITY, NEW_GRID_CAPACITY, at);
}

/** Moves a grid's saturation count by `delta` (a licence started or stopped counting) at `at`. */
export function bumpGrid(
  d1: D1Database,
  gridId: string,
  delta: 1 | -1,
  at: string,
): D1PreparedStatement {
  return d1
    .prepare(
      `UPDATE grids SET retailer_count = MAX(0, retailer_count + ?), updated_at = ? WHERE id = ?`,
    )
    .bind(delta, at, gridId);
}

export interface GridRow {
  id: string;
  jurisdiction_code: string;
  capacity: number;
  retailer_count: number;
}

export async function findGrid(d1: D1Database, id: string): Promise<GridRow | null> {
  return d1
    .prepare('SELECT id, jurisdiction_code, capacity, retailer_count FROM grids WHERE id = ?')
    .bind(id)
    .first<GridRow>();
}

/** Cases waiting for a place in a grid (轮候), in order of acceptance. */
export async function gridQueue(
  d1: D1Database,
  gridId: string,
): Promise<{ id: string; ref: string; accepted_on: string }[]> {
  const res = await d1
    .prepare(
      `SELECT id, ref, accepted_on FROM applications
       WHERE grid_id = ? AND type = 'new' AND status IN ('accepted', 'inspection')
       ORDER BY accepted_on, ref`,
    )
    .bind(gridId)
    .all<{ id: string; ref: string; accepted_on: string }>();
  return res.results;
}
