/**
 * 好差评 (GB/T 39734-2020, 国办发〔2019〕51号): the applicant rates each finished case on five
 * levels, overall and on the online indicators; a bad rating opens a follow-up (整改) for the
 * case's unit with its own working-day clock. Every rule about ratings lives here: which cases
 * may be rated and until when, who may rate, reply and see the rater, when a follow-up is late,
 * when the one reminder goes, and how the anonymous statistics count. Worker and PWA ask this.
 */
import type { ApplicationStatus } from './application-state';
import type { WorkCalendar } from './calendar';
import { compareDates } from './dates';
import type { CaseScope, Who } from './access';

type Text = { zh: string; en: string };

/** The five levels, best first (the scheme's order on every rating screen). */
export const RATING_LEVELS = [
  'very_satisfied',
  'satisfied',
  'basic',
  'dissatisfied',
  'very_dissatisfied',
] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const RATING_LEVEL_LABELS: Record<RatingLevel, Text> = {
  very_satisfied: { zh: '非常满意', en: 'Very satisfied' },
  satisfied: { zh: '满意', en: 'Satisfied' },
  basic: { zh: '基本满意', en: 'Fairly satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
  very_dissatisfied: { zh: '非常不满意', en: 'Very dissatisfied' },
};

/** The scheme's score per level (5 … 1), as the provincial platform receives it. */
export const RATING_SCORES: Record<RatingLevel, number> = {
  very_satisfied: 5,
  satisfied: 4,
  basic: 3,
  dissatisfied: 2,
  very_dissatisfied: 1,
};

/** The online-service indicators rated besides the overall level. */
export const RATING_INDICATORS = ['efficiency', 'guide', 'convenience', 'ease'] as const;
export type RatingIndicator = (typeof RATING_INDICATORS)[number];

export const RATING_INDICATOR_LABELS: Record<RatingIndicator, Text> = {
  efficiency: { zh: '办事效率', en: 'Efficiency' },
  guide: { zh: '指南准确', en: 'Accuracy of the guide' },
  convenience: { zh: '便捷程度', en: 'Convenience' },
  ease: { zh: '操作易用', en: 'Ease of use' },
};

/** 不满意 and 非常不满意 are 差评: each opens a follow-up. */
export function isBadRating(level: RatingLevel): boolean {
  return level === 'dissatisfied' || level === 'very_dissatisfied';
}

/**
 * The finished statuses a rating attaches to: delivered (approved and handed over), refused, and
 * terminated (终止办理, the bureau's own act of ending an undecided case). A withdrawal is the
 * applicant's own act, so it is not rated; an approved case is finished once delivered.
 */
export const RATEABLE_STATUSES = [
  'delivered',
  'refused',
  'terminated',
] as const satisfies readonly ApplicationStatus[];

/** Working days after the case ended within which it may be rated (the day it ended is day 0). */
export const RATING_WINDOW_WORKING_DAYS = 5;
/** Default working days a unit has to reply to a bad rating (setting RATING_FOLLOWUP_WORKING_DAYS). */
export const DEFAULT_FOLLOWUP_WORKING_DAYS = 5;
/** The one reminder goes once this many working days of the window have passed unrated. */
export const REMINDER_AFTER_WORKING_DAYS = 3;

/** The day a finished case ended: delivered on, refused (decided) on, terminated on; else null. */
export function caseEndedOn(c: {
  status: ApplicationStatus;
  decidedOn: string | null;
  deliveredOn: string | null;
  terminatedOn: string | null;
}): string | null {
  if (c.status === 'delivered') return c.deliveredOn ?? c.decidedOn;
  if (c.status === 'refused') return c.decidedOn;
  if (c.status === 'terminated') return c.terminatedOn;
  return null;
}

/**
 * The last day a case that ended on `endedOn` may be rated. Example: ended Fri 2026-02-13 →
 * 2026-02-27 (the 调休 Saturday 14th counts, the Spring Festival does not).
 */
export function ratingDeadline(cal: WorkCalendar, endedOn: string): string {
  return cal.addWorkingDays(endedOn, RATING_WINDOW_WORKING_DAYS);
}

/** Where a case stands for rating: not finished, open to rate, rated, or unrated for good. */
export type RatingState = 'not_finished' | 'open' | 'rated' | 'unrated';

export function ratingState(
  cal: WorkCalendar,
  today: string,
  endedOn: string | null,
  rated: boolean,
): RatingState {
  if (rated) return 'rated';
  if (!endedOn) return 'not_finished';
  // After the window the case counts as unrated, never as satisfied (no default rating).
  return compareDates(today, ratingDeadline(cal, endedOn)) <= 0 ? 'open' : 'unrated';
}

/** Why a rating is refused, as the API's error code; null when it may be recorded. */
export type RatingRefusal = 'RATING_NOT_FINISHED' | 'RATING_WINDOW_CLOSED' | 'RATING_EXISTS';

export function ratingRefusal(state: RatingState): RatingRefusal | null {
  switch (state) {
    case 'open':
      return null;
    case 'rated':
      return 'RATING_EXISTS';
    case 'unrated':
      return 'RATING_WINDOW_CLOSED';
    case 'not_finished':
      return 'RATING_NOT_FINISHED';
  }
}

/** Only the applicant of a case rates it (and answers whether the follow-up resolved it). */
export function mayRate(who: Who, c: CaseScope): boolean {
  return who.kind === 'applicant' && who.id === c.applicantId;
}

/**
 * Who handles a bad rating's follow-up: the clerks and approvers of the case's county. Why not:
 * `other_unit` for a clerk or approver of another county (told so plainly), `no` otherwise.
 */
export function followUpHandling(who: Who, c: CaseScope): 'yes' | 'other_unit' | 'no' {
  if (who.kind !== 'staff' || (who.role !== 'clerk' && who.role !== 'approver')) return 'no';
  return who.counties.includes(c.county) ? 'yes' : 'other_unit';
}

/**
 * The rater's identity (name, phone) goes with a rating only to the applicant themself and to
 * those handling its follow-up; everyone else (admins, inspectors, statistics) sees it anonymous.
 */
export function mayReadRaterIdentity(who: Who, c: CaseScope): boolean {
  return mayRate(who, c) || followUpHandling(who, c) === 'yes';
}

/** The anonymous statistics: staff who read county figures (clerks, approvers, admins). */
export function mayReadRatingStats(who: Who): boolean {
  return who.kind === 'staff' && who.role !== 'inspector';
}

/** What the provincial platform was sent (the adapter's record): admins only. */
export function mayReadPlatformLog(who: Who): boolean {
  return who.kind === 'staff' && who.role === 'admin';
}

/** The day a follow-up opened on `openedOn` must be answered in writing by. */
export function followUpDue(cal: WorkCalendar, openedOn: string, workingDays: number): string {
  return cal.addWorkingDays(openedOn, workingDays);
}

/** A follow-up is late once its due day passed without a reply, or if it was replied after it. */
export function followUpLate(today: string, dueOn: string, repliedOn: string | null): boolean {
  return compareDates(repliedOn ?? today, dueOn) > 0;
}

/** Whether the one reminder to rate goes today: 3 working days in, still inside the window. */
export function reminderDue(cal: WorkCalendar, today: string, endedOn: string): boolean {
  const from = cal.addWorkingDays(endedOn, REMINDER_AFTER_WORKING_DAYS);
  return compareDates(today, from) >= 0 && compareDates(today, ratingDeadline(cal, endedOn)) <= 0;
}

/** The applicant's answer to a follow-up's reply (整改结果). */
export const RESOLUTIONS = ['resolved', 'not_resolved'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

export const RESOLUTION_LABELS: Record<Resolution, Text> = {
  resolved: { zh: '已解决', en: 'Resolved' },
  not_resolved: { zh: '未解决', en: 'Not resolved' },
};

/** What the statistics count, per case finished in the period. */
export interface RatingFacts {
  /** Null: finished and not rated (still open or unrated for good). */
  level: RatingLevel | null;
  /** The window closed without a rating. */
  unrated: boolean;
  followUp: { dueOn: string; repliedOn: string | null } | null;
}

export interface RatingSummary {
  rated: number;
  /** Finished cases whose window closed without a rating (never counted as satisfied). */
  unrated: number;
  byLevel: Record<RatingLevel, number>;
  /** 满意度: share of rated cases at 满意 or better (非常满意 + 满意), 0–1; null when none rated. */
  satisfactionRate: number | null;
  /** 好评率 as 国办发〔2019〕51号 counts it: 非常满意 + 满意 + 基本满意 over rated, 0–1. */
  goodRate: number | null;
  /** 差评: 不满意 + 非常不满意. */
  bad: number;
  followUps: number;
  /** Follow-ups answered by their due day, over those answered or already due. */
  followUpOnTimeRate: number | null;
  followUpsLate: number;
}

/** Anonymous statistics over finished cases (no names in, none out). */
export function summarizeRatings(facts: readonly RatingFacts[], today: string): RatingSummary {
  const byLevel = Object.fromEntries(RATING_LEVELS.map((l) => [l, 0])) as Record<
    RatingLevel,
    number
  >;
  let rated = 0;
  let unrated = 0;
  let followUps = 0;
  let settled = 0;
  let late = 0;
  for (const f of facts) {
    if (f.level) {
      rated++;
      byLevel[f.level]++;
    } else if (f.unrated) unrated++;
    if (f.followUp) {
      followUps++;
      const isLate = followUpLate(today, f.followUp.dueOn, f.followUp.repliedOn);
      if (isLate) late++;
      if (f.followUp.repliedOn || isLate) settled++;
    }
  }
  const share = (n: number, of: number) => (of > 0 ? n / of : null);
  const bad = byLevel.dissatisfied + byLevel.very_dissatisfied;
  return {
    rated,
    unrated,
    byLevel,
    satisfactionRate: share(byLevel.very_satisfied + byLevel.satisfied, rated),
    goodRate: share(rated - bad, rated),
    bad,
    followUps,
    followUpOnTimeRate: share(settled - late, settled),
    followUpsLate: late,
  };
}
