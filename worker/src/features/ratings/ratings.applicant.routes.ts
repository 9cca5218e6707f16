/**
 * The applicant's 好差评: their finished cases and where each stands for rating, one rating per
 * case within its window (core/ratings.ts), and the 整改 answer to a follow-up's reply.
 */
import { Hono } from 'hono';
import { mayRate, ratingDeadline, ratingState } from '../../../core/ratings';
import {
  ratingSubmitSchema,
  resolutionSchema,
  type MyRatingsAnswer,
  type RateableCase,
} from '../../../core/ratings-api';
import type { WorkCalendar } from '../../../core/calendar';
import type { AppEnv, Ctx } from '../../app-env';
import { getDb } from '../../db/client';
import { appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { applicantOf, requireApplicant } from '../../middleware/auth';
import { applicantCase, guardedCase } from '../applications/applications.guard';
import { scopeOf, whoOf } from '../applications/applications.access';
import { workCalendar } from '../calendar/calendar.service';
import {
  finishedCasesOf,
  findRatedCase,
  ratingOfCase,
  ratingsOfApplicant,
  ratingView,
  endedOnOf,
  type RatedCaseRow,
  type RatingRow,
} from './ratings.repo';
import { answerResolution, submitRating } from './ratings.service';

function rateable(
  row: RatedCaseRow,
  rating: RatingRow | null,
  cal: WorkCalendar,
  today: string,
): RateableCase | null {
  const endedOn = endedOnOf(row);
  if (!endedOn) return null;
  return {
    applicationId: row.id,
    ref: row.ref,
    type: row.type,
    status: row.status,
    shopName: row.shop_name,
    endedOn,
    deadline: ratingDeadline(cal, endedOn),
    state: ratingState(cal, today, endedOn, rating !== null),
    // The applicant's own rating: they may see themself.
    rating: rating ? ratingView(rating, today, true) : null,
  };
}

async function caseAnswer(c: Ctx, id: string) {
  const row = await findRatedCase(c.env.DB, id);
  if (!row) throw new AppError('NOT_FOUND');
  const cal = await workCalendar(getDb(c.env.DB));
  return { row, answer: rateable(row, await ratingOfCase(c.env.DB, id), cal, appToday(c.env)) };
}

export const ratingApplicantRoutes = new Hono<AppEnv>()
  .use(requireApplicant)
  .get('/', async (c) => {
    const p = applicantOf(c);
    const [rows, ratings, cal] = await Promise.all([
      finishedCasesOf(c.env.DB, p.id),
      ratingsOfApplicant(c.env.DB, p.id),
      workCalendar(getDb(c.env.DB)),
    ]);
    const byCase = new Map(ratings.map((r) => [r.application_id, r]));
    const today = appToday(c.env);
    const answer: MyRatingsAnswer = {
      items: rows.flatMap((r) => rateable(r, byCase.get(r.id) ?? null, cal, today) ?? []),
    };
    return c.json(answer);
  })
  // One case (finished or not): the case page shows the rating and the unit's reply.
  .get('/:id', applicantCase(), async (c) => {
    const { answer } = await caseAnswer(c, guardedCase(c).id);
    return c.json({ item: answer });
  })
  .post('/:id', applicantCase(), json(ratingSubmitSchema), async (c) => {
    if (!mayRate(whoOf(applicantOf(c)), scopeOf(guardedCase(c)))) throw new AppError('NOT_FOUND');
    const { row } = await caseAnswer(c, guardedCase(c).id);
    await submitRating(c, row, c.req.valid('json'));
    const { answer } = await caseAnswer(c, row.id);
    return c.json({ item: answer as RateableCase }, 201);
  })
  .post('/:id/resolution', applicantCase(), json(resolutionSchema), async (c) => {
    const rating = await ratingOfCase(c.env.DB, guardedCase(c).id);
    if (!rating) throw new AppError('NOT_FOUND');
    const input = c.req.valid('json');
    await answerResolution(c, rating, input.resolution, input.comment?.trim() || null);
    const { answer } = await caseAnswer(c, rating.application_id);
    return c.json({ item: answer as RateableCase });
  });
