/**
 * The one way an event reaches webhook subscribers: a statement that writes one outbox row per
 * active subscription naming the event, for the batch that makes the event happen. It commits
 * or rolls back with it, costs the request no network, and the cron delivers it
 * (webhooks.deliver.ts). The payload is read inside the batch, after the change, so it reports
 * the state the event left (a licence number issued in the same batch included).
 */
import type { LicenceChange, WebhookEvent } from '../../../core/webhooks';

interface Source {
  /** A JSON text expression over `from` (parameters from ?4 on). */
  payload: string;
  from: string;
  params: unknown[];
  /** The event's id per source row; one random id when the source is one row. */
  eventId?: string;
}

/**
 * Fans each row of `source` out to the event's active subscribers, as `{id, type, occurredAt,
 * data}`. Parameters ?1–?3 are the event, a fresh id and the instant.
 */
function fanOut(d1: D1Database, event: WebhookEvent, at: string, source: Source) {
  return d1
    .prepare(
      `INSERT INTO webhook_deliveries (id, subscription_id, event, event_id, payload_json, state,
         attempts, next_attempt_at, created_at)
       SELECT lower(hex(randomblob(16))), s.id, ?1, p.event_id,
         json_object('id', p.event_id, 'type', ?1, 'occurredAt', ?3, 'data', json(p.payload)),
         'pending', 0, ?3, ?3
       FROM webhook_subscriptions s,
         (SELECT ${source.eventId ?? '?2'} AS event_id, ${source.payload} AS payload
          ${source.from}) p
       WHERE s.active = 1
         AND EXISTS (SELECT 1 FROM json_each(s.events_json) e WHERE e.value = ?1)`,
    )
    .bind(event, crypto.randomUUID(), at, ...source.params);
}

const LICENCE_PAYLOAD = (change: string) =>
  `json_object('licenceId', l.id, 'number', l.number, 'status', l.status, 'change', ${change},
     'jurisdictionCode', l.jurisdiction_code, 'issuedOn', l.issued_on,
     'expiresOn', l.expires_on, 'issueVersion', l.issue_version)`;

/** What a case transition reports (no personal data: other systems look people up by right). */
export interface CaseEventFacts {
  applicationId: string;
  action: string;
  from: string;
  to: string;
  actorKind: string;
}

/** `case.transitioned`, for a transition's batch (after its UPDATE). */
export function caseEvent(d1: D1Database, f: CaseEventFacts, at: string): D1PreparedStatement {
  return fanOut(d1, 'case.transitioned', at, {
    payload: `json_object('applicationId', a.id, 'ref', a.ref, 'businessType', a.type,
       'jurisdictionCode', a.jurisdiction_code, 'licenceId', a.licence_id, 'action', ?4,
       'from', ?5, 'to', ?6, 'actor', ?7)`,
    from: 'FROM applications a WHERE a.id = ?8',
    params: [f.action, f.from, f.to, f.actorKind, f.applicationId],
  });
}

/**
 * `licence.issued` (change null) or `licence.changed`, for the batch that changes it, after the
 * change. `onlyIfChanged`: only when the statement just before it changed a row (a guarded
 * UPDATE that may find nothing to do).
 */
export function licenceEvent(
  d1: D1Database,
  licenceId: string,
  change: LicenceChange | null,
  at: string,
  opts: { onlyIfChanged?: boolean } = {},
): D1PreparedStatement {
  return fanOut(d1, change ? 'licence.changed' : 'licence.issued', at, {
    payload: LICENCE_PAYLOAD('?4'),
    from: `FROM licences l WHERE l.id = ?5${opts.onlyIfChanged ? ' AND changes() > 0' : ''}`,
    params: [change, licenceId],
  });
}

/** `licence.changed` (expired) for every licence a bulk expiry stamped with `at`. */
export function expiredLicencesEvent(d1: D1Database, at: string): D1PreparedStatement {
  return fanOut(d1, 'licence.changed', at, {
    payload: LICENCE_PAYLOAD("'expired'"),
    from: `FROM licences l WHERE l.status = 'expired' AND l.updated_at = ?3`,
    params: [],
    eventId: `'expired-' || l.id || '-' || ?3`,
  });
}
