/**
 * 终止办理: the approver ends an undecided case for a stated ground. The ground and the facts
 * stay on the case (shown to the applicant), the statutory clock stops, its checks still to
 * come are called off (case-checks.ts), the 终止办理告知书 is issued, and the applicant hears of it with the
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
import { callOffChecks } from './case-checks';

type TerminateInput = Extract<StaffActionInput, { action: 'terminate' }>;

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
      ...callOffChecks(c.env.DB, row.id, 'case_terminated', base.at),
      ...(await decisionDocumentStatements(c, p, row, 'terminate', today, { items: [line] })),
    ],
    notify: caseMessage(row.applicant_id, 'terminated', {
      ref: row.ref,
      type: row.type,
      reasons: terminationNoticeReasons(input.ground, reason),
    }),
  };
}
