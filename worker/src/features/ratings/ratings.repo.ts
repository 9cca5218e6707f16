/** Reads of ratings, their follow-ups and the finished cases they attach to. */
import type { ApplicationStatus } from '../../../core/application-state';
import type { BusinessType } from '../../../core/business-types';
import {
  RATEABLE_STATUSES,
  caseEndedOn,
  followUpLate,
  type RatingLevel,
  type Resolution,
} from '../../../core/ratings';
import type { FollowUpView, RatingView } from '../../../core/ratings-api';
import { maskPhone } from '../../../core/masking';

/** A finished (or any) case as the rating rules need it. */
export interface RatedCaseRow {
  id: string;
  ref: string;
  applicant_id: string;
  jurisdiction_code: string;
  type: BusinessType;
  status: ApplicationStatus;
  shop_name: string;
  decided_on: string | null;
  delivered_on: string | null;
  terminated_on: string | null;
}

/** The day `row` ended (core caseEndedOn), or null while it is not finished. */
export function endedOnOf(row: RatedCaseRow): string | null {
  return caseEndedOn({
    status: row.status,
    decidedOn: row.decided_on,
    deliveredOn: row.delivered_on,
    terminatedOn: row.terminated_on,
  });
}

/** The finished statuses in SQL (core RATEABLE_STATUSES: fixed words, never user input). */
export const RATEABLE_SQL = `(${RATEABLE_STATUSES.map((s) => `'${s}'`).join(', ')})`;
/**
 * The day a finished case of table alias `a` ended, in SQL: the same answer as caseEndedOn for
 * the rateable statuses (each sets only its own day: delivered, decided, terminated).
 */
export const ENDED_ON_SQL = 'COALESCE(a.delivered_on, a.decided_on, a.terminated_on)';

export interface RatingRow {
  id: string;
  application_id: string;
  applicant_id: string;
  jurisdiction_code: string;
  overall: RatingLevel;
  efficiency: RatingLevel;
  guide: RatingLevel;
  convenience: RatingLevel;
  ease: RatingLevel;
  comment: string | null;
  attachment_id: string | null;
  ended_on: string;
  rated_on: string;
  rated_at: string;
  idempotency_key: string;
  opened_on: string | null;
  due_on: string | null;
  reply: string | null;
  replied_on: string | null;
  replied_by_name: string | null;
  resolution: Resolution | null;
  resolution_comment: string | null;
  rater_name: string | null;
  rater_phone: string;
}

const CASE_COLUMNS = `a.id, a.ref, a.applicant_id, a.jurisdiction_code, a.type, a.status, a.shop_name,
  a.decided_on, a.delivered_on, a.terminated_on`;

const RATING_SELECT = `SELECT r.*, f.opened_on, f.due_on, f.reply, f.replied_on, f.replied_by_name,
  f.resolution, f.resolution_comment, ap.name AS rater_name, ap.phone AS rater_phone
  FROM ratings r JOIN applicants ap ON ap.id = r.applicant_id
  LEFT JOIN rating_follow_ups f ON f.rating_id = r.id`;

export async function findRatedCase(d1: D1Database, id: string): Promise<RatedCaseRow | null> {
  if (id.length > 64) return null;
  return d1
    .prepare(`SELECT ${CASE_COLUMNS} FROM applications a WHERE a.id = ?`)
    .bind(id)
    .first<RatedCaseRow>();
}

/** The applicant's finished cases (delivered, refused or terminated), latest first. */
export async function finishedCasesOf(
  d1: D1Database,
  applicantId: string,
): Promise<RatedCaseRow[]> {
  const res = await d1
    .prepare(
      `SELECT ${CASE_COLUMNS} FROM applications a
       WHERE a.applicant_id = ? AND a.status IN ${RATEABLE_SQL}
       ORDER BY ${ENDED_ON_SQL} DESC, a.ref DESC LIMIT 100`,
    )
    .bind(applicantId)
    .all<RatedCaseRow>();
  return res.results;
}

export async function ratingOfCase(d1: D1Database, applicationId: string) {
  return d1
    .prepare(`${RATING_SELECT} WHERE r.application_id = ?`)
    .bind(applicationId)
    .first<RatingRow>();
}

export async function ratingById(d1: D1Database, id: string) {
  if (id.length > 64) return null;
  return d1.prepare(`${RATING_SELECT} WHERE r.id = ?`).bind(id).first<RatingRow>();
}

export async function ratingByKey(d1: D1Database, key: string) {
  return d1.prepare(`${RATING_SELECT} WHERE r.idempotency_key = ?`).bind(key).first<RatingRow>();
}

export async function ratingsOfApplicant(d1: D1Database, applicantId: string) {
  const res = await d1
    .prepare(`${RATING_SELECT} WHERE r.applicant_id = ?`)
    .bind(applicantId)
    .all<RatingRow>();
  return res.results;
}

/**
 * A rating as `who` may see it: the rater's name and masked phone only when `identity` (the
 * full number is revealed on the case page, with a reason, audited, as any applicant's phone).
 */
export function ratingView(r: RatingRow, today: string, identity: boolean): RatingView {
  const followUp: FollowUpView | null =
    r.opened_on && r.due_on
      ? {
          ratingId: r.id,
          openedOn: r.opened_on,
          dueOn: r.due_on,
          late: followUpLate(today, r.due_on, r.replied_on),
          reply: r.reply,
          repliedOn: r.replied_on,
          repliedBy: r.replied_by_name,
          resolution: r.resolution,
          resolutionComment: r.resolution_comment,
        }
      : null;
  return {
    id: r.id,
    applicationId: r.application_id,
    overall: r.overall,
    indicators: {
      efficiency: r.efficiency,
      guide: r.guide,
      convenience: r.convenience,
      ease: r.ease,
    },
    comment: r.comment,
    attachmentId: r.attachment_id,
    ratedOn: r.rated_on,
    rater: identity ? { name: r.rater_name, phone: maskPhone(r.rater_phone) } : null,
    followUp,
  };
}

export interface FollowUpRow extends RatingRow {
  ref: string;
  type: BusinessType;
  shop_name: string;
}

/** Follow-ups of the counties, by state, nearest due first (late ones lead). */
export async function followUpsOf(
  d1: D1Database,
  counties: readonly string[],
  state: 'open' | 'late' | 'replied' | 'all',
  today: string,
): Promise<FollowUpRow[]> {
  if (counties.length === 0) return [];
  const where = {
    open: 'AND f.replied_on IS NULL',
    late: 'AND ((f.replied_on IS NULL AND f.due_on < ?) OR f.replied_on > f.due_on)',
    replied: 'AND f.replied_on IS NOT NULL',
    all: '',
  }[state];
  const res = await d1
    .prepare(
      `${RATING_SELECT.replace('LEFT JOIN rating_follow_ups', 'JOIN rating_follow_ups')}
       JOIN applications a ON a.id = r.application_id
       WHERE f.jurisdiction_code IN (${counties.map(() => '?').join(',')}) ${where}
       ORDER BY f.replied_on IS NOT NULL, f.due_on, r.rated_at LIMIT 200`.replace(
        'SELECT r.*',
        'SELECT r.*, a.ref, a.type, a.shop_name',
      ),
    )
    .bind(...counties, ...(state === 'late' ? [today] : []))
    .all<FollowUpRow>();
  return res.results;
}

/** Follow-ups not replied by their due day (the approver's warning), per the counties. */
export async function countLateFollowUps(
  d1: D1Database,
  counties: readonly string[],
  today: string,
): Promise<{ open: number; late: number }> {
  if (counties.length === 0) return { open: 0, late: 0 };
  const row = await d1
    .prepare(
      `SELECT COUNT(*) AS open, COALESCE(SUM(due_on < ?), 0) AS late FROM rating_follow_ups
       WHERE replied_on IS NULL AND jurisdiction_code IN (${counties.map(() => '?').join(',')})`,
    )
    .bind(today, ...counties)
    .first<{ open: number; late: number }>();
  return { open: row?.open ?? 0, late: row?.late ?? 0 };
}

/** Finished cases of the counties that ended in [from, to], with their rating facts (no names). */
export async function statsFacts(
  d1: D1Database,
  counties: readonly string[],
  from: string,
  to: string,
) {
  if (counties.length === 0) return [];
  const res = await d1
    .prepare(
      `SELECT ${ENDED_ON_SQL} AS ended_on, r.overall, f.due_on, f.replied_on
       FROM applications a LEFT JOIN ratings r ON r.application_id = a.id
       LEFT JOIN rating_follow_ups f ON f.rating_id = r.id
       WHERE a.status IN ${RATEABLE_SQL}
         AND a.jurisdiction_code IN (${counties.map(() => '?').join(',')})
         AND ${ENDED_ON_SQL} BETWEEN ? AND ?`,
    )
    .bind(...counties, from, to)
    .all<{
      ended_on: string;
      overall: RatingLevel | null;
      due_on: string | null;
      replied_on: string | null;
    }>();
  return res.results;
}
