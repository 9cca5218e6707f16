/**
 * Grid administration (PRODUCT.md §9: staff read, admin writes): layout settings, the yearly
 * capacity recompute with its preview, manual overrides with a reason, count repair, and
 * imported official polygons.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { applyRecompute, gridCapacityRow, overrideCapacity, planRecompute } from './grids.capacity';
import { recomputeCounts } from './grids.counts';
import { publishGrids } from './grids.live';
import { importPolygons, polygonImportSchema } from './grids.polygons';
import { layoutSettingsSchema, loadSettings, saveSettings } from './grids.settings';
import { refuseRejectedRows } from '../../lib/import-report';

const overrideSchema = z.object({
  capacity: z.number().int().min(0).max(10_000).nullable(),
  reason: z.string().trim().max(500).default(''),
});
const weightsBody = z.object({ weights: layoutSettingsSchema.shape.weights.optional() });

export const gridRoutes = new Hono<AppEnv>()
  .get('/settings', requireStaff(), async (c) => c.json(await loadSettings(c.env.DB)))
  .put('/settings', requireStaff('admin'), json(layoutSettingsSchema), async (c) => {
    const s = c.req.valid('json');
    await saveSettings(c.env.DB, s, staffOf(c).id, appNowIso(c.env));
    await audit(c, { event: 'layout_settings_changed', detail: s });
    return c.json(s);
  })
  .post('/recompute/preview', requireStaff('admin'), json(weightsBody), async (c) => {
    const body = c.req.valid('json');
    const weights = body.weights ?? (await loadSettings(c.env.DB)).weights;
    return c.json((await planRecompute(c.env.DB, weights)).preview);
  })
  .post('/recompute/apply', requireStaff('admin'), json(weightsBody), async (c) => {
    const body = c.req.valid('json');
    const settings = await loadSettings(c.env.DB);
    const weights = body.weights ?? settings.weights;
    const { all, preview } = await planRecompute(c.env.DB, weights);
    await applyRecompute(c.env.DB, { ...settings, weights }, staffOf(c).id, all, appNowIso(c.env));
    await audit(c, {
      event: 'grid_capacity_recomputed',
      detail: { changed: preview.changed, colourShifts: preview.colourShifts },
    });
    await publishGrids(
      c.env,
      all.map((x) => x.id),
      'recompute',
    );
    return c.json(preview);
  })
  .put('/:id/override', requireStaff('admin'), json(overrideSchema), async (c) => {
    const id = c.req.param('id');
    const body = c.req.valid('json');
    if (body.capacity !== null && body.reason.length < 2) {
      throw new AppError('OVERRIDE_REASON_REQUIRED');
    }
    const g = await gridCapacityRow(c.env.DB, id);
    if (!g) throw new AppError('NOT_FOUND');
    await overrideCapacity(c.env.DB, id, body.capacity, body.reason, appNowIso(c.env));
    await audit(c, {
      event: 'grid_capacity_overridden',
      subjectType: 'grid',
      subjectId: id,
      detail: { from: g.capacity, override: body.capacity, reason: body.reason },
    });
    await publishGrids(c.env, [id], 'capacity');
    return c.json(await gridCapacityRow(c.env.DB, id));
  })
  .post('/repair-counts', requireStaff('admin'), async (c) => {
    const changed = await recomputeCounts(c.env.DB, appNowIso(c.env));
    await audit(c, { event: 'grid_counts_repaired', detail: { changed: changed.length } });
    await publishGrids(c.env, changed, 'repair');
    return c.json({ changed });
  })
  .post('/polygons', requireStaff('admin'), json(polygonImportSchema), async (c) => {
    const body = c.req.valid('json');
    const { weights } = await loadSettings(c.env.DB);
    const report = await importPolygons(c.env.DB, body, weights, appNowIso(c.env));
    if (body.dryRun) return c.json(report);
    refuseRejectedRows(report.rejected, 'units');
    await audit(c, {
      event: 'grids_imported',
      detail: { accepted: report.accepted.length, crs: body.crs },
    });
    await publishGrids(c.env, report.grids, 'import');
    return c.json(report);
  });
