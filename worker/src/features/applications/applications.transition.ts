import type { ApplicationAction, ApplicationStatus } from '../../../core/application-state';
import type { AuditEvent } from '../../../core/audit-events';
import type { ActorKind } from '../../../core/roles';
import type { RenderedNotification, NotificationTemplate } from '../../../core/notifications';
import { assertInBatch, isAssertionFailure } from '../../lib/batch';
import { AppError } from '../../lib/errors';
import { caseEvent } from '../webhooks/webhooks.emit';

/** Placeholder for a licence number that only exists once the batch has issued it. */
export const LICENCE_NUMBER_SLOT = '{{licence_number}}';

/** Columns a transition may set besides status; a fixed list keeps the SQL injection-proof. */
const SETTABLE = [
  'accepted_on',
  'submitted_on',
  'decided_on',
  'delivered_on',
  'terminated_on',
  'termination_ground',
  'termination_reason',
  'deadline',
  'correction_requested',
  'assigned_inspector_id',
  'extended',
  'form_json',
  'licence_id',
  'grid_id',
  'layout_override_reason',
  'shop_name',
  'address',
  'lat',
  'lng',
  'jurisdiction_code',
  'idempotency_key',
] as const;
type Settable = (typeof SETTABLE)[number];

export interface Transition {
  applicationId: string;
  expectedVersion: number;
  from: ApplicationStatus;
  to: ApplicationStatus;
  action: ApplicationAction | 'extend';
  actor: { kind: ActorKind; id: string | null; name: string };
  reason: string | null;
  /** When it happened, from the app clock (lib/clock). */
  at: string;
  data?: Record<string, unknown>;
  set?: Partial<Record<Settable, string | number | null>>;
  audit: { event: AuditEvent; requestId: string | null; ip: string | null };
  /** Statements that must commit with the transition (e.g. issuing the licence). */
  extra?: D1PreparedStatement[];
  /** The applicant's inbox message, written in the same transaction. */
  notify?: {
    applicantId: string;
    template: NotificationTemplate;
    message: RenderedNotification;
    /** Fills LICENCE_NUMBER_SLOT in the texts from this licence, issued in the same batch. */
    licenceId?: string | null;
  };
  /** Maps a failed in-batch assertion (from `extra`) to the error to answer. */
  onAssertionFailure?: () => Promise<AppError>;
}

/**
 * Applies a transition as one D1 batch (one transaction): the status update guarded by the
 * version the caller read, any extra statements, the application event, the audit record and
 * the inbox message. Either all of it commits or none of it does.
 */
export async function applyTransition(d1: D1Database, t: Transition): Promise<void> {
  try {
    await d1.batch(transitionStatements(d1, t));
  } catch (err) {
    throw await explainFailure(d1, t, err);
  }
}

/** Why a transition batch failed: a lost race on the case, or its own business assertion. */
export async function explainFailure(
  d1: D1Database,
  t: Transition,
  err: unknown,
): Promise<unknown> {
  if (!isAssertionFailure(err)) return err;
  const row = await d1
    .prepare('SELECT version, status FROM applications WHERE id = ?')
    .bind(t.applicationId)
    .first<{ version: number; status: string }>();
  if (!row || row.version !== t.expectedVersion || row.status !== t.from) {
    return new AppError('CONFLICT');
  }
  return t.onAssertionFailure ? await t.onAssertionFailure() : new AppError('CONFLICT');
}

/** The statements of a transition, for callers that need them in a larger batch. */
export function transitionStatements(d1: D1Database, t: Transition): D1PreparedStatement[] {
  const now = t.at;
  const set = Object.entries(t.set ?? {}).filter(([k]) => SETTABLE.includes(k as Settable));
  const setSql = set.map(([k]) => `, ${k} = ?`).join('');
  const eventId = crypto.randomUUID();
  const statements: D1PreparedStatement[] = [
    d1
      .prepare(
        `UPDATE applications SET status = ?, version = version + 1, updated_at = ?${setSql}
         WHERE id = ? AND version = ? AND status = ?`,
      )
      .bind(t.to, now, ...set.map(([, v]) => v), t.applicationId, t.expectedVersion, t.from),
    assertInBatch(d1, 'version', 'changes() = 1'),
    ...(t.extra ?? []),
    // Other systems hear of it through webhooks, from the state the batch leaves.
    caseEvent(
      d1,
      {
        applicationId: t.applicationId,
        action: t.action,
        from: t.from,
        to: t.to,
        actorKind: t.actor.kind,
      },
      now,
    ),
    d1
      .prepare(
        `INSERT INTO application_events (id, application_id, at, actor_kind, actor_id, actor_name,
           action, from_status, to_status, reason, data_json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
         VALUES (?, ?, ?, ?, 'application', ?, ?, ?, ?)`,
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
  ];
  if (t.notify) {
    const m = t.notify.message;
    statements.push(
      d1
        .prepare(
          `INSERT INTO notifications (id, applicant_id, application_id, template, title_zh,
             body_zh, title_en, body_en, created_at)
           SELECT ?, ?, ?, ?, ?, replace(?, '${LICENCE_NUMBER_SLOT}', n), ?,
             replace(?, '${LICENCE_NUMBER_SLOT}', n), ?
           FROM (SELECT COALESCE((SELECT number FROM licences WHERE id = ?), '') AS n)`,
        )
        .bind(
          crypto.randomUUID(),
          t.notify.applicantId,
          t.applicationId,
          t.notify.template,
          m.zh.title,
          m.zh.body,
          m.en.title,
          m.en.body,
          now,
          t.notify.licenceId ?? null,
        ),
    );
  }
  return statements;
}
