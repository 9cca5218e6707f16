/**
 * 终止办理: the approver ends an undecided case for a stated ground. The ground and the facts
 * stay on the case (shown to the applicant), the statutory clock stops, an open inspection
 * task is called off, the 终止办理告知书 is issued, and the applicant hears of it with the
 * appeal notice. Who may do it was decided by the route (core/access.ts mayPerform); which
 * statuses allow it, by the state machine.
 */
import type { StaffActionInput } from '../../../core/api';
import { groundFits, terminationLine, terminationNoticeReasons } from '../../../core/termination';
import type { Ctx, StaffPrincipal } from '../../app-env';
import { AppError } from '../../lib/errors';
import { caseMessage } from '../notifications/notify';
import { decisionDocumentStatements } from '../documents/documents.decisions';
import type { ApplicationRow } from './applications.repo';
import type { Transition } from './applications.transition';

type TerminateInput = Extract<StaffActionInput, { action: 'terminate' }>;

/** Calls off the case's check still to be done: nobody goes to inspect a case that ended. */
function cancelOpenChecks(d1: D1Database, applicationId: string): D1PreparedStatement {
  return d1
    .prepare(
      `UPDATE inspection_tasks SET state = 'cancelled', cancel_reason = 'case_terminated',
       version = version + 1
       WHERE application_id = ? AND state IN ('assigned', 'in_progress', 'recorded')`,
    )
    .bind(applicationId);
}

/** The transition that terminates `row`, built on the action's common part `base`. */
export async function terminationTransition(
  c: Ctx,
  p: StaffPrincipal,
  row: ApplicationRow,
  input: TerminateInput,
  today: string,
  base: Transition,
): Promise<Transition> {
  if (!groundFits(input.ground, row.status)) throw new AppError('TERMINATION_GROUND_MISMATCH');
  const reason = input.reason.trim();
  const line = terminationLine(input.ground, reason);
  return {
    ...base,
    reason: line,
    data: { ground: input.ground, reason, appealNotice: true },
    set: {
      terminated_on: today,
      termination_ground: input.ground,
      termination_reason: reason,
      deadline: null,
    },
    extra: [
      cancelOpenChecks(c.env.DB, row.id),
      ...(await decisionDocumentStatements(c, p, row, 'terminate', today, { items: [line] })),
    ],
    notify: caseMessage(row.applicant_id, 'terminated', {
      ref: row.ref,
      type: row.type,
      reasons: terminationNoticeReasons(input.ground, reason),
    }),
  };
}
