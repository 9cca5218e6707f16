/**
 * Recording a rating, the unit's reply to a bad one and the applicant's 整改 answer. Each is
 * one D1 batch with its audit record (and, for a rating, its outbox row to the provincial
 * platform); the rules are core's (core/ratings.ts).
 */
import { renderNotification } from '../../../core/notifications';
import {
  followUpDue,
  isBadRating,
  ratingRefusal,
  ratingState,
  type Resolution,
} from '../../../core/ratings';
import type { RatingSubmitRequest } from '../../../core/ratings-api';
import {
  deliverDue,
  platformPayload,
  stagePlatformRecord,
} from '../../adapters/rating-platform/rating-platform.outbox';
import { ratingPlatform } from '../../adapters/rating-platform/rating-platform';
import type { Ctx, StaffPrincipal } from '../../app-env';
import { getDb } from '../../db/client';
import { config } from '../../env';
import { appNow, appNowIso, appToday } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { auditStatement } from '../audit/audit.service';
import { workCalendar } from '../calendar/calendar.service';
import { smsAfterCommit } from '../notifications/notify';
import { findAttachment } from '../attachments/attachments.repo';
import {
  endedOnOf,
  ratingByKey,
  ratingOfCase,
  type RatedCaseRow,
  type RatingRow,
} from './ratings.repo';

type Submit = Omit<RatingSubmitRequest, 'comment'> & { comment?: string | undefined };

const isUniqueViolation = (err: unknown) => /UNIQUE constraint failed/i.test(String(err));

/** The photo must be the applicant's own, an image, and not yet attached to anything. */
async function checkPhoto(c: Ctx, applicantId: string, id: string | undefined): Promise<void> {
  if (!id) return;
  const att = await findAttachment(c.env.DB, id);
  if (
    !att ||
    att.applicant_id !== applicantId ||
    att.kind !== 'ratingPhoto' ||
    att.application_id !== null ||
    !att.content_type.startsWith('image/')
  ) {
    throw new AppError('RATING_PHOTO_INVALID');
  }
}

/**
 * Records the applicant's rating of their finished case (one per case, inside its window). A
 * retry with the same idempotency key answers the rating it made; a bad rating opens the
 * unit's follow-up with its working-day clock. Returns the rating as stored.
 */
export async function submitRating(c: Ctx, row: RatedCaseRow, input: Submit): Promise<RatingRow> {
  const d1 = c.env.DB;
  const again = await ratingByKey(d1, input.idempotencyKey);
  if (again) {
    if (again.application_id !== row.id) throw new AppError('CONFLICT');
    return again;
  }
  const cal = await workCalendar(getDb(d1));
  const today = appToday(c.env);
  const endedOn = endedOnOf(row);
  const existing = await ratingOfCase(d1, row.id);
  const refusal = ratingRefusal(ratingState(cal, today, endedOn, existing !== null));
  if (refusal || !endedOn) throw new AppError(refusal ?? 'RATING_NOT_FINISHED');
  await checkPhoto(c, row.applicant_id, input.attachmentId);

  const id = crypto.randomUUID();
  const nowIso = appNowIso(c.env);
  const i = input.indicators;
  const comment = input.comment?.trim() || null;
  const statements: D1PreparedStatement[] = [
    d1
      .prepare(
        `INSERT INTO ratings (id, application_id, applicant_id, jurisdiction_code, overall,
           efficiency, guide, convenience, ease, comment, attachment_id, ended_on, rated_on,
           rated_at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        id,
        row.id,
        row.applicant_id,
        row.jurisdiction_code,
        input.overall,
        i.efficiency,
        i.guide,
        i.convenience,
        i.ease,
        comment,
        input.attachmentId ?? null,
        endedOn,
        today,
        nowIso,
        input.idempotencyKey,
      ),
  ];
  if (input.attachmentId) {
    // The photo becomes part of the case: staff who may read the case may see it.
    statements.push(
      d1
        .prepare(
          'UPDATE attachments SET application_id = ? WHERE id = ? AND application_id IS NULL',
        )
        .bind(row.id, input.attachmentId),
    );
  }
  if (isBadRating(input.overall)) {
    const due = followUpDue(cal, today, config(c.env).ratingFollowUpWorkingDays);
    statements.push(
      d1
        .prepare(
          `INSERT INTO rating_follow_ups (rating_id, application_id, jurisdiction_code, opened_on,
             due_on) VALUES (?, ?, ?, ?, ?)`,
        )
        .bind(id, row.id, row.jurisdiction_code, today, due),
    );
  }
  const platform = ratingPlatform(c.env);
  const payload = await platformPayload(
    {
      ratingId: id,
      applicantId: row.applicant_id,
      caseRef: row.ref,
      unitCode: row.jurisdiction_code,
      type: row.type,
      endedOn,
      ratedAt: nowIso,
      overall: input.overall,
      indicators: i,
      comment,
      hasPhoto: input.attachmentId !== undefined,
    },
    c.env.SESSION_SECRET,
  );
  statements.push(stagePlatformRecord(d1, id, payload, platform.provider, nowIso));
  const auditRow = auditStatement(c, {
    event: 'rating_submitted',
    subjectType: 'application',
    subjectId: row.id,
    detail: { ratingId: id, overall: input.overall, followUp: isBadRating(input.overall) },
  });
  try {
    await d1.batch([...statements, auditRow]);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('RATING_EXISTS');
    throw err;
  }
  // The platform hears of it after the answer; the cron retries what fails.
  c.executionCtx.waitUntil(
    deliverDue(d1, platform, appNow(c.env), { ratingId: id }).catch((err) =>
      console.error(JSON.stringify({ level: 'warn', ratingPlatform: String(err) })),
    ),
  );
  const stored = await ratingOfCase(d1, row.id);
  if (!stored) throw new AppError('INTERNAL');
  return stored;
}

/** The unit's written reply to a bad rating: once; the applicant hears of it (inbox, SMS). */
export async function replyFollowUp(
  c: Ctx,
  p: StaffPrincipal,
  rating: RatingRow,
  row: RatedCaseRow,
  reply: string,
): Promise<void> {
  const d1 = c.env.DB;
  if (rating.replied_on) throw new AppError('FOLLOWUP_REPLIED');
  const nowIso = appNowIso(c.env);
  const message = renderNotification('rating_reply', { ref: row.ref, type: row.type, reply });
  const [update] = await d1.batch([
    d1
      .prepare(
        `UPDATE rating_follow_ups SET reply = ?, replied_on = ?, replied_at = ?, replied_by = ?,
           replied_by_name = ? WHERE rating_id = ? AND replied_on IS NULL`,
      )
      .bind(reply, appToday(c.env), nowIso, p.id, p.displayName, rating.id),
    // Only when this batch's update took: a second reply racing this one sends nothing.
    d1
      .prepare(
        `INSERT INTO notifications (id, applicant_id, application_id, template, title_zh, body_zh,
           title_en, body_en, created_at)
         SELECT ?, ?, ?, 'rating_reply', ?, ?, ?, ?, ? WHERE changes() = 1`,
      )
      .bind(
        crypto.randomUUID(),
        rating.applicant_id,
        row.id,
        message.zh.title,
        message.zh.body,
        message.en.title,
        message.en.body,
        nowIso,
      ),
  ]);
  if ((update?.meta.changes ?? 0) !== 1) throw new AppError('FOLLOWUP_REPLIED');
  await auditStatement(c, {
    event: 'rating_followup_replied',
    subjectType: 'application',
    subjectId: row.id,
    detail: { ratingId: rating.id },
  }).run();
  await smsAfterCommit(c, { applicantId: rating.applicant_id, message });
}

/** The applicant's 整改 answer: once, after the unit replied. */
export async function answerResolution(
  c: Ctx,
  rating: RatingRow,
  resolution: Resolution,
  comment: string | null,
): Promise<void> {
  if (!rating.opened_on) throw new AppError('NOT_FOUND');
  if (!rating.replied_on) throw new AppError('FOLLOWUP_NOT_REPLIED');
  if (rating.resolution) throw new AppError('RESOLUTION_EXISTS');
  const d1 = c.env.DB;
  const res = await d1
    .prepare(
      `UPDATE rating_follow_ups SET resolution = ?, resolution_comment = ?, resolved_at = ?
       WHERE rating_id = ? AND resolution IS NULL AND replied_on IS NOT NULL`,
    )
    .bind(resolution, comment, appNowIso(c.env), rating.id)
    .run();
  if (res.meta.changes !== 1) throw new AppError('RESOLUTION_EXISTS');
  await auditStatement(c, {
    event: 'rating_resolution_answered',
    subjectType: 'application',
    subjectId: rating.application_id,
    detail: { ratingId: rating.id, resolution },
  }).run();
}
