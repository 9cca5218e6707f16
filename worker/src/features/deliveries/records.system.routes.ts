/**
 * The system API (token only, see api-tokens.auth.ts): `POST /api/system/records` takes the
 * same JSON as the staff import (scope `imports:write`; every licence named must be in the
 * token's counties), `GET /api/system/licences/:number` answers a licence and its records
 * (scope `licences:read`). Sessions do not reach these routes; tokens reach nothing else.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { MAX_RECORD_ROWS, lastDelivery, recordImportSchema } from '../../../core/deliveries';
import type { LicenceStatus } from '../../../core/business-types';
import type { AppEnv } from '../../app-env';
import { appNowIso, appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { refuseRejectedRows } from '../../lib/import-report';
import { json } from '../../lib/validate';
import { auditStatement } from '../audit/audit.service';
import {
  requireToken,
  requireTokenCounties,
  tokenActor,
  tokenOf,
} from '../api-tokens/api-tokens.auth';
import { recordsOfLicence } from './records.repo';
import { checkRecordRows, recordUpserts } from './records.service';

const licenceNumber = z.string().regex(/^\d{6,20}$/);

export const systemRoutes = new Hono<AppEnv>()
  .post('/records', requireToken('imports:write'), json(recordImportSchema), async (c) => {
    const token = tokenOf(c);
    const body = c.req.valid('json');
    if (body.rows.length > MAX_RECORD_ROWS) throw new AppError('IMPORT_TOO_LARGE');
    const { report, ok, counties } = await checkRecordRows(c.env.DB, {
      rows: body.rows,
      source: body.source,
      today: appToday(c.env),
      mayWriteIn: () => true,
    });
    // A token for other counties is refused as a whole, dry run or not.
    requireTokenCounties(token, 'imports:write', counties);
    if (body.dryRun) return c.json(report);
    refuseRejectedRows(report.rejected, 'rows');
    await c.env.DB.batch([
      ...recordUpserts(c.env.DB, ok, body.source, `token:${token.id}`, appNowIso(c.env)),
      auditStatement(c, {
        event: 'records_imported',
        subjectType: 'record_source',
        subjectId: body.source,
        detail: { rows: ok.length, replaced: report.accepted.filter((a) => a.replaces).length },
        actor: tokenActor(token),
      }),
    ]);
    return c.json({ ...report, dryRun: false, committed: true });
  })
  .get('/licences/:number', requireToken('licences:read'), async (c) => {
    const number = licenceNumber.safeParse(c.req.param('number'));
    if (!number.success) throw new AppError('NOT_FOUND');
    const row = await c.env.DB.prepare(
      `SELECT id, number, shop_name, jurisdiction_code, status, issued_on, expires_on
       FROM licences WHERE number = ?`,
    )
      .bind(number.data)
      .first<{
        id: string;
        number: string;
        shop_name: string;
        jurisdiction_code: string;
        status: LicenceStatus;
        issued_on: string;
        expires_on: string;
      }>();
    if (!row) throw new AppError('NOT_FOUND');
    requireTokenCounties(tokenOf(c), 'licences:read', [row.jurisdiction_code]);
    const records = await recordsOfLicence(c.env.DB, row.id);
    return c.json({
      licence: {
        number: row.number,
        shopName: row.shop_name,
        county: row.jurisdiction_code,
        status: row.status,
        issuedOn: row.issued_on,
        expiresOn: row.expires_on,
      },
      records,
      lastDeliveryOn: lastDelivery(records),
    });
  });
