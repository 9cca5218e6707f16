/**
 * The yearly capacity recompute: previewed first ("what if": which grids change colour), then
 * applied in one action. Overrides stay in force; only the computed value moves.
 */
import { computeCapacity, effectiveCapacity, type CapacityWeights } from '../../../core/capacity';
import type { RecomputeChange, RecomputePreviewView } from '../../../core/api';
import { saturationLevel } from '../../../core/saturation';
import { saveSettingsStatement, type LayoutSettings } from './grids.settings';

export interface GridCapacityRow {
  id: string;
  jurisdiction_code: string;
  population: number;
  location_class: string;
  consumption_index: number;
  operating_cost_index: number;
  capacity_computed: number;
  capacity_override: number | null;
  capacity: number;
  retailer_count: number;
}

/** One grid's new capacity under the plan (core's RecomputeChange: the preview shows it). */
export type CapacityChange = RecomputeChange;

const COLS = `id, jurisdiction_code, population, location_class, consumption_index,
  operating_cost_index, capacity_computed, capacity_override, capacity, retailer_count`;

/** Every grid's new capacity under `weights`, and what it would do to the colours. */
export async function planRecompute(
  d1: D1Database,
  weights: CapacityWeights,
): Promise<{ all: CapacityChange[]; preview: RecomputePreviewView }> {
  const rows = (await d1.prepare(`SELECT ${COLS} FROM grids`).all<GridCapacityRow>()).results;
  const all: CapacityChange[] = [];
  const colourShifts: Record<string, number> = {};
  for (const g of rows) {
    const computed = computeCapacity(inputsOf(g), weights).computed;
    const to = effectiveCapacity(computed, g.capacity_override);
    if (computed === g.capacity_computed && to === g.capacity) continue;
    const levelFrom = saturationLevel(g.retailer_count, g.capacity);
    const levelTo = saturationLevel(g.retailer_count, to);
    if (levelFrom !== levelTo) {
      const k = `${levelFrom}>${levelTo}`;
      colourShifts[k] = (colourShifts[k] ?? 0) + 1;
    }
    all.push({
      id: g.id,
      county: g.jurisdiction_code,
      count: g.retailer_count,
      from: g.capacity,
      to,
      levelFrom,
      levelTo,
      computedTo: computed,
    });
  }
  const sorted = [...all].sort(
    (a, b) => Number(b.levelFrom !== b.levelTo) - Number(a.levelFrom !== a.levelTo),
  );
  return {
    all,
    preview: {
      grids: rows.length,
      changed: all.length,
      colourShifts,
      changes: await describe(d1, sorted.slice(0, PREVIEW_LIMIT)),
    },
  };
}

/** How many changes the preview lists (colour changes first); `changed` has the total. */
export const PREVIEW_LIMIT = 2000;

/** The listed changes with their county's name and, for imported units, their outline. */
async function describe(d1: D1Database, changes: CapacityChange[]): Promise<CapacityChange[]> {
  const names = await d1
    .prepare('SELECT code, name FROM jurisdictions')
    .all<{ code: string; name: string }>();
  const nameOf = new Map(names.results.map((j) => [j.code, j.name]));
  const polys = changes.filter((c) => c.id.startsWith('poly-')).map((c) => c.id);
  const shapes = new Map<string, unknown>();
  for (let i = 0; i < polys.length; i += 90) {
    const part = polys.slice(i, i + 90);
    const res = await d1
      .prepare(
        `SELECT id, polygon_geojson FROM grids WHERE id IN (${part.map(() => '?').join(',')})`,
      )
      .bind(...part)
      .all<{ id: string; polygon_geojson: string | null }>();
    for (const r of res.results) {
      if (r.polygon_geojson) shapes.set(r.id, JSON.parse(r.polygon_geojson));
    }
  }
  return changes.map((c) => ({
    ...c,
    countyName: nameOf.get(c.county) ?? c.county,
    ...(shapes.has(c.id) ? { geometry: shapes.get(c.id) } : {}),
  }));
}

/**
 * Statements that write a recompute plan. The changes travel as one JSON parameter (D1 binds at
 * most 100 values per statement), 2,000 grids per UPDATE.
 */
export function applyStatements(
  d1: D1Database,
  all: CapacityChange[],
  now: string,
): D1PreparedStatement[] {
  const out: D1PreparedStatement[] = [];
  for (let i = 0; i < all.length; i += 2000) {
    const json = JSON.stringify(all.slice(i, i + 2000).map((c) => [c.id, c.computedTo, c.to]));
    out.push(
      d1
        .prepare(
          `UPDATE grids SET capacity_computed = json_extract(j.value, '$[1]'),
             capacity = json_extract(j.value, '$[2]'), updated_at = ?
           FROM json_each(?) AS j WHERE grids.id = json_extract(j.value, '$[0]')`,
        )
        .bind(now, json),
    );
  }
  return out;
}

/** Applies a recompute: the new settings and every grid's capacity land together or not at all. */
export async function applyRecompute(
  d1: D1Database,
  settings: LayoutSettings,
  by: string,
  all: CapacityChange[],
  now: string,
): Promise<void> {
  await d1.batch([saveSettingsStatement(d1, settings, by, now), ...applyStatements(d1, all, now)]);
}

/** Sets a grid's capacity by hand, with its reason, or lifts the override (`null`). */
export async function overrideCapacity(
  d1: D1Database,
  id: string,
  capacity: number | null,
  reason: string,
  now: string,
): Promise<void> {
  await d1
    .prepare(
      `UPDATE grids SET capacity_override = ?, override_reason = ?,
         capacity = COALESCE(?, capacity_computed), updated_at = ? WHERE id = ?`,
    )
    .bind(capacity, capacity === null ? null : reason, capacity, now, id)
    .run();
}

export function inputsOf(g: GridCapacityRow) {
  return {
    population: g.population,
    locationClass: g.location_class,
    consumptionIndex: g.consumption_index,
    operatingCostIndex: g.operating_cost_index,
    currentRetailers: g.retailer_count,
  };
}

export async function gridCapacityRow(d1: D1Database, id: string): Promise<GridCapacityRow | null> {
  return d1.prepare(`SELECT ${COLS} FROM grids WHERE id = ?`).bind(id).first<GridCapacityRow>();
}
