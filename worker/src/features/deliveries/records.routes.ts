/**
 * 外部系统数据 for staff: `POST /api/imports/records` (admins, and clerks for their counties)
 * checks a table from the sales, distribution or internal-management system (dry run by
 * default) or commits it all or nothing; `GET /api/licences/:id/records` answers a licence's
 * records for the licence page and the map panel (staff of its county).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { mayImportRecordIn, mayImportRecords } from '../../../core/access';
import {
  MAX_RECORD_ROWS,
  isQuiet,
  lastDelivery,
  recordImportSchema,
} from '../../../core/deliveries';
import type { AppEnv } from '../../app-env';
import { appNowIso, appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { refuseRejectedRows } from '../../lib/import-report';
import { json } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { staffWho } from '../applications/applications.access';
import { auditStatement } from '../audit/audit.service';
import { recordsOfLicence } from './records.repo';
import { checkRecordRows, recordUpserts } from './records.service';

const licenceId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const recordImportRoutes = new Hono<AppEnv>().post(
  '/records',
  requireStaff('admin', 'clerk'),
  json(recordImportSchema),
  async (c) => {
    const who = staffWho(staffOf(c));
    if (!mayImportRecords(who)) throw new AppError('FORBIDDEN');
    const body = c.req.valid('json');
    if (body.rows.length > MAX_RECORD_ROWS) throw new AppError('IMPORT_TOO_LARGE');
    const today = appToday(c.env);
    const { report, ok } = await checkRecordRows(c.env.DB, {
      rows: body.rows,
      source: body.source,
      today,
      mayWriteIn: (county) => mayImportRecordIn(who, county),
    });
    if (body.dryRun) return c.json(report);
    refuseRejectedRows(report.rejected, 'rows');
    await c.env.DB.batch([
      ...recordUpserts(c.env.DB, ok, body.source, who.id, appNowIso(c.env)),
      auditStatement(c, {
        event: 'records_imported',
        subjectType: 'record_source',
        subjectId: body.source,
        detail: { rows: ok.length, replaced: report.accepted.filter((a) => a.replaces).length },
      }),
    ]);
    return c.json({ ...report, dryRun: false, committed: true });
  },
);

export const licenceRecordRoutes = new Hono<AppEnv>().get(
  '/:id/records',
  requireStaff(),
  async (c) => {
    const p = staffOf(c);
    const id = licenceId.safeParse(c.req.param('id'));
    if (!id.success) throw new AppError('NOT_FOUND');
    const licence = await c.env.DB.prepare(
      'SELECT id, jurisdiction_code, status, issued_on FROM licences WHERE id = ?',
    )
      .bind(id.data)
      .first<{ id: string; jurisdiction_code: string; status: string; issued_on: string }>();
    if (!licence || !p.counties.includes(licence.jurisdiction_code))
      throw new AppError('NOT_FOUND');
    const records = await recordsOfLicence(c.env.DB, licence.id);
    return c.json({
      records,
      lastDeliveryOn: lastDelivery(records),
      /** Active, known to the other systems, and nothing delivered for QUIET_MONTHS months. */
      quiet: isQuiet(
        { status: licence.status, issuedOn: licence.issued_on },
        records,
        appToday(c.env),
      ),
    });
  },
);
