/**
 * The outbox to the provincial rating platform: a rating's payload is written in the same
 * batch as the rating (so none is lost), then delivered after the answer (waitUntil) and, when
 * that fails, by the cron with exponential backoff. A row is claimed before it is sent, so two
 * cron runs at once never send it twice.
 */
import { BUSINESS_TYPE_LABELS, type BusinessType } from '../../../core/business-types';
import {
  RATING_INDICATORS,
  RATING_LEVEL_LABELS,
  RATING_SCORES,
  type RatingIndicator,
  type RatingLevel,
} from '../../../core/ratings';
import { hmacHex } from '../../lib/crypto';
import type { RatingPlatform } from './rating-platform';

/** Attempts before a delivery is given up (state `failed`, shown to admins). */
export const MAX_ATTEMPTS = 8;
/** First retry after one minute, doubling, at most six hours apart. */
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 6 * 3600_000;
/** A claimed row not finished within this is free again (a worker died mid-send). */
const CLAIM_MS = 5 * 60_000;

/** Delay before attempt `attempts + 1`, after `attempts` failed ones (1 → 1 min, 2 → 2 min …). */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

export interface RatingFactsForPlatform {
  ratingId: string;
  applicantId: string;
  caseRef: string;
  unitCode: string;
  type: BusinessType;
  endedOn: string;
  ratedAt: string;
  overall: RatingLevel;
  indicators: Record<RatingIndicator, RatingLevel>;
  comment: string | null;
  hasPhoto: boolean;
}

const graded = (l: RatingLevel) => ({
  level: l,
  score: RATING_SCORES[l],
  label: RATING_LEVEL_LABELS[l].zh,
});

/** The documented payload (schema xuke.rating/1, see rating-platform.ts). */
export async function platformPayload(f: RatingFactsForPlatform, secret: string) {
  return {
    schema: 'xuke.rating/1',
    ratingId: f.ratingId,
    caseRef: f.caseRef,
    unitCode: f.unitCode,
    service: { code: f.type, name: `烟草专卖零售许可证${BUSINESS_TYPE_LABELS[f.type].zh}` },
    channel: 'app',
    endedOn: f.endedOn,
    ratedAt: f.ratedAt,
    overall: graded(f.overall),
    indicators: Object.fromEntries(RATING_INDICATORS.map((k) => [k, graded(f.indicators[k])])),
    comment: f.comment,
    hasPhoto: f.hasPhoto,
    rater: await hmacHex(secret, `rater:${f.applicantId}`),
  };
}

/** The outbox row of a new rating, for the rating's own batch. */
export function stagePlatformRecord(
  d1: D1Database,
  ratingId: string,
  payload: unknown,
  provider: string,
  nowIso: string,
): D1PreparedStatement {
  return d1
    .prepare(
      `INSERT INTO rating_platform_outbox (id, rating_id, payload_json, provider, state, attempts,
         next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)`,
    )
    .bind(crypto.randomUUID(), ratingId, JSON.stringify(payload), provider, nowIso, nowIso);
}

interface OutboxRow {
  id: string;
  rating_id: string;
  payload_json: string;
  attempts: number;
  next_attempt_at: string;
}

/**
 * Sends every pending record due at `now` (or only `ratingId`'s), at most `limit`; returns how
 * many were delivered. Each is claimed first: a second run at the same time skips it.
 */
export async function deliverDue(
  d1: D1Database,
  platform: RatingPlatform,
  now: Date,
  opts: { ratingId?: string; limit?: number } = {},
): Promise<number> {
  const nowIso = now.toISOString();
  const rows = await d1
    .prepare(
      `SELECT id, rating_id, payload_json, attempts, next_attempt_at FROM rating_platform_outbox
       WHERE state = 'pending' AND next_attempt_at <= ? ${opts.ratingId ? 'AND rating_id = ?' : ''}
       ORDER BY next_attempt_at LIMIT ?`,
    )
    .bind(...[nowIso, ...(opts.ratingId ? [opts.ratingId] : []), opts.limit ?? 50])
    .all<OutboxRow>();
  let delivered = 0;
  for (const row of rows.results) {
    const lease = new Date(now.getTime() + CLAIM_MS).toISOString();
    const claim = await d1
      .prepare(
        `UPDATE rating_platform_outbox SET next_attempt_at = ?, attempts = attempts + 1
         WHERE id = ? AND state = 'pending' AND next_attempt_at = ?`,
      )
      .bind(lease, row.id, row.next_attempt_at)
      .run();
    if (claim.meta.changes !== 1) continue;
    const attempts = row.attempts + 1;
    try {
      await platform.send(row.rating_id, JSON.parse(row.payload_json));
      await d1
        .prepare(
          `UPDATE rating_platform_outbox SET state = 'sent', sent_at = ?, next_attempt_at = NULL,
             last_error = NULL WHERE id = ?`,
        )
        .bind(nowIso, row.id)
        .run();
      delivered++;
    } catch (err) {
      const giveUp = attempts >= MAX_ATTEMPTS;
      const next = new Date(now.getTime() + retryDelayMs(attempts)).toISOString();
      await d1
        .prepare(
          `UPDATE rating_platform_outbox SET state = ?, next_attempt_at = ?, last_error = ?
           WHERE id = ?`,
        )
        .bind(
          giveUp ? 'failed' : 'pending',
          giveUp ? null : next,
          String(err).slice(0, 300),
          row.id,
        )
        .run();
    }
  }
  return delivered;
}
