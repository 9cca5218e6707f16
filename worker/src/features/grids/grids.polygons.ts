/**
 * Official market-unit polygons (GeoJSON), imported by the admin. Where one exists it takes
 * precedence over H3 cells: premises inside it move to it and the counts are rebuilt in the same
 * batch, so nothing is left half-moved. Each unit is checked on its own (a dry run lists every
 * rejected one with its reasons); a commit with any rejected unit writes nothing.
 */
import { z } from 'zod';
import type { ImportReason, PolygonImportReport } from '../../../core/api';
import { computeCapacity, type CapacityWeights } from '../../../core/capacity';
import { crsSchema, insideCity, toWgs84 } from '../../../core/coords';
import { plainText } from '../../../core/fields';
import { pointInGeometry } from '../../../core/layout';
import { COUNTING_SQL } from './grids.counts';
import { ensureGrid } from './grids.service';

const ring = z
  .array(z.tuple([z.number().finite(), z.number().finite()]).rest(z.number()))
  .min(4)
  .max(5000)
  .refine((r) => r[0]?.[0] === r.at(-1)?.[0] && r[0]?.[1] === r.at(-1)?.[1], 'ring not closed');
const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1).max(50) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring).min(1).max(50)).min(1).max(50),
  }),
]);
type Geometry =
  | { type: 'Polygon'; coordinates: [number, number][][] }
  | { type: 'MultiPolygon'; coordinates: [number, number][][][] };

const unitSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[\w-]+$/),
  name: plainText(1, 100),
  county: plainText(1, 40),
  population: z.coerce.number().int().min(0).default(0),
  locationClass: z.enum(['urban', 'town', 'rural']).default('urban'),
  geometry: geometrySchema,
});

export const polygonImportSchema = z.object({
  crs: crsSchema,
  dryRun: z.boolean().default(true),
  /** Units as the page sends them: lenient here, each checked on its own below. */
  units: z.array(z.record(z.string(), z.unknown())).min(1).max(2000),
});

type Reason = ImportReason;

const FIELD_REASONS: Record<string, Reason> = {
  code: { zh: '单元编码缺失或含非法字符（仅限字母、数字、-、_）', en: 'code missing or invalid' },
  name: { zh: '缺少单元名称', en: 'name missing' },
  county: { zh: '缺少所属县市区', en: 'county missing' },
  population: { zh: '人口应为非负整数', en: 'population must be a whole number ≥ 0' },
  locationClass: { zh: '区位类型应为 urban/town/rural', en: 'locationClass: urban, town or rural' },
  geometry: {
    zh: '几何图形无效（须为闭合的 Polygon 或 MultiPolygon）',
    en: 'invalid geometry (a closed Polygon or MultiPolygon)',
  },
};

export type PolygonReport = PolygonImportReport;

function convertGeometry(g: Geometry, crs: z.infer<typeof crsSchema>): Geometry {
  const conv = (r: [number, number][]) => r.map(([x, y]) => toWgs84(x, y, crs));
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(conv) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(conv)) };
}

export async function importPolygons(
  d1: D1Database,
  input: z.infer<typeof polygonImportSchema>,
  weights: CapacityWeights,
  now: string,
): Promise<PolygonReport> {
  const units = await d1
    .prepare("SELECT code, name, h3_res FROM jurisdictions WHERE kind != 'city'")
    .all<{ code: string; name: string; h3_res: number }>();
  const counties = new Map<string, string>();
  const countyRes = new Map<string, number>();
  for (const u of units.results) {
    counties.set(u.code, u.code).set(u.name, u.code);
    countyRes.set(u.code, u.h3_res);
  }
  const report: PolygonReport = {
    dryRun: input.dryRun,
    committed: false,
    accepted: [],
    rejected: [],
    grids: [],
  };
  const stmts: D1PreparedStatement[] = [];
  const touched = new Set<string>();
  const seen = new Set<string>();
  for (const [index, raw] of input.units.entries()) {
    const parsed = unitSchema.safeParse(raw);
    const name = typeof raw.name === 'string' && raw.name.trim() ? raw.name.trim() : null;
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? 'geometry')))];
      report.rejected.push({
        index,
        name,
        reasons: fields.map((f) => FIELD_REASONS[f] ?? FIELD_REASONS.geometry!),
      });
      continue;
    }
    const u = parsed.data;
    const geometry = convertGeometry(u.geometry as Geometry, input.crs);
    const pts = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat(
      2,
    );
    const reasons: Reason[] = [];
    const county = counties.get(u.county);
    if (!county)
      reasons.push({ zh: `未知县市区“${u.county}”`, en: `unknown county “${u.county}”` });
    if (!pts.every(([x, y]) => insideCity(x, y))) {
      reasons.push({
        zh: '图形超出本市范围（坐标系是否选错？）',
        en: 'outside the city (wrong CRS?)',
      });
    }
    const id = `poly-${county ?? u.county}-${u.code}`;
    if (seen.has(id)) reasons.push({ zh: '文件内编码重复', en: 'code repeated in the file' });
    seen.add(id);
    if (reasons.length || !county) {
      report.rejected.push({ index, name: u.name, reasons });
      continue;
    }
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const bbox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
    const inside = await d1
      .prepare(
        `SELECT p.id, p.lat, p.lng, p.grid_id,
           (SELECT COUNT(*) FROM licences l WHERE l.premises_id = p.id
              AND l.status IN ${COUNTING_SQL}) AS n
         FROM premises p WHERE p.lat BETWEEN ? AND ? AND p.lng BETWEEN ? AND ?`,
      )
      .bind(bbox[1], bbox[3], bbox[0], bbox[2])
      .all<{ id: string; lat: number; lng: number; grid_id: string | null; n: number }>();
    const within = inside.results.filter((p) => pointInGeometry(p.lng, p.lat, geometry));
    const moving = within.filter((p) => p.grid_id !== id);
    // Re-importing a unit with a smaller outline: premises now outside it return to their own
    // H3 cell (kept on every premises), so each still belongs to exactly one grid.
    const inNew = new Set(within.map((p) => p.id));
    const leaving = (
      await d1
        .prepare('SELECT id, h3_cell FROM premises WHERE grid_id = ?')
        .bind(id)
        .all<{ id: string; h3_cell: string }>()
    ).results.filter((p) => !inNew.has(p.id));
    const retailers = within.reduce((s, p) => s + p.n, 0);
    // A new unit gets its capacity from the current weights at once, not 0 (which reads red).
    const capacity = computeCapacity(
      {
        population: u.population,
        locationClass: u.locationClass,
        consumptionIndex: 1,
        operatingCostIndex: 1,
        currentRetailers: retailers,
      },
      weights,
    ).computed;
    report.accepted.push({
      index,
      id,
      name: u.name,
      county,
      premises: moving.length + leaving.length,
      retailers: moving.reduce((s, p) => s + p.n, 0),
      capacity,
    });
    touched.add(id);
    for (const p of moving) if (p.grid_id) touched.add(p.grid_id);
    stmts.push(
      d1
        .prepare(
          `INSERT INTO grids (id, jurisdiction_code, kind, polygon_geojson, population, name,
             location_class, capacity_computed, capacity, min_lng, min_lat, max_lng, max_lat,
             updated_at)
           VALUES (?, ?, 'polygon', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET polygon_geojson = excluded.polygon_geojson,
             name = excluded.name, population = excluded.population,
             location_class = excluded.location_class, min_lng = excluded.min_lng,
             min_lat = excluded.min_lat, max_lng = excluded.max_lng, max_lat = excluded.max_lat,
             updated_at = excluded.updated_at`,
        )
        .bind(
          id,
          county,
          JSON.stringify(geometry),
          u.population,
          u.name,
          u.locationClass,
          capacity,
          capacity,
          ...bbox,
          now,
        ),
    );
    const res = countyRes.get(county) ?? 8;
    for (const cell of new Set(leaving.map((p) => p.h3_cell))) {
      stmts.push(ensureGrid(d1, cell, county, res, now));
      touched.add(cell);
    }
    for (let i = 0; i < leaving.length; i += 90) {
      const part = leaving.slice(i, i + 90);
      stmts.push(
        d1
          .prepare(
            `UPDATE premises SET grid_id = h3_cell WHERE id IN (${part.map(() => '?').join(',')})`,
          )
          .bind(...part.map((p) => p.id)),
      );
    }
    for (let i = 0; i < moving.length; i += 90) {
      const part = moving.slice(i, i + 90);
      stmts.push(
        d1
          .prepare(`UPDATE premises SET grid_id = ? WHERE id IN (${part.map(() => '?').join(',')})`)
          .bind(id, ...part.map((p) => p.id)),
      );
    }
  }
  report.grids = [...touched];
  if (input.dryRun || report.rejected.length > 0 || stmts.length === 0) return report;
  stmts.push(
    d1.prepare(
      `UPDATE grids SET retailer_count = (SELECT COUNT(*) FROM licences l
         JOIN premises p ON p.id = l.premises_id WHERE p.grid_id = grids.id AND l.status IN ${COUNTING_SQL})`,
    ),
  );
  await d1.batch(stmts);
  return { ...report, committed: true };
}
