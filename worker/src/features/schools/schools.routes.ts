/**
 * Schools and kindergartens (their entrances): the no-licence zone of the layout check.
 * Staff read; the admin imports (dry run first; a commit with any bad row writes nothing).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { crsSchema, insideCity, toWgs84 } from '../../../core/coords';
import type { AppEnv } from '../../app-env';
import { AppError } from '../../lib/errors';
import { jsonBody } from '../../lib/validate';
import { requireStaff } from '../../middleware/auth';
import { audit } from '../audit/audit.service';

const rowSchema = z.object({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(['primary', 'secondary', 'kindergarten']),
  county: z.string().regex(/^\d{6}$/),
  lng: z.coerce.number().finite(),
  lat: z.coerce.number().finite(),
});
const importSchema = z.object({
  crs: crsSchema,
  dryRun: z.boolean().default(true),
  /** Replace the county's schools listed in the file (a fresh yearly list) instead of adding. */
  replace: z.boolean().default(false),
  rows: z.array(z.record(z.string(), z.unknown())).min(1).max(5000),
});

export const schoolRoutes = new Hono<AppEnv>()
  .get('/', requireStaff(), async (c) => {
    const rows = await c.env.DB.prepare(
      'SELECT id, jurisdiction_code AS county, name, kind, lat, lng FROM schools ORDER BY name',
    ).all();
    return c.json({ schools: rows.results });
  })
  .post('/import', requireStaff('admin'), async (c) => {
    const body = await jsonBody(c, importSchema);
    const units = await c.env.DB.prepare(
      "SELECT code FROM jurisdictions WHERE kind != 'city'",
    ).all<{
      code: string;
    }>();
    const known = new Set(units.results.map((u) => u.code));
    const accepted: (z.infer<typeof rowSchema> & { index: number })[] = [];
    const rejected: { index: number; reasons: string[] }[] = [];
    body.rows.forEach((raw, index) => {
      const p = rowSchema.safeParse(raw);
      if (!p.success) {
        rejected.push({
          index,
          reasons: p.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
        });
        return;
      }
      const [lng, lat] = toWgs84(p.data.lng, p.data.lat, body.crs);
      const reasons: string[] = [];
      if (!insideCity(lng, lat)) reasons.push('coordinates outside Weifang / 坐标不在本市范围');
      if (!known.has(p.data.county)) reasons.push('unknown county / 未知县级行政区');
      if (reasons.length) rejected.push({ index, reasons });
      else accepted.push({ ...p.data, lng, lat, index });
    });
    const report = { dryRun: body.dryRun, accepted: accepted.length, rejected };
    if (body.dryRun) return c.json(report);
    if (rejected.length) throw new AppError('IMPORT_REJECTED_ROWS');
    const d1 = c.env.DB;
    const counties = [...new Set(accepted.map((a) => a.county))];
    await d1.batch([
      ...(body.replace
        ? counties.map((k) => d1.prepare('DELETE FROM schools WHERE jurisdiction_code = ?').bind(k))
        : []),
      ...accepted.map((a) =>
        d1
          .prepare(
            'INSERT INTO schools (id, jurisdiction_code, name, kind, lat, lng) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .bind(crypto.randomUUID(), a.county, a.name, a.kind, a.lat, a.lng),
      ),
    ]);
    await audit(c, { event: 'schools_imported', detail: { rows: accepted.length } });
    return c.json({ ...report, committed: true });
  });
