/**
 * Exactly-once writes of the applicant on an existing case (补正 resubmission, 撤回). The PWA's
 * outbox resends a request until it lands, so the same request may arrive twice: after a lost
 * answer, or twice at once. Each carries an idempotency key, stored in the batch of the change
 * it made; a request whose key is stored is answered with the case as it is, and changes nothing.
 */
import { AppError } from '../../lib/errors';
import type { ApplicationRow } from './applications.repo';

export type ApplicantWrite = 'resubmit' | 'withdraw';

interface StoredRequest {
  applicant_id: string;
  application_id: string;
  action: string;
}

/** The insert that records `key` with the change it makes (same batch). */
export function requestInsert(
  d1: D1Database,
  r: {
    key: string;
    applicantId: string;
    applicationId: string;
    action: ApplicantWrite;
    /** The app clock's now (lib/clock.ts), never the database's. */
    at: string;
  },
): D1PreparedStatement {
  return d1
    .prepare(
      `INSERT INTO applicant_requests (idempotency_key, applicant_id, application_id, action,
         created_at)
       VALUES (?, ?, ?, ?, ?)`,
    )
    .bind(r.key, r.applicantId, r.applicationId, r.action, r.at);
}

/**
 * Whether `key` already made `action` on `row` (a replay: answer the case, do nothing). A key
 * used for anything else is refused: it cannot stand for two different requests.
 */
export async function alreadyDone(
  d1: D1Database,
  key: string,
  row: Pick<ApplicationRow, 'id' | 'applicant_id'>,
  action: ApplicantWrite,
): Promise<boolean> {
  const done = await d1
    .prepare(
      'SELECT applicant_id, application_id, action FROM applicant_requests WHERE idempotency_key = ?',
    )
    .bind(key)
    .first<StoredRequest>();
  if (!done) return false;
  if (
    done.applicant_id !== row.applicant_id ||
    done.application_id !== row.id ||
    done.action !== action
  ) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED');
  }
  return true;
}

/**
 * Runs `write`; when it fails because a parallel request with the same key got there first,
 * answers like a replay (true) instead of the loser's CONFLICT.
 */
export async function onceOnly(
  d1: D1Database,
  key: string,
  row: Pick<ApplicationRow, 'id' | 'applicant_id'>,
  action: ApplicantWrite,
  write: () => Promise<void>,
): Promise<boolean> {
  try {
    await write();
    return false;
  } catch (err) {
    if (await alreadyDone(d1, key, row, action).catch(() => false)) return true;
    throw err;
  }
}
