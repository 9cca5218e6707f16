/**
 * 停业期满未恢复营业 (PRODUCT.md §2): a licence whose suspension ended without the holder
 * resuming is cancelled (注销) by the scheduled clock runner. A resume application (恢复营业) still
 * open for the licence keeps it suspended: that case decides. Cancelling leaves the grid's count
 * (suspended licences count, cancelled ones don't), tells the holder in the inbox and by SMS,
 * and is audited as the system's act.
 *
 * Each licence's statements repeat the same condition, so a licence resumed between the read and
 * the batch is left alone and a second run changes nothing.
 */
import { licenceEvent } from '../webhooks/webhooks.emit';
import { OPEN_STATUSES } from '../../../core/application-state';
import type { AuditEvent } from '../../../core/audit-events';
import { renderNotification } from '../../../core/notifications';
import type { Env } from '../../env';
import { sendCaseSms } from '../notifications/notify';
import { appNowIso } from '../../lib/clock';

/** Licences handled per run; the clock runs every 10 minutes. */
const PER_RUN = 200;

/** A resume case not decided yet (a draft, or open) keeps the licence suspended; core's constants. */
const UNDECIDED = ['draft', ...OPEN_STATUSES].map((s) => `'${s}'`).join(', ');

const LAPSED = `status = 'suspended' AND suspended_until IS NOT NULL AND suspended_until < ?
  AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.licence_id = licences.id AND a.type = 'resume'
    AND a.status IN (${UNDECIDED}))`;

const EVENT: AuditEvent = 'licence_cancelled_unresumed';

interface Lapsed {
  id: string;
  number: string;
  holder_applicant_id: string | null;
  suspended_until: string;
  grid_id: string;
}

/** Cancels the lapsed suspensions; returns the grids whose count moved. */
export async function cancelUnresumed(env: Env, today: string): Promise<string[]> {
  const d1 = env.DB;
  const due = await d1
    .prepare(
      `SELECT licences.id, number, holder_applicant_id, suspended_until, p.grid_id
       FROM licences JOIN premises p ON p.id = licences.premises_id
       WHERE ${LAPSED} ORDER BY suspended_until LIMIT ${PER_RUN}`,
    )
    .bind(today)
    .all<Lapsed>();
  if (due.results.length === 0) return [];
  const now = appNowIso(env);
  const still = `EXISTS (SELECT 1 FROM licences WHERE id = ? AND ${LAPSED})`;
  const statements: D1PreparedStatement[] = [];
  const messages = new Map<string, ReturnType<typeof renderNotification>>();
  for (const l of due.results) {
    const message = renderNotification('licence_cancelled', {
      ref: l.number,
      type: 'resume',
      deadline: l.suspended_until,
    });
    messages.set(l.id, message);
    if (l.holder_applicant_id) {
      statements.push(
        d1
          .prepare(
            `INSERT INTO notifications (id, applicant_id, application_id, template, title_zh,
               body_zh, title_en, body_en, created_at)
             SELECT ?, ?, NULL, 'licence_cancelled', ?, ?, ?, ?, ? WHERE ${still}`,
          )
          .bind(
            crypto.randomUUID(),
            l.holder_applicant_id,
            message.zh.title,
            message.zh.body,
            message.en.title,
            message.en.body,
            now,
            l.id,
            today,
          ),
      );
    }
    statements.push(
      d1
        .prepare(
          `INSERT INTO audit_log (at, actor_kind, actor_id, event, subject_type, subject_id,
             detail_json)
           SELECT ?, 'system', NULL, ?, 'licence', ?, ? WHERE ${still}`,
        )
        .bind(now, EVENT, l.id, JSON.stringify({ suspendedUntil: l.suspended_until }), l.id, today),
      d1
        .prepare(
          `UPDATE grids SET retailer_count = MAX(0, retailer_count - 1), updated_at = ?
           WHERE id = ? AND ${still}`,
        )
        .bind(now, l.grid_id, l.id, today),
      d1
        .prepare(
          `UPDATE licences SET status = 'cancelled', updated_at = ? WHERE id = ? AND ${LAPSED}
           RETURNING id`,
        )
        .bind(now, l.id, today),
      licenceEvent(d1, l.id, 'cancelled', now, { onlyIfChanged: true }),
    );
  }
  const results = await d1.batch<{ id: string }>(statements);
  const cancelled = new Set(results.flatMap((r) => r.results.map((x) => x.id)));
  const grids = new Set<string>();
  for (const l of due.results) {
    if (!cancelled.has(l.id)) continue;
    grids.add(l.grid_id);
    const message = messages.get(l.id);
    if (l.holder_applicant_id && message) {
      await sendCaseSms(env, null, { applicantId: l.holder_applicant_id, message });
    }
  }
  return [...grids];
}
