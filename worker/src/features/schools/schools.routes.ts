/**
 * Schools and kindergartens (their entrances): the no-licence zone of the layout check.
 * Staff read; the admin imports (dry run first; a commit with any bad row writes nothing).
 */
import { Hono } from 'hono';
import type { SchoolList } from '../../../core/api';
import type { AppEnv } from '../../app-env';
import { json } from '../../lib/validate';
import { appNowIso } from '../../lib/clock';
import { requireStaff } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { checkSchoolRows, schoolImportSchema } from './schools.import';
import { allSchools, importReference, saveSchools } from './schools.repo';
import { refuseRejectedRows } from '../../lib/import-report';

export const schoolRoutes = new Hono<AppEnv>()
  .get('/', requireStaff(), async (c) => {
    const schools = await allSchools(c.env.DB);
    const list: SchoolList = { total: schools.length, schools };
    return c.json(list);
  })
  .post('/import', requireStaff('admin'), json(schoolImportSchema), async (c) => {
    const body = c.req.valid('json');
    const { counties, stored } = await importReference(c.env.DB);
    // Replacing a county's list: what is stored there now does not count as a duplicate.
    const existing = new Set(body.replace ? [] : stored);
    const report = checkSchoolRows(body.rows, body.crs, counties, existing, body.dryRun);
    if (body.dryRun) return c.json(report);
    refuseRejectedRows(report.rejected, 'rows');
    await saveSchools(c.env.DB, report.accepted, body.replace, appNowIso(c.env));
    await audit(c, {
      event: 'schools_imported',
      detail: { rows: report.accepted.length, replace: body.replace, crs: body.crs },
    });
    return c.json({ ...report, committed: true });
  });
