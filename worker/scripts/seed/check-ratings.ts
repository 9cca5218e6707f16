/**
 * The seed's 好差评 against core's rules: every rating inside its case's window, never before
 * the case ended; one follow-up still within its clock, one late, one resolved; and the demo
 * applicant has a finished case still to rate today.
 */
import type { WorkCalendar } from '../../core/calendar';
import { caseEndedOn, followUpLate, ratingState } from '../../core/ratings';
import type { ApplicationRow } from './application-rows';
import { DEMO } from './demo';
import { FOLLOW_UP_COLUMNS, planRatings, RATING_COLUMNS } from './ratings';
import type { StaffRow } from './staff';

export function ratingFigures(
  apps: readonly ApplicationRow[],
  staff: readonly StaffRow[],
  today: string,
  cal: WorkCalendar,
  check: (ok: boolean, what: string) => void,
): Record<string, number> {
  const { ratings, followUps } = planRatings(apps, today, cal, staff);
  const col = (cols: string[], row: unknown[], name: string) => row[cols.indexOf(name)] as string;
  const byId = new Map(apps.map((a) => [a.id, a]));
  for (const r of ratings) {
    const a = byId.get(col(RATING_COLUMNS, r, 'application_id'));
    const ended =
      a &&
      caseEndedOn({
        status: a.status,
        decidedOn: a.decidedOn,
        deliveredOn: a.deliveredOn,
        terminatedOn: a.terminatedOn,
      });
    const on = col(RATING_COLUMNS, r, 'rated_on');
    check(
      !!ended && on >= ended && on <= today && ratingState(cal, on, ended, false) === 'open',
      `rating ${String(r[0])} outside its window`,
    );
  }
  const state = (f: unknown[]) => {
    const replied = col(FOLLOW_UP_COLUMNS, f, 'replied_on');
    if (col(FOLLOW_UP_COLUMNS, f, 'resolution')) return 'resolved';
    return followUpLate(today, col(FOLLOW_UP_COLUMNS, f, 'due_on'), replied) ? 'late' : 'open';
  };
  const states = followUps.map(state);
  for (const s of ['open', 'late', 'resolved'] as const)
    check(states.includes(s), `no ${s} follow-up in the seed`);
  const demoToRate = apps.filter((a) => {
    if (a.applicantId !== DEMO.applicantId) return false;
    const ended = caseEndedOn({
      status: a.status,
      decidedOn: a.decidedOn,
      deliveredOn: a.deliveredOn,
      terminatedOn: a.terminatedOn,
    });
    return ratingState(cal, today, ended, false) === 'open';
  }).length;
  check(demoToRate >= 1, 'the demo applicant has no finished case to rate');
  return { ratings: ratings.length, followUps: followUps.length, demoToRate };
}
