/**
 * What a draw honours besides chance: the register of inspectors' conflicts of interest (an
 * inspector related to a retailer is never drawn to check it), kept by approvers and admins of
 * the retailer's county; and the compliance class rules, read by staff and set by the admin.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { complianceRulesSchema, DEFAULT_COMPLIANCE_RULES } from '../../../core/compliance';
import { todayInChina } from '../../../core/dates';
import { mayOnSupervision } from '../../../core/supervision';
import { conflictCreateSchema, type ConflictView } from '../../../core/supervision-api';
import type { AppEnv } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { staffWho } from '../applications/applications.access';
import { audit } from '../audit/audit.service';
import { complianceRules } from './compliance.repo';

interface ConflictRow {
  id: string;
  staff_id: string;
  staff_name: string;
  licence_id: string;
  number: string;
  shop_name: string;
  county: string;
  reason: string;
  created_at: string;
  removed_at: string | null;
}

const SELECT = `SELECT c.id, c.staff_id, u.display_name AS staff_name, c.licence_id, l.number,
    l.shop_name, l.jurisdiction_code AS county, c.reason, c.created_at, c.removed_at
  FROM inspector_conflicts c JOIN staff_users u ON u.id = c.staff_id
  JOIN licences l ON l.id = c.licence_id`;

function view(r: ConflictRow): ConflictView {
  return {
    id: r.id,
    inspector: { id: r.staff_id, name: r.staff_name },
    licence: { id: r.licence_id, number: r.number, shopName: r.shop_name, county: r.county },
    reason: r.reason,
    // The day in China: an entry made before 08:00 there is still the day before in UTC.
    createdOn: todayInChina(new Date(r.created_at)),
  };
}

const conflictId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Draws honour the register as it stands: removed entries no longer. */
export const registerRoutes = new Hono<AppEnv>()
  .get('/conflicts', requireStaff(), async (c) => {
    const p = staffOf(c);
    const who = staffWho(p);
    if (!mayOnSupervision(who, 'read_conflicts')) throw new AppError('FORBIDDEN');
    const marks = p.counties.map(() => '?').join(',') || "''";
    const rows = await c.env.DB.prepare(
      `${SELECT} WHERE c.removed_at IS NULL AND l.jurisdiction_code IN (${marks}) ORDER BY c.created_at DESC LIMIT 500`,
    )
      .bind(...p.counties)
      .all<ConflictRow>();
    return c.json({ items: rows.results.map(view) });
  })
  .post('/conflicts', requireStaff(), json(conflictCreateSchema), async (c) => {
    const p = staffOf(c);
    const who = staffWho(p);
    if (!mayOnSupervision(who, 'manage_conflicts')) throw new AppError('FORBIDDEN');
    const b = c.req.valid('json');
    const d1 = c.env.DB;
    const licence = await d1
      .prepare('SELECT id, jurisdiction_code AS county FROM licences WHERE number = ?')
      .bind(b.licenceNumber)
      .first<{ id: string; county: string }>();
    const inspector = await d1
      .prepare(`SELECT id FROM staff_users WHERE id = ? AND role = 'inspector'`)
      .bind(b.inspectorId)
      .first<{ id: string }>();
    if (!licence || !inspector || !mayOnSupervision(who, 'manage_conflicts', [licence.county])) {
      throw new AppError('SUPERVISION_CONFLICT_INVALID');
    }
    const id = `ic_${crypto.randomUUID()}`;
    await d1
      .prepare(
        `INSERT INTO inspector_conflicts (id, staff_id, licence_id, reason, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .bind(id, inspector.id, licence.id, b.reason, p.id, appNowIso(c.env))
      .run();
    await audit(c, {
      event: 'supervision_conflict_added',
      subjectType: 'inspector_conflict',
      subjectId: id,
      detail: { inspectorId: inspector.id, licenceId: licence.id },
    });
    const row = await d1.prepare(`${SELECT} WHERE c.id = ?`).bind(id).first<ConflictRow>();
    return c.json({ conflict: view(row as ConflictRow) }, 201);
  })
  .delete('/conflicts/:id', requireStaff(), async (c) => {
    const p = staffOf(c);
    const who = staffWho(p);
    if (!mayOnSupervision(who, 'manage_conflicts')) throw new AppError('FORBIDDEN');
    const id = conflictId.safeParse(c.req.param('id'));
    const row = id.success
      ? await c.env.DB.prepare(`${SELECT} WHERE c.id = ?`).bind(id.data).first<ConflictRow>()
      : null;
    if (!row || !mayOnSupervision(who, 'manage_conflicts', [row.county])) {
      throw new AppError('NOT_FOUND');
    }
    // Removing twice answers the same; the row stays for the record.
    if (row.removed_at) return c.json({ removed: row.id });
    await c.env.DB.prepare(
      'UPDATE inspector_conflicts SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL',
    )
      .bind(appNowIso(c.env), p.id, row.id)
      .run();
    await audit(c, {
      event: 'supervision_conflict_removed',
      subjectType: 'inspector_conflict',
      subjectId: row.id,
      detail: { inspectorId: row.staff_id, licenceId: row.licence_id },
    });
    return c.json({ removed: row.id });
  })
  .get('/rules', requireStaff(), async (c) => {
    if (!mayOnSupervision(staffWho(staffOf(c)), 'read_rules')) throw new AppError('FORBIDDEN');
    return c.json({ rules: await complianceRules(c.env.DB), defaults: DEFAULT_COMPLIANCE_RULES });
  })
  .put('/rules', requireStaff(), json(complianceRulesSchema), async (c) => {
    const p = staffOf(c);
    if (!mayOnSupervision(staffWho(p), 'write_rules')) throw new AppError('FORBIDDEN');
    const rules = c.req.valid('json');
    await c.env.DB.prepare(
      `INSERT INTO compliance_settings (id, rules_json, updated_at, updated_by)
       VALUES ('city', ?, ?, ?) ON CONFLICT (id) DO UPDATE SET rules_json = excluded.rules_json,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    )
      .bind(JSON.stringify(rules), appNowIso(c.env), p.id)
      .run();
    await audit(c, { event: 'compliance_rules_changed', detail: { rules } });
    return c.json({ rules });
  });
