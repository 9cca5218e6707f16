/**
 * 视为受理: a case whose 5-working-day correction window passed without a correction request
 * counts as accepted from the day its materials were received (37号令). Run by the scheduled
 * trigger; each case is its own transition, so one failure does not stop the rest. The
 * transition issues the case's 受理通知书 in its own batch (documents.deemed.ts).
 */
import { PENDING_ACCEPTANCE_STATUSES } from '../../../core/application-state';
import type { BusinessType } from '../../../core/business-types';
import { decisionDeadline } from '../../../core/clocks';
import { todayInChina } from '../../../core/calendar';
import { ACTOR_NAMES } from '../../../core/roles';
import { appNow } from '../../lib/clock';
import { getDb } from '../../db/client';
import type { Env } from '../../env';
import { workCalendar } from '../calendar/calendar.service';
import { deemedAcceptanceStatements } from '../documents/documents.deemed';
import { caseMessage, sendCaseSms } from '../notifications/notify';
import { findApplication } from './applications.repo';
import { applyTransition } from './applications.transition';

interface DueRow {
  id: string;
  ref: string;
  type: BusinessType;
  status: (typeof PENDING_ACCEPTANCE_STATUSES)[number];
  applicant_id: string;
  submitted_on: string;
  version: number;
}

/** Deems accepted every case past its correction deadline; returns how many. */
export async function deemAcceptOverdue(env: Env, now = appNow(env), limit = 500): Promise<number> {
  const today = todayInChina(now);
  const cal = await workCalendar(getDb(env.DB));
  const due = await env.DB.prepare(
    `SELECT id, ref, type, status, applicant_id, submitted_on, version FROM applications
     WHERE status IN (${PENDING_ACCEPTANCE_STATUSES.map(() => '?').join(', ')})
       AND deadline IS NOT NULL AND deadline < ?
     ORDER BY deadline LIMIT ?`,
  )
    .bind(...PENDING_ACCEPTANCE_STATUSES, today, limit)
    .all<DueRow>();
  let done = 0;
  for (const row of due.results) {
    const deadline = decisionDeadline(row.submitted_on, false, cal);
    const notify = caseMessage(row.applicant_id, 'deemed_accepted', {
      ref: row.ref,
      type: row.type,
      deadline,
    });
    try {
      const full = await findApplication(env.DB, row.id);
      if (!full) continue;
      const at = now.toISOString();
      const extra = await deemedAcceptanceStatements(env.DB, full, { today, at, deadline });
      await applyTransition(env.DB, {
        at,
        applicationId: row.id,
        expectedVersion: row.version,
        from: row.status,
        to: 'accepted',
        action: 'deem_accept',
        actor: { kind: 'system', id: null, name: ACTOR_NAMES.system },
        reason: '收到申请材料后5个工作日内未告知补正，依法视为受理',
        set: { accepted_on: row.submitted_on, deadline },
        extra,
        notify,
        audit: { event: 'application_transition', requestId: null, ip: null },
      });
      done++;
      await sendCaseSms(env, null, notify);
    } catch (err) {
      console.error(JSON.stringify({ level: 'warn', deemAccept: row.id, error: String(err) }));
    }
  }
  return done;
}
