/**
 * What approving each business type does to the licence register (PRODUCT.md §2), as
 * statements that commit in the same batch as the approval.
 */
import type { BusinessType } from '../../../core/business-types';
import { licenceExpiry } from '../../../core/preconditions';
import { addCalendarDays } from '../../../core/dates';
import { assertInBatch } from '../../lib/batch';
import { bumpGrid, ensureGrid } from '../grids/grids.service';
import { licenceNumberSql } from './licence-number';

export interface ApprovalContext {
  d1: D1Database;
  today: string;
  /** The app's instant of the approval (the transition's), for the rows' timestamps. */
  now: string;
  applicationId: string;
  applicantId: string;
  type: BusinessType;
  form: Record<string, unknown>;
  jurisdiction: { code: string; h3Res: number; licencePattern: string };
  /** For new applications: the grid the premises fall in, and the acceptance order. */
  gridId: string | null;
  acceptedOn: string | null;
  ref: string;
  /** For the other types: the licence the application is about. */
  licence: { id: string; premisesId: string; gridId: string; expiresOn: string } | null;
  /** An approver's recorded reason to grant over the grid's capacity. */
  layoutOverride: string | null;
}

export interface ApprovalPlan {
  statements: D1PreparedStatement[];
  licenceId: string | null;
  /** Grids whose saturation count this approval moves (to publish after commit). */
  gridChanges: string[];
}

/** A new paper is printed: the QR codes of the older ones stop verifying (e-licence tokens). */
const REPRINT = 'issue_version = issue_version + 1';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Statements that carry out an approval; assertions in them roll the batch back. */
export function planApproval(c: ApprovalContext): ApprovalPlan {
  const { d1, form, today, now } = c;
  switch (c.type) {
    case 'new': {
      if (!c.gridId) throw new Error('new application without a grid');
      const licenceId = crypto.randomUUID();
      const premisesId = crypto.randomUUID();
      const statements: D1PreparedStatement[] = [
        ensureGrid(d1, c.gridId, c.jurisdiction.code, c.jurisdiction.h3Res, now),
      ];
      if (!c.layoutOverride) {
        // A place is free for this case only if fewer cases accepted before it still wait.
        statements.push(
          assertInBatch(
            d1,
            'grid_place',
            `(SELECT capacity - retailer_count FROM grids WHERE id = ?) >
             (SELECT COUNT(*) FROM applications WHERE grid_id = ? AND type = 'new'
                AND status IN ('accepted', 'inspection') AND id != ?
                AND (accepted_on < ? OR (accepted_on = ? AND ref < ?)))`,
            c.gridId,
            c.gridId,
            c.applicationId,
            c.acceptedOn ?? today,
            c.acceptedOn ?? today,
            c.ref,
          ),
        );
      }
      const num = licenceNumberSql(
        c.jurisdiction.licencePattern,
        c.jurisdiction.code,
        today.slice(0, 4),
      );
      statements.push(
        bumpGrid(d1, c.gridId, 1, now),
        d1
          .prepare('UPDATE jurisdictions SET licence_seq = licence_seq + 1 WHERE code = ?')
          .bind(c.jurisdiction.code),
        d1
          .prepare(
            `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          )
          .bind(
            premisesId,
            c.jurisdiction.code,
            str(form.address),
            Number(form.lat),
            Number(form.lng),
            c.gridId,
            c.gridId,
          ),
        d1
          .prepare(
            `INSERT INTO licences (id, number, holder_applicant_id, holder_name, shop_name,
               credit_code, premises_id, jurisdiction_code, status, issued_on, expires_on, updated_at)
             SELECT ?, ${num.sql}, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ? FROM jurisdictions WHERE code = ?`,
          )
          .bind(
            licenceId,
            ...num.params,
            c.applicantId,
            str(form.operatorName),
            str(form.shopName),
            str(form.creditCode),
            premisesId,
            c.jurisdiction.code,
            today,
            licenceExpiry(today),
            now,
            c.jurisdiction.code,
          ),
        // After the insert: applications.licence_id references the new licence.
        d1
          .prepare('UPDATE applications SET licence_id = ? WHERE id = ?')
          .bind(licenceId, c.applicationId),
      );
      return { statements, licenceId, gridChanges: [c.gridId] };
    }
    default:
      return planLicenceChange(c, now);
  }
}

function planLicenceChange(c: ApprovalContext, now: string): ApprovalPlan {
  const { d1, form } = c;
  const l = c.licence;
  if (!l) throw new Error(`${c.type} application without a licence`);
  const guard = (statuses: string[]) =>
    assertInBatch(
      d1,
      'licence_state',
      `(SELECT status FROM licences WHERE id = ?) IN (${statuses.map(() => '?').join(',')})`,
      l.id,
      ...statuses,
    );
  const update = (set: string, ...params: unknown[]) =>
    d1
      .prepare(`UPDATE licences SET ${set}, updated_at = ? WHERE id = ?`)
      .bind(...params, now, l.id);
  const plan = (statements: D1PreparedStatement[], gridChanges: string[] = []): ApprovalPlan => ({
    statements,
    licenceId: l.id,
    gridChanges,
  });
  switch (c.type) {
    case 'renewal': {
      // The new term runs on from the old one: same number, five more years.
      const start = addCalendarDays(l.expiresOn, 1);
      return plan([
        guard(['active']),
        update(`issued_on = ?, expires_on = ?, ${REPRINT}`, start, licenceExpiry(start)),
      ]);
    }
    case 'change': {
      const value = str(form.newValue);
      const kind = str(form.changeKind);
      if (kind === 'address_name') {
        return plan([
          guard(['active']),
          d1.prepare('UPDATE premises SET address = ? WHERE id = ?').bind(value, l.premisesId),
          update(REPRINT),
        ]);
      }
      const column = kind === 'legal_rep' ? 'holder_name' : 'shop_name';
      return plan([guard(['active']), update(`${column} = ?, ${REPRINT}`, value)]);
    }
    case 'suspension':
      return plan([
        guard(['active']),
        update(
          "status = 'suspended', suspended_from = ?, suspended_until = ?",
          str(form.suspendFrom),
          str(form.suspendUntil),
        ),
      ]);
    case 'resume':
      return plan([
        guard(['suspended']),
        update("status = 'active', suspended_from = NULL, suspended_until = NULL"),
      ]);
    case 'reissue':
      return plan([guard(['active', 'suspended']), update(REPRINT)]);
    case 'closure':
      // 注销: a cancelled licence no longer counts toward its grid's saturation.
      return plan(
        [
          guard(['active', 'suspended']),
          update("status = 'cancelled'"),
          bumpGrid(d1, l.gridId, -1, now),
        ],
        [l.gridId],
      );
    case 'new':
      throw new Error('unreachable');
  }
}
