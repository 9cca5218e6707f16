/**
 * Schools and kindergartens (their entrances): the no-licence zone of the layout check.
 * Staff read; the admin imports (dry run first; a commit with any bad row writes nothing).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { json } from '../../lib/validate';
import { requireStaff } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { checkSchoolRows, schoolImportSchema } from './schools.import';
import { refuseRejectedRows } from '../../lib/import-report';

export const schoolRoutes = new Hono<AppEnv>()
  .get('/', requireStaff(), async (c) => {
    const rows = await c.env.DB.prepare(
      `SELECT s.id, s.jurisdiction_code AS county, j.name AS countyName, s.name, s.kind, s.lat,
         s.lng FROM schools s LEFT JOIN jurisdictions j ON j.code = s.jurisdiction_code
       ORDER BY s.jurisdiction_code, s.name`,
    ).all();
    return c.json({ total: rows.results.length, schools: rows.results });
  })
  .post('/import', requireStaff('admin'), json(schoolImportSchema), async (c) => {
    const body = c.req.valid('json');
    const d1 = c.env.DB;
    const [units, stored] = await d1.batch<{ code?: string; name?: string; k?: string }>([
      d1.prepare("SELECT code, name FROM jurisdictions WHERE kind != 'city'"),
      d1.prepare("SELECT jurisdiction_code || '|' || name AS k FROM schools"),
    ]);
    // A county is named by its code or its name (潍城区), as old lists do either.
    const counties = new Map<string, string>();
    for (const u of units?.results ?? []) {
      if (!u.code) continue;
      counties.set(u.code, u.code);
      if (u.name) counties.set(u.name, u.code);
    }
    // Replacing a county's list: what is stored there now does not count as a duplicate.
    const existing = new Set(
      body.replace ? [] : (stored?.results ?? []).map((r) => r.k ?? '').filter(Boolean),
    );
    const report = checkSchoolRows(body.rows, body.crs, counties, existing, body.dryRun);
    if (body.dryRun) return c.json(report);
    refuseRejectedRows(report.rejected, 'rows');
    const accepted = report.accepted;
    const listed = [...new Set(accepted.map((a) => a.county))];
    await d1.batch([
      ...(body.replace
        ? listed.map((k) => d1.prepare('DELETE FROM schools WHERE jurisdiction_code = ?').bind(k))
        : []),
      ...accepted.map((a) =>
        d1
          .prepare(
            'INSERT INTO schools (id, jurisdiction_code, name, kind, lat, lng) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .bind(crypto.randomUUID(), a.county, a.name, a.kind, a.lat, a.lng),
      ),
    ]);
    await audit(c, {
      event: 'schools_imported',
      detail: { rows: accepted.length, replace: body.replace, crs: body.crs },
    });
    return c.json({ ...report, committed: true });
  });
