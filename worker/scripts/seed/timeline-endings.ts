/**
 * How seeded cases end before a decision: withdrawn by the applicant (撤回) or terminated by the
 * approver (终止办理), from wherever the case stood.
 */
import { DEFAULT_CLOCK_RULES } from '../../core/clocks';
import { addCalendarDays } from '../../core/dates';
import { terminationLine, type TerminationGround } from '../../core/termination';
import { TERMINATION_FACTS, WITHDRAW_REASONS } from './lexicon';
import type { Timeline } from './timeline';
import { correctionStep, type Plan, type Step } from './timeline-steps';

const R = DEFAULT_CLOCK_RULES;

export function withdrawn(tl: Timeline, plan: Plan): Plan {
  const r = tl.rng;
  const w = tl.ago(r.int(0, 20));
  const from = r.weighted([
    ['draft', 15],
    ['submitted', 30],
    ['correction_requested', 30],
    ['accepted', 20],
    ['inspection', 5],
  ] as const);
  const steps =
    from === 'draft'
      ? [
          {
            action: 'create',
            date: addCalendarDays(w, -r.int(0, 20)),
            actor: 'applicant',
          } as Step,
        ]
      : stoodIn(
          tl,
          plan,
          from,
          w,
          () => r.int(0, 8),
          () => r.int(1, 10),
        );
  steps.push({
    action: 'withdraw',
    date: w,
    actor: 'applicant',
    reason: r.pick(WITHDRAW_REASONS),
  });
  return { ...plan, steps };
}

/**
 * The steps of a case that stood in `from` until it ended (withdrawn, terminated) on `end`:
 * submitted (a 补正 notice `noticeGap()` working days before the end, perhaps sent), or
 * accepted `acceptGap()` working days before it (perhaps sent for inspection).
 */
function stoodIn(
  tl: Timeline,
  plan: Plan,
  from: 'submitted' | 'correction_requested' | 'accepted' | 'inspection',
  end: string,
  noticeGap: () => number,
  acceptGap: () => number,
): Step[] {
  const r = tl.rng;
  if (from === 'submitted' || from === 'correction_requested') {
    const rc = tl.minus(end, noticeGap());
    const i = tl.intake(tl.minus(rc, r.int(1, R.correctionNoticeDays)), false);
    plan.submittedOn = i.submittedOn;
    if (from === 'correction_requested') i.steps.push(correctionStep(rc, tl.items()));
    return i.steps;
  }
  const acc = tl.accepted(tl.minus(end, acceptGap()), end);
  plan.submittedOn = acc.submittedOn;
  plan.acceptedOn = acc.acceptedOn;
  if (from === 'inspection')
    acc.steps.push({ action: 'require_inspection', date: acc.on, actor: 'clerk' });
  return acc.steps;
}

/**
 * 终止办理 by an approver: mostly a 补正 never returned, or premises the officers could not
 * find; sometimes the applicant's call or another authority's order. The ground fits the
 * status the case stood in (core groundFits).
 */
export function terminated(tl: Timeline, plan: Plan): Plan {
  const r = tl.rng;
  const t = tl.ago(r.int(0, 12));
  const from = r.weighted([
    ['submitted', 10],
    ['correction_requested', 40],
    ['accepted', 20],
    ['inspection', 30],
  ] as const);
  const steps = stoodIn(
    tl,
    plan,
    from,
    t,
    () => (from === 'correction_requested' ? r.int(10, 20) : r.int(0, 2)),
    () => r.int(3, 15),
  );
  const ground: TerminationGround =
    from === 'correction_requested'
      ? 'correction_lapsed'
      : from === 'inspection'
        ? r.pick(['premises_not_found', 'premises_not_found', 'applicant_request'] as const)
        : r.pick(['applicant_request', 'authority_order', 'applicant_ceased', 'other'] as const);
  const reason = r.pick(TERMINATION_FACTS[ground]);
  steps.push({
    action: 'terminate',
    date: t,
    actor: 'approver',
    reason: terminationLine(ground, reason),
    data: { ground, reason, appealNotice: true },
  });
  return { ...plan, steps };
}
