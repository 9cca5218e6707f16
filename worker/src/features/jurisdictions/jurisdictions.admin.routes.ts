/**
 * Jurisdiction settings (admins only): a county-level unit's name, default grid resolution and
 * licence number pattern. Every change is audited with what it was and what it became; the
 * sequence is never touched, so numbers are never reused whatever the pattern becomes.
 */
import { Hono } from 'hono';
import {
  isValidLicencePattern,
  jurisdictionSettingsSchema,
  licenceNumberPreview,
  type JurisdictionSettingsView,
} from '../../../core/licence-pattern';
import type { AppEnv } from '../../app-env';
import { appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { requireStaff } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { forgetJurisdictions } from './jurisdictions.repo';

interface Row {
  code: string;
  name: string;
  kind: string;
  h3_res: number;
  licence_pattern: string;
  licence_seq: number;
}

const SELECT = 'SELECT code, name, kind, h3_res, licence_pattern, licence_seq FROM jurisdictions';

const view = (r: Row, year: string): JurisdictionSettingsView => ({
  code: r.code,
  name: r.name,
  kind: r.kind,
  h3Res: r.h3_res,
  licencePattern: r.licence_pattern,
  licenceSeq: r.licence_seq,
  nextNumber: licenceNumberPreview(r.licence_pattern, r.code, year, r.licence_seq + 1),
});

export const jurisdictionAdminRoutes = new Hono<AppEnv>()
  .use(requireStaff('admin'))
  .get('/', async (c) => {
    const { results } = await c.env.DB.prepare(
      `${SELECT} WHERE kind != 'city' ORDER BY code`,
    ).all<Row>();
    const year = appToday(c.env).slice(0, 4);
    return c.json({ units: results.map((r) => view(r, year)) });
  })
  .put('/:code', json(jurisdictionSettingsSchema), async (c) => {
    const code = c.req.param('code');
    const before =
      code.length <= 12
        ? await c.env.DB.prepare(`${SELECT} WHERE code = ? AND kind != 'city'`)
            .bind(code)
            .first<Row>()
        : null;
    if (!before) throw new AppError('NOT_FOUND');
    const input = c.req.valid('json');
    if (!isValidLicencePattern(input.licencePattern)) {
      throw new AppError('LICENCE_PATTERN_INVALID', [
        {
          path: 'licencePattern',
          message: 'needs one {seq:3..10}; only {county}, {year}, 0-9, A-Z, -',
        },
      ]);
    }
    const after = { name: input.name, h3_res: input.h3Res, licence_pattern: input.licencePattern };
    const changed = Object.entries(after).filter(([k, v]) => before[k as keyof Row] !== v);
    if (changed.length) {
      // Guarded by the values read, so two admins' edits cannot silently overwrite each other.
      const res = await c.env.DB.prepare(
        `UPDATE jurisdictions SET name = ?, h3_res = ?, licence_pattern = ?
         WHERE code = ? AND name = ? AND h3_res = ? AND licence_pattern = ?`,
      )
        .bind(
          input.name,
          input.h3Res,
          input.licencePattern,
          code,
          before.name,
          before.h3_res,
          before.licence_pattern,
        )
        .run();
      if (!res.meta.changes) throw new AppError('CONFLICT');
      forgetJurisdictions();
      await audit(c, {
        event: 'jurisdiction_settings_changed',
        subjectType: 'jurisdiction',
        subjectId: code,
        detail: Object.fromEntries(
          changed.map(([k, v]) => [k, { from: before[k as keyof Row], to: v }]),
        ),
      });
    }
    const row = { ...before, ...after };
    return c.json(view(row, appToday(c.env).slice(0, 4)));
  });
