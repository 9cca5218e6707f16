/** What a seeded case's timeline is made of: its planned steps and the plan's outcome. */
import type { ActionActor } from '../../core/application-state';
import type { CaseAction } from '../../core/access';
import type { ClockColour } from '../../core/clocks';

/** The clock a case is planned to show; planned cases always have one. */
export type Colour = Exclude<ClockColour, 'none'>;

/**
 * How long a decided case took: within the 20 working days, within 30 after the one extension,
 * or past its deadline.
 */
export type Timing = 'on_time' | 'extended' | 'late';

/** The on-site check a case gets before its decision, if any, and what the officers found. */
export type Inspection = 'passed' | 'failed' | null;

export interface Step {
  action: CaseAction | 'create';
  date: string;
  actor: ActionActor;
  reason?: string | null;
  data?: Record<string, unknown>;
}

export interface Plan {
  steps: Step[];
  submittedOn: string | null;
  acceptedOn: string | null;
  decidedOn: string | null;
  deliveredOn: string | null;
  extended: boolean;
}

/** The officers' finding, as the worker records it: the notes, and whether the premises passed. */
export function inspectionResult(date: string, notes: string, passed: boolean): Step {
  return {
    action: 'record_inspection',
    date,
    actor: 'inspector',
    reason: notes,
    data: { passed, notes },
  };
}

/** 补正告知: every item at once, as the worker records it. */
export function correctionStep(date: string, items: string[]): Step {
  return {
    action: 'request_correction',
    date,
    actor: 'clerk',
    reason: items.join('\n'),
    data: { items },
  };
}
