/**
 * Dated paths through the application state machine, worked backwards from the date that sets
 * the current clock, so the queue shows a chosen mix of green, yellow and red deadlines.
 */
import type {
  ActionActor,
  ApplicationAction,
  ApplicationStatus,
} from '../../core/application-state';
import type { WorkCalendar } from '../../core/calendar';
import { DEFAULT_CLOCK_RULES, type ClockColour } from '../../core/clocks';
import { addCalendarDays } from '../../core/dates';
import { CORRECTION_ITEMS, INSPECTION_NOTES, WITHDRAW_REASONS } from './lexicon';
import type { Rng } from './prng';

/** The clock a case is planned to show; planned cases always have one. */
export type Colour = Exclude<ClockColour, 'none'>;

export interface Step {
  action: ApplicationAction | 'create';
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

const R = DEFAULT_CLOCK_RULES;

export class Timeline {
  constructor(
    private readonly cal: WorkCalendar,
    private readonly today: string,
    private readonly rng: Rng,
  ) {}

  ago(k: number): string {
    return this.cal.subtractWorkingDays(this.today, k);
  }
  minus(d: string, k: number): string {
    return this.cal.subtractWorkingDays(d, k);
  }
  plus(d: string, k: number): string {
    const x = this.cal.addWorkingDays(d, k);
    return x > this.today ? this.today : x;
  }
  /** Working days from `a` to today. */
  since(a: string): number {
    return this.cal.workingDaysBetween(a, this.today);
  }

  /** Working days ago for a clock of `period` days to show `colour` today. */
  agoFor(period: number, colour: Colour): number {
    const r = this.rng;
    if (colour === 'green') return r.int(0, period - 2);
    if (colour === 'yellow') return r.int(period - 1, period);
    return r.int(period + 1, period + 5);
  }

  /** Draft, submission and (optionally) one round of corrections, the last submission on `last`. */
  intake(
    last: string,
    correction: boolean,
    items: string[] = this.items(),
  ): { steps: Step[]; submittedOn: string } {
    const r = this.rng;
    const steps: Step[] = [];
    let first = last;
    if (correction) {
      const rc = this.minus(last, r.int(1, 6));
      first = this.minus(rc, r.int(1, R.correctionNoticeDays));
      steps.push(
        { action: 'submit', date: first, actor: 'applicant' },
        {
          action: 'request_correction',
          date: rc,
          actor: 'clerk',
          reason: items.join('\n'),
          data: { items },
        },
        { action: 'resubmit', date: last, actor: 'applicant' },
      );
    } else steps.push({ action: 'submit', date: last, actor: 'applicant' });
    steps.unshift({
      action: 'create',
      date: addCalendarDays(first, -r.int(0, 4)),
      actor: 'applicant',
    });
    return { steps, submittedOn: last };
  }

  /** Intake plus acceptance on `a` (sometimes deemed accepted by the clock). */
  accepted(a: string): { steps: Step[]; submittedOn: string } {
    const r = this.rng;
    if (r.chance(0.04)) {
      // Nobody acted within the correction window: accepted by law the day after it closed.
      const s = this.minus(a, R.correctionNoticeDays + 1);
      const { steps } = this.intake(s, false);
      return {
        steps: [...steps, { action: 'deem_accept', date: a, actor: 'system' }],
        submittedOn: s,
      };
    }
    const { steps, submittedOn } = this.intake(this.minus(a, r.int(0, 4)), r.chance(0.2));
    steps.push({ action: 'accept', date: a, actor: r.chance(0.1) ? 'approver' : 'clerk' });
    return { steps, submittedOn };
  }

  inspection(from: string, latest: string): Step[] {
    const ri = this.plus(from, this.rng.int(0, 1));
    const room = this.cal.workingDaysBetween(ri, latest);
    if (room < 1) return [];
    const rec = this.plus(ri, this.rng.int(1, Math.min(5, room)));
    return [
      { action: 'require_inspection', date: ri, actor: 'clerk' },
      {
        action: 'record_inspection',
        date: rec,
        actor: 'inspector',
        reason: this.rng.pick(INSPECTION_NOTES),
      },
    ];
  }

  items(): string[] {
    const all = this.rng.shuffle([...CORRECTION_ITEMS]);
    return all.slice(
      0,
      this.rng.weighted([
        [1, 3],
        [2, 4],
        [3, 2],
      ] as const),
    );
  }

  /** A path ending in `status`; `inspect` says whether an on-site check is likely. */
  plan(status: ApplicationStatus, colour: Colour, inspect: boolean, refuseReason: string): Plan {
    const r = this.rng;
    const plan: Plan = {
      steps: [],
      submittedOn: null,
      acceptedOn: null,
      decidedOn: null,
      deliveredOn: null,
      extended: false,
    };
    const decisionDays = (): number => R.decisionDays + (plan.extended ? R.extensionDays : 0);
    switch (status) {
      case 'draft':
        plan.steps = [
          {
            action: 'create',
            date: addCalendarDays(this.today, -r.int(0, 25)),
            actor: 'applicant',
          },
        ];
        return plan;
      case 'submitted': {
        const i = this.intake(this.ago(this.agoFor(R.correctionNoticeDays, colour)), false);
        return { ...plan, steps: i.steps, submittedOn: i.submittedOn };
      }
      case 'resubmitted': {
        const i = this.intake(this.ago(this.agoFor(R.correctionNoticeDays, colour)), true);
        return { ...plan, steps: i.steps, submittedOn: i.submittedOn };
      }
      case 'correction_requested': {
        const i = this.intake(this.ago(r.int(0, 12)), false);
        const s = i.submittedOn;
        const rc = this.plus(s, r.int(1, R.correctionNoticeDays));
        const items = this.items();
        i.steps.push({
          action: 'request_correction',
          date: rc,
          actor: 'clerk',
          reason: items.join('\n'),
          data: { items },
        });
        return { ...plan, steps: i.steps, submittedOn: s };
      }
      case 'accepted':
      case 'inspection': {
        plan.extended = r.chance(0.08);
        const k = this.agoFor(decisionDays(), colour);
        const a = this.ago(k);
        const acc = this.accepted(a);
        plan.steps = acc.steps;
        plan.submittedOn = acc.submittedOn;
        plan.acceptedOn = a;
        if (status === 'inspection') {
          plan.steps.push({
            action: 'require_inspection',
            date: this.plus(a, r.int(0, Math.min(2, k))),
            actor: 'clerk',
          });
        } else if (inspect && k >= 2) plan.steps.push(...this.inspection(a, this.today));
        return plan;
      }
      case 'approved':
      case 'refused':
      case 'delivered': {
        plan.extended = r.chance(0.04);
        let d: string;
        if (status === 'approved') d = this.ago(this.agoFor(R.deliveryDays, colour));
        else if (status === 'refused') d = this.ago(r.int(0, 20));
        else {
          const dl = this.ago(r.int(0, 15));
          d = this.minus(dl, r.int(0, 5));
          plan.deliveredOn = dl;
        }
        const a = this.minus(d, r.int(3, 12));
        const acc = this.accepted(a);
        plan.steps = acc.steps;
        if (inspect) plan.steps.push(...this.inspection(a, this.minus(d, 0)));
        plan.steps.push(
          status === 'refused'
            ? { action: 'refuse', date: d, actor: 'approver', reason: refuseReason }
            : { action: 'approve', date: d, actor: 'approver' },
        );
        if (plan.deliveredOn)
          plan.steps.push({ action: 'deliver', date: plan.deliveredOn, actor: 'clerk' });
        return { ...plan, submittedOn: acc.submittedOn, acceptedOn: a, decidedOn: d };
      }
      case 'withdrawn':
        return this.withdrawn(plan);
    }
  }

  private withdrawn(plan: Plan): Plan {
    const r = this.rng;
    const w = this.ago(r.int(0, 20));
    const from = r.weighted([
      ['draft', 15],
      ['submitted', 30],
      ['correction_requested', 30],
      ['accepted', 20],
      ['inspection', 5],
    ] as const);
    let steps: Step[];
    if (from === 'draft')
      steps = [{ action: 'create', date: addCalendarDays(w, -r.int(0, 20)), actor: 'applicant' }];
    else if (from === 'submitted' || from === 'correction_requested') {
      const rc = this.minus(w, r.int(0, 8));
      const i = this.intake(this.minus(rc, r.int(1, R.correctionNoticeDays)), false);
      steps = i.steps;
      plan.submittedOn = i.submittedOn;
      if (from === 'correction_requested') {
        const items = this.items();
        steps.push({
          action: 'request_correction',
          date: rc,
          actor: 'clerk',
          reason: items.join('\n'),
          data: { items },
        });
      }
    } else {
      const a = this.minus(w, r.int(1, 10));
      const acc = this.accepted(a);
      steps = acc.steps;
      plan.submittedOn = acc.submittedOn;
      plan.acceptedOn = a;
      if (from === 'inspection')
        steps.push({ action: 'require_inspection', date: a, actor: 'clerk' });
    }
    steps.push({
      action: 'withdraw',
      date: w,
      actor: 'applicant',
      reason: r.pick(WITHDRAW_REASONS),
    });
    return { ...plan, steps };
  }
}
