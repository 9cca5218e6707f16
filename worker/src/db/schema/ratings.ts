/**
 * 好差评 (core/ratings.ts): one rating per finished case, the follow-up a bad rating opens, the
 * one reminder to rate, and what goes to the provincial rating platform.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { RATING_LEVELS, RESOLUTIONS } from '../../../core/ratings';
import { now } from './columns';
import { applicants, jurisdictions, staffUsers } from './people';
import { applications, attachments } from './cases';

export const ratings = sqliteTable(
  'ratings',
  {
    id: text('id').primaryKey(),
    /** One rating per case: the unique key decides a race between two submissions. */
    applicationId: text('application_id')
      .notNull()
      .unique()
      .references(() => applications.id),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => applicants.id),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    overall: text('overall', { enum: RATING_LEVELS }).notNull(),
    efficiency: text('efficiency', { enum: RATING_LEVELS }).notNull(),
    guide: text('guide', { enum: RATING_LEVELS }).notNull(),
    convenience: text('convenience', { enum: RATING_LEVELS }).notNull(),
    ease: text('ease', { enum: RATING_LEVELS }).notNull(),
    comment: text('comment'),
    attachmentId: text('attachment_id').references(() => attachments.id),
    /** The day the case ended (delivered or refused), kept for the statistics. */
    endedOn: text('ended_on').notNull(),
    ratedOn: text('rated_on').notNull(),
    ratedAt: text('rated_at').notNull().default(now),
    idempotencyKey: text('idempotency_key').notNull().unique(),
  },
  (t) => [
    index('ratings_county').on(t.jurisdictionCode, t.endedOn),
    index('ratings_applicant').on(t.applicantId),
  ],
);

/** The follow-up (回访整改) of a bad rating: the unit replies in writing by `due_on`. */
export const ratingFollowUps = sqliteTable(
  'rating_follow_ups',
  {
    ratingId: text('rating_id')
      .primaryKey()
      .references(() => ratings.id),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    openedOn: text('opened_on').notNull(),
    dueOn: text('due_on').notNull(),
    reply: text('reply'),
    repliedOn: text('replied_on'),
    repliedAt: text('replied_at'),
    repliedBy: text('replied_by').references(() => staffUsers.id),
    repliedByName: text('replied_by_name'),
    resolution: text('resolution', { enum: RESOLUTIONS }),
    resolutionComment: text('resolution_comment'),
    resolvedAt: text('resolved_at'),
  },
  (t) => [index('rating_follow_ups_county').on(t.jurisdictionCode, t.repliedOn, t.dueOn)],
);

/** The one reminder to rate a case: its row is written in the batch that sends it. */
export const ratingReminders = sqliteTable('rating_reminders', {
  applicationId: text('application_id')
    .primaryKey()
    .references(() => applications.id),
  sentAt: text('sent_at').notNull(),
});

/**
 * Every rating as sent (or, locally, as it would be sent) to the provincial rating platform:
 * the JSON payload, when, how many attempts, the next one. Admins read it.
 */
export const ratingPlatformOutbox = sqliteTable(
  'rating_platform_outbox',
  {
    id: text('id').primaryKey(),
    ratingId: text('rating_id')
      .notNull()
      .unique()
      .references(() => ratings.id),
    payloadJson: text('payload_json').notNull(),
    provider: text('provider').notNull(),
    state: text('state', { enum: ['pending', 'sent', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at'),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull().default(now),
    sentAt: text('sent_at'),
  },
  (t) => [index('rating_platform_due').on(t.state, t.nextAttemptAt)],
);
