/**
 * 许可证详情 for the workbench: `GET /api/licences/:id`. Staff of the licence's county (an
 * inspector too: the register is what they check against) see the register's facts; the cases
 * about it are listed only as far as the caller may read each (core's mayReadCase), so an
 * inspector sees the history of the cases assigned to them. Admins' reads are audited.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { caseReadIsAudited, mayReadCase } from '../../../core/access';
import type { StaffLicenceView } from '../../../core/licence-view';
import { maskPhone } from '../../../core/masking';
import type { AppEnv } from '../../app-env';
import { AppError } from '../../lib/errors';
import { requireStaff, staffOf } from '../../middleware/auth';
import { staffWho } from '../applications/applications.access';
import type { ApplicationStatus } from '../../../core/application-state';
import type { BusinessType, LicenceStatus } from '../../../core/business-types';
import { audit } from '../audit/audit.service';

const licenceId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

interface Row {
  id: string;
  number: string;
  shop_name: string;
  holder_name: string;
  holder_phone: string | null;
  credit_code: string | null;
  address: string | null;
  jurisdiction_code: string;
  status: LicenceStatus;
  issued_on: string;
  expires_on: string;
  suspended_from: string | null;
  suspended_until: string | null;
}

interface CaseRow {
  id: string;
  ref: string;
  applicant_id: string;
  type: BusinessType;
  status: ApplicationStatus;
  submitted_on: string | null;
  decided_on: string | null;
  jurisdiction_code: string;
  inspector_ids: string | null;
}

export const staffLicenceRoutes = new Hono<AppEnv>().get('/:id', requireStaff(), async (c) => {
  const p = staffOf(c);
  const who = staffWho(p);
  const id = licenceId.safeParse(c.req.param('id'));
  if (!id.success) throw new AppError('NOT_FOUND');
  const row = await c.env.DB.prepare(
    `SELECT l.id, l.number, l.shop_name, l.holder_name, ap.phone AS holder_phone, l.credit_code,
       pr.address, l.jurisdiction_code, l.status, l.issued_on, l.expires_on, l.suspended_from,
       l.suspended_until
     FROM licences l LEFT JOIN premises pr ON pr.id = l.premises_id
     LEFT JOIN applicants ap ON ap.id = l.holder_applicant_id
     WHERE l.id = ?`,
  )
    .bind(id.data)
    .first<Row>();
  if (!row || !p.counties.includes(row.jurisdiction_code)) throw new AppError('NOT_FOUND');
  if (caseReadIsAudited(who)) {
    await audit(c, {
      event: 'licence_history_read_admin',
      subjectType: 'licence',
      subjectId: row.id,
    });
  }
  const cases = await c.env.DB.prepare(
    `SELECT a.id, a.ref, a.applicant_id, a.type, a.status, a.submitted_on, a.decided_on,
       a.jurisdiction_code,
       (SELECT group_concat(staff_id) FROM case_inspectors WHERE application_id = a.id)
         AS inspector_ids
     FROM applications a WHERE a.licence_id = ? AND a.status <> 'draft'
     ORDER BY a.created_at DESC LIMIT 100`,
  )
    .bind(row.id)
    .all<CaseRow>();
  const readable = cases.results.filter((r) =>
    mayReadCase(who, {
      applicantId: r.applicant_id,
      county: r.jurisdiction_code,
      status: r.status,
      inspectorIds: (r.inspector_ids ?? '').split(',').filter(Boolean),
    }),
  );
  const answer: StaffLicenceView = {
    licence: {
      id: row.id,
      number: row.number,
      shopName: row.shop_name,
      holderName: row.holder_name,
      holderPhone: row.holder_phone ? maskPhone(row.holder_phone) : null,
      creditCode: row.credit_code,
      address: row.address,
      county: row.jurisdiction_code,
      status: row.status,
      issuedOn: row.issued_on,
      expiresOn: row.expires_on,
      suspendedFrom: row.suspended_from,
      suspendedUntil: row.suspended_until,
    },
    cases: readable.map((r) => ({
      id: r.id,
      ref: r.ref,
      type: r.type,
      status: r.status,
      submittedOn: r.submitted_on,
      decidedOn: r.decided_on,
    })),
  };
  return c.json(answer);
});
