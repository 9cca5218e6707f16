/**
 * The common submission: a case created and submitted in one D1 batch, which also records the
 * SMS (local outbox) and reads the new case back. References are random per day; on the rare
 * collision another is drawn.
 */
import type { BusinessType } from '../../../core/business-types';
import { ACTOR_NAMES } from '../../../core/roles';
import { smsSender } from '../../adapters/sms/sms';
import type { Env } from '../../env';
import {
  caseFromResults,
  readCaseStatements,
  type ApplicationRow,
  type EventRow,
} from './applications.repo';
import { transitionStatements, type Transition } from './applications.transition';
import { newRef } from './applications.drafts';
import type { CheckedSubmission } from './submission.service';

export interface NewSubmission {
  id: string;
  applicantId: string;
  phone: string;
  type: BusinessType;
  licenceId: string | undefined;
  idempotencyKey: string;
  checked: CheckedSubmission;
  today: string;
  /** The submit transition of the new case under the reference drawn. */
  transition: (ref: string) => Transition;
}

export interface Committed {
  /** The new case and its history as the batch read them back. */
  created: { row: ApplicationRow; events: EventRow[] } | null;
  /** The transition as committed (its inbox message carries the reference drawn). */
  transition: Transition;
  /** The SMS went out with the batch (the local outbox); otherwise send it after. */
  smsStaged: boolean;
}

/** Creates and submits `s` in one batch; a failure other than a reference collision is thrown. */
export async function commitNewSubmission(env: Env, s: NewSubmission): Promise<Committed> {
  const d1 = env.DB;
  const sms = smsSender(env);
  for (let attempt = 0; ; attempt++) {
    const ref = newRef(s.today);
    const t = s.transition(ref);
    const staged = t.notify && sms.stage ? [sms.stage(s.phone, t.notify.message.sms)] : [];
    // On the app's clock, a moment before its submission: the history lists 创建 first (events
    // are ordered by time, and the database's own 'now' is the real time, not the app's).
    const createdAt = new Date(Date.parse(t.at) - 1).toISOString();
    try {
      const results = await d1.batch([
        d1
          .prepare(
            `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status,
               licence_id, form_json, idempotency_key, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?)`,
          )
          .bind(
            s.id,
            ref,
            s.applicantId,
            s.checked.jurisdictionCode,
            s.type,
            s.licenceId ?? null,
            JSON.stringify(s.checked.form),
            s.idempotencyKey,
            createdAt,
            createdAt,
          ),
        d1
          .prepare(
            `INSERT INTO application_events (id, application_id, actor_kind, actor_id, actor_name,
               action, from_status, to_status, at)
             VALUES (?, ?, 'applicant', ?, ?, 'create', NULL, 'draft', ?)`,
          )
          .bind(crypto.randomUUID(), s.id, s.applicantId, ACTOR_NAMES.applicant, createdAt),
        ...transitionStatements(d1, t),
        ...staged,
        ...readCaseStatements(d1, s.id),
      ]);
      return { created: caseFromResults(results), transition: t, smsStaged: staged.length > 0 };
    } catch (err) {
      if (attempt < 4 && String(err).includes('applications.ref')) continue;
      throw err;
    }
  }
}
