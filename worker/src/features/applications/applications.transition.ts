import type { ApplicationAction, ApplicationStatus } from '../../../core/application-state';
import type { AuditEvent } from '../../../core/audit-events';
import { AppError } from '../../lib/errors';

/** Columns a transition may set besides status; a fixed list keeps the SQL injection-proof. */
const SETTABLE = [
  'accepted_on',
  'submitted_on',
  'decided_on',
  'delivered_on',
  'deadline',
  'correction_requested',
  'assigned_inspector_id',
  'extended',
] as const;
type Settable = (typeof SETTABLE)[number];

export interface Transition {
  applicationId: string;
  expectedVersion: number;
  from: ApplicationStatus;
  to: ApplicationStatus;
  action: ApplicationAction;
  actor: { kind: 'applicant' | 'staff' | 'system'; id: string | null; name: string };
  reason: string | null;
  data?: Record<string, unknown>;
  set?: Partial<Record<Settable, string | number | null>>;
  audit: { event: AuditEvent; requestId: string; ip: string | null };
}

/**
 * Applies a transition as one D1 batch (one transaction): the status update guarded by the
 * version the caller read, then the application event and the audit record, each inserted only
 * if the previous statement changed a row (`changes()`), so a lost race writes nothing at all.
 */
export async function applyTransition(d1: D1Database, t: Transition): Promise<void> {
  const now = new Date().toISOString();
  const set = Object.entries(t.set ?? {}).filter(([k]) => SETTABLE.includes(k as Settable));
  const setSql = set.map(([k]) => `, ${k} = ?`).join('');
  const eventId = crypto.randomUUID();
  const [update] = await d1.batch([
    d1
      .prepare(
        `UPDATE applications SET status = ?, version = version + 1, updated_at = ?${setSql}
         WHERE id = ? AND version = ? AND status = ?`,
      )
      .bind(t.to, now, ...set.map(([, v]) => v), t.applicationId, t.expectedVersion, t.from),
    d1
      .prepare(
        `INSERT INTO application_events (id, application_id, at, actor_kind, actor_id, actor_name,
           action, from_status, to_status, reason, data_json)
         SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE changes() = 1`,
      )
      .bind(
        eventId,
        t.applicationId,
        now,
        t.actor.kind,
        t.actor.id,
        t.actor.name,
        t.action,
        t.from,
        t.to,
        t.reason,
        t.data ? JSON.stringify(t.data) : null,
      ),
    d1
      .prepare(
        `INSERT INTO audit_log (at, actor_kind, actor_id, event, subject_type, subject_id,
           request_id, ip, detail_json)
         SELECT ?, ?, ?, ?, 'application', ?, ?, ?, ? WHERE changes() = 1`,
      )
      .bind(
        now,
        t.actor.kind,
        t.actor.id,
        t.audit.event,
        t.applicationId,
        t.audit.requestId,
        t.audit.ip,
        JSON.stringify({ action: t.action, from: t.from, to: t.to, eventId }),
      ),
  ]);
  if (update?.meta.changes !== 1) throw new AppError('CONFLICT');
}
