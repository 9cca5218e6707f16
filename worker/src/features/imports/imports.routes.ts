/** POST /api/imports/retailers: dry run (default) or commit; admin only. */
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { requireStaff } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { publishGrids } from '../grids/grids.live';
import { MAX_IMPORT_ROWS, retailerImportSchema } from './imports.schema';
import { checkRetailerRows, commitRetailers } from './imports.service';
import { refuseRejectedRows } from '../../lib/import-report';
import { appNowIso, appToday } from '../../lib/clock';

export const importRoutes = new Hono<AppEnv>().post(
  '/retailers',
  requireStaff('admin'),
  json(retailerImportSchema),
  async (c) => {
    const body = c.req.valid('json');
    if (body.rows.length > MAX_IMPORT_ROWS) throw new AppError('IMPORT_TOO_LARGE');
    const today = appToday(c.env);
    const { report, ok } = await checkRetailerRows(c.env.DB, body.rows, body.crs, today);
    if (body.dryRun) return c.json(report);
    refuseRejectedRows(report.rejected, 'rows');
    await commitRetailers(c.env.DB, ok, today, appNowIso(c.env));
    await audit(c, { event: 'retailers_imported', detail: { rows: ok.length, crs: body.crs } });
    await publishGrids(c.env, report.grids, 'import');
    return c.json({ ...report, dryRun: false, committed: true });
  },
);
