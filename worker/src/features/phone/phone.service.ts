/**
 * Moving an applicant's account to a new phone (core/phone-change.ts). The number changes in
 * one batch that also asserts the new number is free, ends sessions and writes the audit
 * record with both numbers (the audit log masks them: 138****0001).
 */
import { maskPhone } from '../../../core/masking';
import type { PhoneChanged } from '../../../core/phone-change';
import type { Ctx } from '../../app-env';
import { assertInBatch, isAssertionFailure } from '../../lib/batch';
import { AppError } from '../../lib/errors';
import { auditInsert, type AuditRecord } from '../audit/audit.service';

/** Refuses a new number that is the current one or belongs to another account. */
export async function checkNewPhone(c: Ctx, currentPhone: string, newPhone: string) {
  if (newPhone === currentPhone) throw new AppError('PHONE_UNCHANGED');
  const taken = await c.env.DB.prepare('SELECT 1 FROM applicants WHERE phone = ?')
    .bind(newPhone)
    .first();
  if (taken) throw new AppError('PHONE_TAKEN');
}

export interface PhoneMove {
  applicantId: string;
  from: string;
  to: string;
  /** The session to keep (the applicant's own device); null ends every session. */
  keepSession: string | null;
  /** Whether the applicant's push subscriptions go too (a lost phone keeps getting reminders). */
  dropPush: boolean;
  audit: Pick<AuditRecord, 'event' | 'detail'>;
}

export async function movePhone(c: Ctx, m: PhoneMove): Promise<PhoneChanged> {
  const d1 = c.env.DB;
  const ended = await d1
    .prepare(
      `SELECT COUNT(*) AS n FROM sessions WHERE principal_kind = 'applicant' AND principal_id = ?
       AND token_hash IS NOT ?`,
    )
    .bind(m.applicantId, m.keepSession)
    .first<{ n: number }>();
  const auditStmt = auditInsert(c, {
    event: m.audit.event,
    subjectType: 'applicant',
    subjectId: m.applicantId,
    detail: { ...m.audit.detail, from: m.from, to: m.to },
  });
  // The audit insert as a plain statement, so it commits in the same D1 batch.
  const q = auditStmt.toSQL();
  const audited = d1.prepare(q.sql).bind(...q.params);
  try {
    await d1.batch([
      assertSql(d1, m.to),
      d1
        .prepare('UPDATE applicants SET phone = ? WHERE id = ? AND phone = ?')
        .bind(m.to, m.applicantId, m.from),
      assertMoved(d1, m.applicantId, m.to),
      d1
        .prepare(
          `DELETE FROM sessions WHERE principal_kind = 'applicant' AND principal_id = ?
           AND token_hash IS NOT ?`,
        )
        .bind(m.applicantId, m.keepSession),
      ...(m.dropPush
        ? [d1.prepare('DELETE FROM push_subscriptions WHERE applicant_id = ?').bind(m.applicantId)]
        : []),
      audited,
    ]);
  } catch (err) {
    if (isAssertionFailure(err)) throw new AppError('PHONE_TAKEN');
    throw err;
  }
  return { ok: true, phone: maskPhone(m.to), sessionsEnded: ended?.n ?? 0 };
}

// A number taken between the check and the batch (a parallel sign-in) rolls everything back.
const assertSql = (d1: D1Database, phone: string) =>
  assertInBatch(d1, 'phone_free', 'NOT EXISTS (SELECT 1 FROM applicants WHERE phone = ?)', phone);
const assertMoved = (d1: D1Database, id: string, phone: string) =>
  assertInBatch(
    d1,
    'phone_moved',
    'EXISTS (SELECT 1 FROM applicants WHERE id = ? AND phone = ?)',
    id,
    phone,
  );
