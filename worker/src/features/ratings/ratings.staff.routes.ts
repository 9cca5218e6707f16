/**
 * 好差评 for staff: the unit's follow-up list and written reply (clerks and approvers of the
 * case's county), the rating on a case page (the rater named only to those handling it), the
 * anonymous statistics, and the admins' record of what went to the provincial platform.
 */
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { caseReadIsAudited, countyScope } from '../../../core/access';
import { addCalendarDays } from '../../../core/dates';
import {
  followUpHandling,
  mayReadPlatformLog,
  mayReadRaterIdentity,
  mayReadRatingStats,
  ratingDeadline,
  summarizeRatings,
} from '../../../core/ratings';
import {
  followUpListQuery,
  followUpReplySchema,
  ratingStatsQuery,
  type FollowUpList,
  type PlatformLog,
  type RatingStatsAnswer,
} from '../../../core/ratings-api';
import type { AppEnv, Ctx } from '../../app-env';
import { getDb } from '../../db/client';
import { appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json, query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { scopeOf, staffWho } from '../applications/applications.access';
import { staffCase, guardedCase } from '../applications/applications.guard';
import { audit } from '../audit/audit.service';
import { workCalendar } from '../calendar/calendar.service';
import {
  countLateFollowUps,
  findRatedCase,
  followUpsOf,
  ratingById,
  ratingOfCase,
  ratingView,
  statsFacts,
} from './ratings.repo';
import { replyFollowUp } from './ratings.service';

/** A case's scope for the rules, from the rating's case (no inspector can handle a rating). */
const scopeOfRating = (r: { applicant_id: string; jurisdiction_code: string }) => ({
  applicantId: r.applicant_id,
  county: r.jurisdiction_code,
  status: 'delivered' as const,
  inspectorIds: [],
});

/** The follow-up named by the path, if the caller handles it; a clerk of another county is told so. */
async function handledFollowUp(c: Ctx, id: string) {
  const p = staffOf(c);
  const rating = await ratingById(c.env.DB, id);
  if (!rating || !rating.opened_on) throw new AppError('NOT_FOUND');
  const handling = followUpHandling(staffWho(p), scopeOfRating(rating));
  if (handling === 'other_unit') throw new AppError('FOLLOWUP_OTHER_UNIT');
  if (handling !== 'yes') throw new AppError('NOT_FOUND');
  return rating;
}

/** Checks the follow-up before the body is read: a stranger learns nothing from a 400. */
const followUpGuard = createMiddleware<AppEnv>(async (c, next) => {
  await handledFollowUp(c, c.req.param('id') ?? '');
  await next();
});

export const ratingStaffRoutes = new Hono<AppEnv>()
  .get('/follow-ups', requireStaff('clerk', 'approver'), query(followUpListQuery), async (c) => {
    const p = staffOf(c);
    const who = staffWho(p);
    const today = appToday(c.env);
    const counties = countyScope(who);
    const [rows, counts] = await Promise.all([
      followUpsOf(c.env.DB, counties, c.req.valid('query').state, today),
      countLateFollowUps(c.env.DB, counties, today),
    ]);
    const list: FollowUpList = {
      items: rows.map((r) => ({
        applicationId: r.application_id,
        ref: r.ref,
        type: r.type,
        shopName: r.shop_name,
        county: r.jurisdiction_code,
        rating: ratingView(r, today, mayReadRaterIdentity(who, scopeOfRating(r))),
      })),
      counts,
    };
    return c.json(list);
  })
  .post(
    '/follow-ups/:id/reply',
    requireStaff(),
    followUpGuard,
    json(followUpReplySchema),
    async (c) => {
      const rating = await handledFollowUp(c, c.req.param('id'));
      const row = await findRatedCase(c.env.DB, rating.application_id);
      if (!row) throw new AppError('NOT_FOUND');
      await replyFollowUp(c, staffOf(c), rating, row, c.req.valid('json').reply.trim());
      const stored = await ratingById(c.env.DB, rating.id);
      if (!stored) throw new AppError('INTERNAL');
      return c.json({ rating: ratingView(stored, appToday(c.env), true) });
    },
  )
  // The rating of a case, on its staff page; anonymous unless the caller handles its follow-up.
  .get('/cases/:id', requireStaff(), staffCase('rating'), async (c) => {
    const row = guardedCase(c);
    const who = staffWho(staffOf(c));
    const rating = await ratingOfCase(c.env.DB, row.id);
    const today = appToday(c.env);
    const handling = followUpHandling(who, scopeOf(row)) === 'yes';
    return c.json({
      rating: rating ? ratingView(rating, today, mayReadRaterIdentity(who, scopeOf(row))) : null,
      mayReply: handling && rating?.opened_on != null && rating.replied_on === null,
    });
  })
  .get('/stats', requireStaff(), query(ratingStatsQuery), async (c) => {
    const p = staffOf(c);
    const who = staffWho(p);
    if (!mayReadRatingStats(who)) throw new AppError('FORBIDDEN');
    const today = appToday(c.env);
    const from = addCalendarDays(today, -c.req.valid('query').days);
    const cal = await workCalendar(getDb(c.env.DB));
    const [rows, late] = await Promise.all([
      statsFacts(c.env.DB, p.counties, from, today),
      countLateFollowUps(c.env.DB, p.counties, today),
    ]);
    let open = 0;
    const facts = rows.map((r) => {
      const closed = ratingDeadline(cal, r.ended_on) < today;
      if (!r.overall && !closed) open++;
      return {
        level: r.overall,
        unrated: !r.overall && closed,
        followUp: r.due_on ? { dueOn: r.due_on, repliedOn: r.replied_on } : null,
      };
    });
    const answer: RatingStatsAnswer = {
      from,
      to: today,
      open,
      followUpsOpenNow: late.open,
      followUpsLateNow: late.late,
      ...summarizeRatings(facts, today),
    };
    return c.json(answer);
  })
  .get('/platform', requireStaff(), async (c) => {
    const who = staffWho(staffOf(c));
    if (!mayReadPlatformLog(who)) throw new AppError('FORBIDDEN');
    if (caseReadIsAudited(who)) await audit(c, { event: 'rating_platform_read_admin' });
    const res = await c.env.DB.prepare(
      `SELECT * FROM rating_platform_outbox ORDER BY created_at DESC LIMIT 100`,
    ).all<{
      id: string;
      rating_id: string;
      provider: string;
      state: 'pending' | 'sent' | 'failed';
      attempts: number;
      next_attempt_at: string | null;
      last_error: string | null;
      created_at: string;
      sent_at: string | null;
      payload_json: string;
    }>();
    const log: PlatformLog = {
      items: res.results.map((r) => ({
        id: r.id,
        ratingId: r.rating_id,
        provider: r.provider,
        state: r.state,
        attempts: r.attempts,
        nextAttemptAt: r.next_attempt_at,
        lastError: r.last_error,
        createdAt: r.created_at,
        sentAt: r.sent_at,
        payload: JSON.parse(r.payload_json) as unknown,
      })),
    };
    return c.json(log);
  });
