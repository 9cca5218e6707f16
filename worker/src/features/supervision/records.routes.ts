/**
 * A licence's supervision record, mounted at /api/supervision/licences/:id: its class, the
 * penalties (行政处罚) decided against it and the complaints about it. Penalties lower the class
 * (core/compliance.ts); complaints weigh in weighted draws. Recorded entries are never edited:
 * the record is what the class and the draws read.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { complianceOf, drawWeightOf, lookbackStart } from '../../../core/compliance';
import { saturationLevel } from '../../../core/saturation';
import { mayOnSupervision, type SupervisionAction } from '../../../core/supervision';
import {
  complaintCreateSchema,
  penaltyCreateSchema,
  type ComplaintView,
  type PenaltyView,
  type SupervisionRecord,
} from '../../../core/supervision-api';
import type { AppEnv, Ctx } from '../../app-env';
import { appNowIso, appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { staffWho } from '../applications/applications.access';
import { audit } from '../audit/audit.service';
import {
  complaintsSince,
  complianceFacts,
  complianceOfLicence,
  complianceRules,
  riskSignals,
} from './compliance.repo';

const licenceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

interface LicenceRow {
  id: string;
  number: string;
  shop_name: string;
  county: string;
  status: string;
  issued_on: string;
  n: number | null;
  cap: number | null;
}

/**
 * The licence of the path, if `action` is the caller's on its county; anyone else learns
 * nothing (a role without the action: 403; a licence out of scope or unknown: 404).
 */
async function licenceFor(c: Ctx, action: SupervisionAction): Promise<LicenceRow> {
  const who = staffWho(staffOf(c));
  if (!mayOnSupervision(who, action)) throw new AppError('FORBIDDEN');
  const id = licenceIdSchema.safeParse(c.req.param('id'));
  const row = id.success
    ? await c.env.DB.prepare(
        `SELECT l.id, l.number, l.shop_name, l.jurisdiction_code AS county, l.status, l.issued_on,
           g.retailer_count AS n, g.capacity AS cap
         FROM licences l LEFT JOIN premises p ON p.id = l.premises_id
         LEFT JOIN grids g ON g.id = p.grid_id WHERE l.id = ?`,
      )
        .bind(id.data)
        .first<LicenceRow>()
    : null;
  if (!row || !mayOnSupervision(who, action, [row.county])) throw new AppError('NOT_FOUND');
  return row;
}

/** A new entry's day: from the licence's issue to today; never on a cancelled licence. */
function checkDay(l: LicenceRow, day: string, today: string) {
  if (l.status === 'cancelled') throw new AppError('SUPERVISION_LICENCE_CANCELLED');
  if (day < l.issued_on || day > today) throw new AppError('SUPERVISION_DATE_INVALID');
}

async function recordOf(c: Ctx, l: LicenceRow): Promise<SupervisionRecord> {
  const d1 = c.env.DB;
  const today = appToday(c.env);
  const rules = await complianceRules(d1);
  const [compliance, facts, risks, penalties, complaints] = await Promise.all([
    complianceOfLicence(d1, l.id, today),
    complianceFacts(d1, { licenceId: l.id }, lookbackStart(today, rules)),
    riskSignals(d1, { licenceId: l.id }, complaintsSince(today, rules), today),
    d1
      .prepare(
        `SELECT p.id, p.kind, p.decided_on, p.reason, p.decision_number, u.display_name AS by_name
         FROM penalties p LEFT JOIN staff_users u ON u.id = p.created_by
         WHERE p.licence_id = ? ORDER BY p.decided_on DESC, p.created_at DESC LIMIT 200`,
      )
      .bind(l.id)
      .all<{
        id: string;
        kind: PenaltyView['kind'];
        decided_on: string;
        reason: string;
        decision_number: string | null;
        by_name: string | null;
      }>(),
    d1
      .prepare(
        `SELECT c.id, c.channel, c.received_on, c.summary, u.display_name AS by_name
         FROM complaints c JOIN staff_users u ON u.id = c.created_by
         WHERE c.licence_id = ? ORDER BY c.received_on DESC, c.created_at DESC LIMIT 200`,
      )
      .bind(l.id)
      .all<{
        id: string;
        channel: ComplaintView['channel'];
        received_on: string;
        summary: string;
        by_name: string;
      }>(),
  ]);
  const klass = complianceOf(facts.get(l.id) ?? { failedItems: 0, penalties: [] }, rules).klass;
  const red = l.n !== null && l.cap !== null && saturationLevel(l.n, l.cap) === 'red';
  const risk = risks.get(l.id) ?? { complaints: 0, noDeliveryMonths: null };
  const who = staffWho(staffOf(c));
  return {
    licence: { id: l.id, number: l.number, shopName: l.shop_name, county: l.county },
    compliance,
    drawWeight: drawWeightOf(klass, red, rules, risk),
    recentComplaints: risk.complaints,
    penalties: penalties.results.map((p) => ({
      id: p.id,
      kind: p.kind,
      decidedOn: p.decided_on,
      reason: p.reason,
      decisionNumber: p.decision_number,
      recordedBy: p.by_name,
    })),
    complaints: complaints.results.map((x) => ({
      id: x.id,
      channel: x.channel,
      receivedOn: x.received_on,
      summary: x.summary,
      recordedBy: x.by_name,
    })),
    may: {
      recordPenalty: mayOnSupervision(who, 'record_penalty', [l.county]),
      recordComplaint: mayOnSupervision(who, 'record_complaint', [l.county]),
    },
  };
}

export const recordRoutes = new Hono<AppEnv>()
  .get('/licences/:id/record', requireStaff(), async (c) => {
    const l = await licenceFor(c, 'read_record');
    return c.json({ record: await recordOf(c, l) });
  })
  .post('/licences/:id/penalties', requireStaff(), json(penaltyCreateSchema), async (c) => {
    const l = await licenceFor(c, 'record_penalty');
    const b = c.req.valid('json');
    checkDay(l, b.decidedOn, appToday(c.env));
    const p = staffOf(c);
    const id = `pen_${crypto.randomUUID()}`;
    await c.env.DB.prepare(
      `INSERT INTO penalties (id, licence_id, kind, decided_on, reason, decision_number,
         created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
      .bind(
        id,
        l.id,
        b.kind,
        b.decidedOn,
        b.reason,
        b.decisionNumber ?? null,
        p.id,
        appNowIso(c.env),
      )
      .run();
    await audit(c, {
      event: 'supervision_penalty_recorded',
      subjectType: 'licence',
      subjectId: l.id,
      detail: { penaltyId: id, kind: b.kind, decidedOn: b.decidedOn },
    });
    return c.json({ record: await recordOf(c, l) }, 201);
  })
  .post('/licences/:id/complaints', requireStaff(), json(complaintCreateSchema), async (c) => {
    const l = await licenceFor(c, 'record_complaint');
    const b = c.req.valid('json');
    checkDay(l, b.receivedOn, appToday(c.env));
    const p = staffOf(c);
    const id = `cpl_${crypto.randomUUID()}`;
    await c.env.DB.prepare(
      `INSERT INTO complaints (id, licence_id, channel, received_on, summary, created_by,
         created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
      .bind(id, l.id, b.channel, b.receivedOn, b.summary, p.id, appNowIso(c.env))
      .run();
    await audit(c, {
      event: 'supervision_complaint_recorded',
      subjectType: 'licence',
      subjectId: l.id,
      detail: { complaintId: id, channel: b.channel, receivedOn: b.receivedOn },
    });
    return c.json({ record: await recordOf(c, l) }, 201);
  });
