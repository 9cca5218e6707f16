/**
 * Dated paths through the application state machine, worked backwards from the date that sets
 * the current clock, so the queue shows the colour each case was given (see clockColours in
 * applications.ts), and decided cases took the time their timing says.
 */
import type { ApplicationStatus } from '../../core/application-state';
import type { WorkCalendar } from '../../core/calendar';
import { correctionDeadline, DEFAULT_CLOCK_RULES } from '../../core/clocks';
import { addCalendarDays } from '../../core/dates';
import {
  CORRECTION_ITEMS,
  EXTENSION_REASONS,
  FAILED_INSPECTION_NOTE,
  INSPECTION_NOTES,
} from './lexicon';
import type { Rng } from './prng';
import { terminated, withdrawn } from './timeline-endings';
import {
  correctionStep,
  inspectionResult,
  type Colour,
  type Inspection,
  type Plan,
  type Step,
  type Timing,
} from './timeline-steps';

export type { Colour, Inspection, Plan, Step, Timing } from './timeline-steps';

/** An accepted case's start: its steps so far, and the day it became `accepted`. */
interface Accepted {
  steps: Step[];
  submittedOn: string;
  acceptedOn: string;
  /** The acceptance itself: the clerk's day, or the day after the window for a deemed one. */
  on: string;
}

const R = DEFAULT_CLOCK_RULES;

/** Steps of one case in date order; a stable sort keeps same-day steps as planned. */
const byDate = (steps: Step[]): Step[] =>
  steps
    .map((s, i) => [s, i] as const)
    .sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1]))
    .map(([s]) => s);

export class Timeline {
  constructor(
    private readonly cal: WorkCalendar,
    private readonly today: string,
    readonly rng: Rng,
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

  /**
   * The day a clock of `period` working days started for it to show `colour` today, worked back
   * from its deadline: red 1–5 working days past it; yellow due today (on a working day) or on
   * the next working day; green with 2 or more days left, mostly young cases, since a bureau
   * that decides in good time has few old cases left open.
   */
  startFor(period: number, colour: Colour): string {
    const r = this.rng;
    const { cal, today } = this;
    let due: string;
    if (colour === 'red') due = this.ago(r.int(1, 5));
    else if (colour === 'yellow')
      due = cal.isWorkingDay(today) && r.chance(0.5) ? today : cal.addWorkingDays(today, 1);
    else
      due = cal.addWorkingDays(
        today,
        period - Math.min(r.int(0, period - 2), r.int(0, period - 2)),
      );
    return this.minus(due, period);
  }

  /** Working days from acceptance to decision for a case of `timing`. */
  decisionSpan(timing: Timing): number {
    const r = this.rng;
    if (timing === 'extended') return r.int(R.decisionDays + 1, R.decisionDays + R.extensionDays);
    if (timing === 'late') return R.decisionDays + r.int(1, 4);
    return 2 + r.int(0, 9) + r.int(0, 8);
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
      steps.push({ action: 'submit', date: first, actor: 'applicant' }, correctionStep(rc, items), {
        action: 'resubmit',
        date: last,
        actor: 'applicant',
      });
    } else steps.push({ action: 'submit', date: last, actor: 'applicant' });
    steps.unshift({
      action: 'create',
      date: addCalendarDays(first, -r.int(0, 4)),
      actor: 'applicant',
    });
    return { steps, submittedOn: last };
  }

  /**
   * Intake plus acceptance, the decision clock starting on `a`. Sometimes nobody acted within
   * the correction window: the clock job then deems it accepted from the day of submission
   * (deemed-acceptance.ts), on the first day after the window, if that is no later than `by`.
   */
  accepted(a: string, by: string = this.today): Accepted {
    const r = this.rng;
    const deemed = addCalendarDays(correctionDeadline(a, this.cal), 1);
    if (r.chance(0.04) && deemed <= by) {
      const { steps } = this.intake(a, false);
      steps.push({ action: 'deem_accept', date: deemed, actor: 'system' });
      return { steps, submittedOn: a, acceptedOn: a, on: deemed };
    }
    const { steps, submittedOn } = this.intake(this.minus(a, r.int(0, 4)), r.chance(0.2));
    steps.push({ action: 'accept', date: a, actor: r.chance(0.1) ? 'approver' : 'clerk' });
    return { steps, submittedOn, acceptedOn: a, on: a };
  }

  /** Assigned from `from`, its result recorded by `latest` when there is a working day between. */
  inspection(from: string, latest: string, passed = true): Step[] {
    const ri = this.plus(from, this.rng.int(0, 1));
    const room = this.cal.workingDaysBetween(ri, latest);
    if (room < 1) return [];
    const rec = this.plus(ri, this.rng.int(1, Math.min(5, room)));
    return [
      { action: 'require_inspection', date: ri, actor: 'clerk' },
      inspectionResult(
        rec,
        passed ? this.rng.pick(INSPECTION_NOTES) : FAILED_INSPECTION_NOTE,
        passed,
      ),
    ];
  }

  /** The approver's one extension (延长), well before the 20 days run out and not before `from`. */
  extension(a: string, from: string): Step {
    const d = this.plus(a, this.rng.int(10, R.decisionDays - 1));
    return {
      action: 'extend',
      date: d < from ? from : d,
      actor: 'approver',
      reason: this.rng.pick(EXTENSION_REASONS),
    };
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

  /**
   * A path ending in `status`; `inspection` is the on-site check it gets (one recorded before the
   * decision, or under way), `timing` how long a decided case took, `refusal` the reason a
   * refused one is given.
   */
  plan(
    status: ApplicationStatus,
    colour: Colour,
    timing: Timing,
    inspection: Inspection,
    refusal: string,
  ): Plan {
    const r = this.rng;
    const plan: Plan = {
      steps: [],
      submittedOn: null,
      acceptedOn: null,
      decidedOn: null,
      deliveredOn: null,
      extended: false,
    };
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
        const i = this.intake(this.startFor(R.correctionNoticeDays, colour), false);
        return { ...plan, steps: i.steps, submittedOn: i.submittedOn };
      }
      case 'resubmitted': {
        const i = this.intake(this.startFor(R.correctionNoticeDays, colour), true);
        return { ...plan, steps: i.steps, submittedOn: i.submittedOn };
      }
      case 'correction_requested': {
        const i = this.intake(this.ago(r.int(0, 12)), false);
        const s = i.submittedOn;
        i.steps.push(correctionStep(this.plus(s, r.int(1, R.correctionNoticeDays)), this.items()));
        return { ...plan, steps: i.steps, submittedOn: s };
      }
      case 'accepted':
      case 'inspection':
        return this.open(status, colour, inspection !== null);
      case 'approved':
      case 'refused':
      case 'delivered':
        return this.decided(status, colour, timing, inspection, refusal);
      case 'withdrawn':
        return withdrawn(this, plan);
      case 'terminated':
        return terminated(this, plan);
    }
  }

  /** Accepted, perhaps under inspection: the decision clock runs (30 days once extended). */
  private open(status: 'accepted' | 'inspection', colour: Colour, inspect: boolean): Plan {
    const r = this.rng;
    const extended = r.chance(0.08);
    const period = R.decisionDays + (extended ? R.extensionDays : 0);
    // An extended case in good time is one that needed more than the first 20 days' look.
    const a =
      extended && colour === 'green'
        ? this.ago(r.int(15, period - 2))
        : this.startFor(period, colour);
    const k = this.cal.workingDaysBetween(a, this.today);
    const acc = this.accepted(a);
    const later: Step[] = [];
    if (status === 'inspection') {
      // A well-run bureau arranges the check within days: still open, it was arranged lately
      // (its task is due within TASK_WORKING_DAYS), never before the acceptance.
      const soon = this.plus(acc.on, r.int(0, 2));
      const lately = this.ago(r.int(0, 3));
      const date = [soon, lately].sort().at(-1) ?? soon;
      later.push({
        action: 'require_inspection',
        date: date > this.today ? this.today : date,
        actor: 'clerk',
      });
    } else if (inspect && k >= 2) later.push(...this.inspection(acc.on, this.today));
    if (extended) later.push(this.extension(a, acc.on));
    return {
      steps: [...acc.steps, ...byDate(later)],
      submittedOn: acc.submittedOn,
      acceptedOn: acc.acceptedOn,
      decidedOn: null,
      deliveredOn: null,
      extended,
    };
  }

  /** Approved (the delivery clock runs), refused or delivered, after `timing` working days. */
  private decided(
    status: 'approved' | 'refused' | 'delivered',
    colour: Colour,
    timing: Timing,
    inspection: Inspection,
    refusal: string,
  ): Plan {
    const r = this.rng;
    let d: string;
    let deliveredOn: string | null = null;
    if (status === 'approved') d = this.startFor(R.deliveryDays, colour);
    else if (status === 'refused') d = this.ago(r.int(0, 20));
    else {
      deliveredOn = this.ago(r.int(0, 15));
      d = this.minus(deliveredOn, r.int(0, 5));
    }
    const a = this.minus(d, this.decisionSpan(timing));
    // Accepted two working days before the decision at the latest: room for the inspection.
    const acc = this.accepted(a, this.minus(d, 2));
    const later: Step[] = [];
    if (inspection) later.push(...this.inspection(acc.on, d, inspection === 'passed'));
    if (timing === 'extended') later.push(this.extension(a, acc.on));
    const steps = [...acc.steps, ...byDate(later)];
    steps.push(
      status === 'refused'
        ? // As the worker records a refusal: its reasons, and that the appeal notice went out.
          {
            action: 'refuse',
            date: d,
            actor: 'approver',
            reason: refusal,
            data: { reasons: [refusal], appealNotice: true },
          }
        : { action: 'approve', date: d, actor: 'approver' },
    );
    if (deliveredOn) steps.push({ action: 'deliver', date: deliveredOn, actor: 'clerk' });
    return {
      steps,
      submittedOn: acc.submittedOn,
      acceptedOn: acc.acceptedOn,
      decidedOn: d,
      deliveredOn,
      extended: timing === 'extended',
    };
  }
}
