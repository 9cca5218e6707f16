/**
 * Official market-unit polygons (GeoJSON), imported by the admin. Where one exists it takes
 * precedence over H3 cells: premises inside it move to it and the counts are rebuilt in the same
 * batch, so nothing is left half-moved.
 */
import { z } from 'zod';
import { crsSchema, insideCity, toWgs84 } from '../../../core/coords';
import { pointInGeometry } from '../../../core/layout';
import { COUNTING_SQL } from './grids.counts';

const ring = z
  .array(z.tuple([z.number(), z.number()]))
  .min(4)
  .max(5000);
const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1).max(50) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring).min(1).max(50)).min(1).max(50),
  }),
]);
type Geometry = z.infer<typeof geometrySchema>;

export const polygonImportSchema = z.object({
  crs: crsSchema,
  dryRun: z.boolean().default(true),
  units: z
    .array(
      z.object({
        code: z
          .string()
          .trim()
          .min(1)
          .max(40)
          .regex(/^[\w-]+$/),
        name: z.string().trim().min(1).max(100),
        county: z.string().regex(/^\d{6}$/),
        population: z.number().int().min(0).default(0),
        geometry: geometrySchema,
      }),
    )
    .min(1)
    .max(2000),
});

export interface PolygonReport {
  dryRun: boolean;
  accepted: { id: string; name: string; premises: number }[];
  rejected: { index: number; reasons: string[] }[];
}

function convertGeometry(g: Geometry, crs: z.infer<typeof crsSchema>): Geometry {
  const conv = (r: [number, number][]) => r.map(([x, y]) => toWgs84(x, y, crs));
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(conv) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(conv)) };
}

export async function importPolygons(
  d1: D1Database,
  input: z.infer<typeof polygonImportSchema>,
): Promise<PolygonReport> {
  const units = await d1
    .prepare("SELECT code FROM jurisdictions WHERE kind != 'city'")
    .all<{ code: string }>();
  const known = new Set(units.results.map((u) => u.code));
  const report: PolygonReport = { dryRun: input.dryRun, accepted: [], rejected: [] };
  const stmts: D1PreparedStatement[] = [];
  const now = new Date().toISOString();
  for (const [index, u] of input.units.entries()) {
    const geometry = convertGeometry(u.geometry, input.crs);
    const pts = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat(
      2,
    );
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const reasons: string[] = [];
    if (!known.has(u.county)) reasons.push('unknown county / 未知县级行政区');
    if (!pts.every(([x, y]) => insideCity(x, y))) reasons.push('outside the city / 超出本市范围');
    if (reasons.length) {
      report.rejected.push({ index, reasons });
      continue;
    }
    const id = `poly-${u.county}-${u.code}`;
    const bbox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
    const inside = await d1
      .prepare(
        'SELECT id, lat, lng FROM premises WHERE lat BETWEEN ? AND ? AND lng BETWEEN ? AND ?',
      )
      .bind(bbox[1], bbox[3], bbox[0], bbox[2])
      .all<{ id: string; lat: number; lng: number }>();
    const moved = inside.results.filter((p) => pointInGeometry(p.lng, p.lat, geometry));
    report.accepted.push({ id, name: u.name, premises: moved.length });
    stmts.push(
      d1
        .prepare(
          `INSERT INTO grids (id, jurisdiction_code, kind, polygon_geojson, population, name,
             min_lng, min_lat, max_lng, max_lat, updated_at)
           VALUES (?, ?, 'polygon', ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET polygon_geojson = excluded.polygon_geojson,
             name = excluded.name, min_lng = excluded.min_lng, min_lat = excluded.min_lat,
             max_lng = excluded.max_lng, max_lat = excluded.max_lat, updated_at = excluded.updated_at`,
        )
        .bind(id, u.county, JSON.stringify(geometry), u.population, u.name, ...bbox, now),
    );
    for (let i = 0; i < moved.length; i += 90) {
      const part = moved.slice(i, i + 90);
      stmts.push(
        d1
          .prepare(`UPDATE premises SET grid_id = ? WHERE id IN (${part.map(() => '?').join(',')})`)
          .bind(id, ...part.map((p) => p.id)),
      );
    }
  }
  if (input.dryRun || report.rejected.length > 0 || stmts.length === 0) return report;
  stmts.push(
    d1.prepare(
      `UPDATE grids SET retailer_count = (SELECT COUNT(*) FROM licences l
         JOIN premises p ON p.id = l.premises_id WHERE p.grid_id = grids.id AND l.status IN ${COUNTING_SQL})`,
    ),
  );
  await d1.batch(stmts);
  return report;
}
