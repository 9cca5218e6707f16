/**
 * The applicant-facing progress bar: which of the six steps an application is at. Kept pure
 * so it is tested without a DOM. Inspection is on the path for every type here; when the SOP
 * configuration marks it optional for a type, this is where it will be skipped.
 */
import type { ApplicationStatus } from '@core/application-state';

export const STEP_KEYS = ['fill', 'submit', 'review', 'inspect', 'decide', 'deliver'] as const;
export type StepKey = (typeof STEP_KEYS)[number];
export type StepState = 'done' | 'current' | 'todo';

const CURRENT: Record<ApplicationStatus, number> = {
  draft: 0,
  submitted: 2,
  correction_requested: 2,
  resubmitted: 2,
  accepted: 2,
  inspection: 3,
  approved: 5,
  refused: 4,
  delivered: 6,
  withdrawn: -1,
};

/** Each step with its state; `withdrawn` has no current step (every step 'todo' after fill). */
export function stepStates(status: ApplicationStatus): { key: StepKey; state: StepState }[] {
  const at = CURRENT[status];
  return STEP_KEYS.map((key, i) => {
    if (at < 0) return { key, state: i === 0 ? 'done' : 'todo' };
    // A refusal ends the case at the decision: the decision is done, nothing follows.
    if (status === 'refused') return { key, state: i <= at ? 'done' : 'todo' };
    return { key, state: i < at ? 'done' : i === at ? 'current' : 'todo' };
  });
}
