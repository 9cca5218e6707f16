/**
 * 好差评 in the demo: ratings of finished 潍城区 cases of generated applicants, dated from
 * "today" — a few satisfied, one 不满意 whose follow-up is still within its clock, one
 * 非常不满意 whose follow-up is late (no reply past its due day), and one answered and
 * resolved. The demo applicant's own finished cases stay unrated, for the demo to rate.
 */
import type { WorkCalendar } from '../../core/calendar';
import {
  caseEndedOn,
  DEFAULT_FOLLOWUP_WORKING_DAYS,
  followUpDue,
  RATING_INDICATORS,
  ratingDeadline,
  type RatingLevel,
} from '../../core/ratings';
import type { ApplicationRow } from './application-rows';
import { DEMO } from './demo';
import { inserts, type SqlValue } from './sql';
import type { StaffRow } from './staff';

interface Plan {
  level: RatingLevel;
  comment: string | null;
  /** Working days after the end it was rated (inside the 5-day window). */
  after: number;
  followUp?: 'open' | 'late' | 'resolved';
}

// The open follow-up first: it needs one of the latest finished cases.
const PLANS: Plan[] = [
  { level: 'dissatisfied', comment: '等待受理的时间太长。', after: 0, followUp: 'open' },
  { level: 'very_satisfied', comment: '窗口办理很快，指南写得清楚。', after: 1 },
  { level: 'satisfied', comment: null, after: 2 },
  { level: 'satisfied', comment: '网上提交很方便。', after: 1 },
  { level: 'basic', comment: '材料要求可以再说明得具体一些。', after: 3 },
  {
    level: 'very_dissatisfied',
    comment: '现场核查时间一再变动，没有提前通知。',
    after: 1,
    followUp: 'late',
  },
  {
    level: 'dissatisfied',
    comment: '补正材料要求前后不一致，多跑了一趟。',
    after: 1,
    followUp: 'resolved',
  },
];

const cols = (s: string): string[] => s.split(' ');

/** The seeded ratings and follow-ups as table rows (columns as in renderRatings). */
export function planRatings(
  apps: readonly ApplicationRow[],
  today: string,
  cal: WorkCalendar,
  staff: readonly StaffRow[],
): { ratings: SqlValue[][]; followUps: SqlValue[][] } {
  const clerk = staff.find((s) => s.username === DEMO.usernames.clerk);
  // Finished 潍城区 cases of other applicants, latest end first, whose rating day has come.
  const finished = apps
    .map((a) => ({
      a,
      ended: caseEndedOn({
        status: a.status,
        decidedOn: a.decidedOn,
        deliveredOn: a.deliveredOn,
        terminatedOn: a.terminatedOn,
      }),
    }))
    .filter(
      (x): x is { a: ApplicationRow; ended: string } =>
        x.ended !== null && x.a.unit === DEMO.county && x.a.applicantId !== DEMO.applicantId,
    )
    .sort((x, y) =>
      x.ended === y.ended ? x.a.ref.localeCompare(y.a.ref) : x.ended < y.ended ? 1 : -1,
    );
  const ratings: SqlValue[][] = [];
  const followUps: SqlValue[][] = [];
  const used = new Set<string>();
  const days = DEFAULT_FOLLOWUP_WORKING_DAYS;
  for (const [i, plan] of PLANS.entries()) {
    // The open follow-up as late in its case's window as today allows (its clock still runs);
    // the late one long enough ago to be past due.
    const ratedOn = (ended: string) =>
      plan.followUp === 'open'
        ? [today, ratingDeadline(cal, ended)].sort()[0]!
        : cal.addWorkingDays(ended, plan.after);
    const want = (x: { ended: string }) => {
      const rated = ratedOn(x.ended);
      if (rated > today || rated > ratingDeadline(cal, x.ended)) return false;
      if (plan.followUp === 'open') return followUpDue(cal, rated, days) > today;
      if (plan.followUp) return followUpDue(cal, rated, days) < today;
      return true;
    };
    const pick = finished.find((x) => !used.has(x.a.id) && want(x));
    if (!pick) continue;
    used.add(pick.a.id);
    const rated = ratedOn(pick.ended);
    const id = `rtg_demo_${i + 1}`;
    const levels = RATING_INDICATORS.map((_, k) =>
      k === 3 && plan.level === 'satisfied' ? 'very_satisfied' : plan.level,
    );
    ratings.push([
      id,
      pick.a.id,
      pick.a.applicantId,
      pick.a.unit,
      plan.level,
      ...levels,
      plan.comment,
      pick.ended,
      rated,
      `${rated}T02:${String(10 + i).padStart(2, '0')}:00.000Z`,
      `seed-rating-${i + 1}`,
    ]);
    if (!plan.followUp) continue;
    const due = followUpDue(cal, rated, days);
    const replied = plan.followUp === 'resolved' ? cal.addWorkingDays(rated, 2) : null;
    followUps.push([
      id,
      pick.a.id,
      pick.a.unit,
      rated,
      due,
      replied ? '已电话联系申请人，统一了补正材料清单，并在窗口公示。感谢您的监督。' : null,
      replied,
      replied ? `${replied}T03:00:00.000Z` : null,
      replied ? (clerk?.id ?? null) : null,
      replied ? (clerk?.displayName ?? null) : null,
      replied ? 'resolved' : null,
      replied ? `${replied}T08:00:00.000Z` : null,
    ]);
  }
  return { ratings, followUps };
}

export const RATING_COLUMNS = cols(
  'id application_id applicant_id jurisdiction_code overall efficiency guide convenience ease comment ended_on rated_on rated_at idempotency_key',
);
export const FOLLOW_UP_COLUMNS = cols(
  'rating_id application_id jurisdiction_code opened_on due_on reply replied_on replied_at replied_by replied_by_name resolution resolved_at',
);

export function renderRatings(
  apps: readonly ApplicationRow[],
  today: string,
  cal: WorkCalendar,
  staff: readonly StaffRow[],
): string[] {
  const { ratings, followUps } = planRatings(apps, today, cal, staff);
  return [
    ...inserts('ratings', RATING_COLUMNS, ratings),
    ...inserts('rating_follow_ups', FOLLOW_UP_COLUMNS, followUps),
  ];
}
