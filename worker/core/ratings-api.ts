/**
 * The ratings' API contract (core/ratings.ts holds the rules): request schemas the routes
 * validate with, and the answers the PWA reads.
 */
import { z } from 'zod';
import type { ApplicationStatus } from './application-state';
import type { BusinessType } from './business-types';
import { longText } from './fields';
import {
  RATING_INDICATORS,
  RATING_LEVELS,
  RESOLUTIONS,
  type RatingIndicator,
  type RatingLevel,
  type RatingState,
  type RatingSummary,
  type Resolution,
} from './ratings';

const level = z.enum(RATING_LEVELS);

/** `POST /api/my/ratings/:applicationId`: one rating of one finished case. */
export const ratingSubmitSchema = z
  .object({
    /** The device's key for this submission: a retried request is answered, not recorded twice. */
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    overall: level,
    indicators: z
      .object(
        Object.fromEntries(RATING_INDICATORS.map((k) => [k, level])) as Record<
          RatingIndicator,
          typeof level
        >,
      )
      .strict(),
    comment: longText(0, 500).optional(),
    /** A photo uploaded first (`POST /api/my/attachments?kind=ratingPhoto`). */
    attachmentId: z.string().uuid().optional(),
  })
  .strict();
export type RatingSubmitRequest = z.input<typeof ratingSubmitSchema>;

/** `POST /api/my/ratings/:applicationId/resolution`: did the follow-up resolve it (整改结果)? */
export const resolutionSchema = z
  .object({ resolution: z.enum(RESOLUTIONS), comment: longText(0, 300).optional() })
  .strict();

/** `POST /api/ratings/follow-ups/:ratingId/reply`: the unit's written reply. */
export const followUpReplySchema = z.object({ reply: longText(4, 1000) }).strict();

/** `GET /api/ratings/follow-ups`: open (not replied), late, replied, or all of the caller's counties. */
export const followUpListQuery = z
  .object({ state: z.enum(['open', 'late', 'replied', 'all']).default('open') })
  .strict();

/** `GET /api/ratings/stats`: finished cases whose end falls in the last `days` calendar days. */
export const ratingStatsQuery = z
  .object({ days: z.coerce.number().int().min(7).max(366).default(90) })
  .strict();

/** A follow-up of a bad rating, as its handlers and the rater see it. */
export interface FollowUpView {
  ratingId: string;
  openedOn: string;
  dueOn: string;
  late: boolean;
  reply: string | null;
  repliedOn: string | null;
  /** The replying staff member's name (the applicant reads who answered). */
  repliedBy: string | null;
  resolution: Resolution | null;
  resolutionComment: string | null;
}

/** One rating; `rater` only for those who may see who rated (core mayReadRaterIdentity). */
export interface RatingView {
  id: string;
  applicationId: string;
  overall: RatingLevel;
  indicators: Record<RatingIndicator, RatingLevel>;
  comment: string | null;
  attachmentId: string | null;
  ratedOn: string;
  /** Name and masked phone (the full number: the case page's audited reveal). */
  rater: { name: string | null; phone: string } | null;
  followUp: FollowUpView | null;
}

/** A finished case of the applicant, with where it stands for rating. */
export interface RateableCase {
  applicationId: string;
  ref: string;
  type: BusinessType;
  status: ApplicationStatus;
  shopName: string;
  endedOn: string;
  /** Last day to rate. */
  deadline: string;
  state: RatingState;
  rating: RatingView | null;
}

export interface MyRatingsAnswer {
  items: RateableCase[];
}

/** A follow-up in the unit's list: the case, the rating and its clock. */
export interface FollowUpItem {
  applicationId: string;
  ref: string;
  type: BusinessType;
  shopName: string;
  county: string;
  rating: RatingView;
}

export interface FollowUpList {
  items: FollowUpItem[];
  counts: { open: number; late: number };
}

/** `GET /api/ratings/stats`: anonymous figures (no names, no cases). */
export interface RatingStatsAnswer extends RatingSummary {
  from: string;
  to: string;
  /** Finished cases still inside their rating window, not yet rated. */
  open: number;
  /** Follow-ups not yet replied today, and of those past their due day (whenever rated). */
  followUpsOpenNow: number;
  followUpsLateNow: number;
}

/** One record of what was sent (or would be sent) to the provincial rating platform. */
export interface PlatformRecord {
  id: string;
  ratingId: string;
  provider: string;
  state: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  payload: unknown;
}

export interface PlatformLog {
  items: PlatformRecord[];
}
