/**
 * The applicant-facing progress bar: which steps an application has passed and which it is at.
 * Only steps that apply are shown, and a step is "done" only when it happened: the inspection
 * appears where the rules require one before the decision (core's INSPECTION_BEFORE_DECISION)
 * or where one was arranged, and counts as done only once its result was recorded. Kept pure so
 * it is tested without a DOM.
 */
import type { ApplicationStatus } from '@core/application-state';
import { INSPECTION_BEFORE_DECISION, type BusinessType } from '@core/business-types';

export const STEP_KEYS = ['fill', 'submit', 'review', 'inspect', 'decide', 'deliver'] as const;
export type StepKey = (typeof STEP_KEYS)[number];
export type StepState = 'done' | 'current' | 'todo';

export interface StepFacts {
  type: BusinessType;
  status: ApplicationStatus;
  /** The history; `from` tells where a terminated case stood when the bureau ended it. */
  events: readonly { action: string; from?: ApplicationStatus | null }[];
}

/** Each step that applies, with its state; `withdrawn` and `terminated` have no current step. */
export function stepStates(f: StepFacts): { key: StepKey; state: StepState }[] {
  const arranged = f.events.some((e) => e.action === 'require_inspection');
  const inspected = f.events.some((e) => e.action === 'record_inspection');
  const decided = f.status === 'approved' || f.status === 'refused' || f.status === 'delivered';
  // Once decided, only an inspection that took place is shown; before, the one still due too.
  const showInspect = decided ? inspected : INSPECTION_BEFORE_DECISION[f.type] || arranged;
  const keys = STEP_KEYS.filter((k) => k !== 'inspect' || showInspect);
  const current = currentStep(f.status, showInspect, inspected);
  const at = current === null ? -1 : keys.indexOf(current);
  // 终止办理 stops the case where it stood: the steps before it were done, none follows.
  const stoppedFrom = [...f.events].reverse().find((e) => e.action === 'terminate')?.from;
  const stoppedStep = currentStep(stoppedFrom ?? 'submitted', showInspect, inspected);
  const stoppedAt = stoppedStep === null ? 1 : keys.indexOf(stoppedStep);
  return keys.map((key, i) => {
    if (f.status === 'withdrawn') return { key, state: i === 0 ? 'done' : 'todo' };
    if (f.status === 'terminated') return { key, state: i < stoppedAt ? 'done' : 'todo' };
    if (f.status === 'delivered') return { key, state: 'done' };
    // A refusal ends the case at the decision: the decision is done, nothing follows.
    if (f.status === 'refused') return { key, state: key === 'deliver' ? 'todo' : 'done' };
    return { key, state: i < at ? 'done' : i === at ? 'current' : 'todo' };
  });
}

function currentStep(
  status: ApplicationStatus,
  showInspect: boolean,
  inspected: boolean,
): StepKey | null {
  switch (status) {
    case 'draft':
      return 'fill';
    case 'submitted':
    case 'correction_requested':
    case 'resubmitted':
      return 'review';
    case 'accepted':
      return showInspect && !inspected ? 'inspect' : 'decide';
    case 'inspection':
      return 'inspect';
    case 'approved':
      return 'deliver';
    case 'refused':
    case 'delivered':
      return 'decide';
    case 'withdrawn':
    case 'terminated':
      return null;
  }
}
