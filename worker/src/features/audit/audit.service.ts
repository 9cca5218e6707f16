import type { AuditEvent } from '../../../core/audit-events';
import type { AuditActorKind } from '../../../core/roles';
import type { Ctx } from '../../app-env';
import { getDb } from '../../db/client';
import { auditLog } from '../../db/schema';
import { appNowIso } from '../../lib/clock';
import { maskNumbersInText } from '../../../core/masking';

export interface AuditRecord {
  event: AuditEvent;
  subjectType?: string;
  subjectId?: string;
  detail?: Record<string, unknown>;
  /** Overrides the actor when there is no session yet (e.g. a sign-in attempt). */
  actor?: { kind: AuditActorKind; id: string | null };
}

/** Phone and ID numbers never reach the append-only log in full: it outlives every purpose. */
function redact(value: unknown): unknown {
  if (typeof value === 'string') {
    return maskNumbersInText(value);
  }
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v)]));
  }
  return value;
}

/** The insert for one audit record, so callers can put it in the same D1 batch as the change. */
export function auditInsert(c: Ctx, r: AuditRecord) {
  const p = c.get('principal');
  const actor =
    r.actor ?? (p ? { kind: p.kind, id: p.id } : { kind: 'anonymous' as const, id: null });
  return getDb(c.env.DB)
    .insert(auditLog)
    .values({
      at: appNowIso(c.env),
      actorKind: actor.kind,
      actorId: actor.id,
      event: r.event,
      subjectType: r.subjectType ?? null,
      subjectId: r.subjectId === undefined ? null : (redact(r.subjectId) as string),
      requestId: c.get('requestId'),
      ip: c.req.header('cf-connecting-ip') ?? null,
      detailJson: r.detail ? JSON.stringify(redact(r.detail)) : null,
    });
}

/** Appends one record to the audit log. */
export async function audit(c: Ctx, r: AuditRecord): Promise<void> {
  await auditInsert(c, r);
}

/** The same record as a plain D1 statement, for batches of raw SQL. */
export function auditStatement(c: Ctx, r: AuditRecord): D1PreparedStatement {
  const p = c.get('principal');
  const actor =
    r.actor ?? (p ? { kind: p.kind, id: p.id } : { kind: 'anonymous' as const, id: null });
  return c.env.DB.prepare(
    `INSERT INTO audit_log (at, actor_kind, actor_id, event, subject_type, subject_id,
       request_id, ip, detail_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).bind(
    appNowIso(c.env),
    actor.kind,
    actor.id,
    r.event,
    r.subjectType ?? null,
    r.subjectId === undefined ? null : (redact(r.subjectId) as string),
    c.get('requestId'),
    c.req.header('cf-connecting-ip') ?? null,
    r.detail ? JSON.stringify(redact(r.detail)) : null,
  );
}
