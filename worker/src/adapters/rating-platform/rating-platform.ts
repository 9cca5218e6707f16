/**
 * The provincial 好差评 platform: every rating is sent there. One interface, a local
 * implementation (records what would be sent, and when, in D1: `rating_platform_outbox`, read
 * by admins at `GET /api/ratings/platform`) and a production one (HTTP POST, see below).
 *
 * The payload (schema `xuke.rating/1`), one JSON object per rating:
 *
 *   {
 *     "schema": "xuke.rating/1",
 *     "ratingId": "b3c…",                    // stable: the platform's idempotency key too
 *     "caseRef": "XK-370702-2026-000123",
 *     "unitCode": "370702",                  // the county-level unit that handled the case
 *     "service": { "code": "new", "name": "烟草专卖零售许可证新办" },
 *     "channel": "app",                      // rated in the applicant's app (移动端)
 *     "endedOn": "2026-11-20",               // the day the case ended (China date)
 *     "ratedAt": "2026-11-23T02:10:00.000Z", // ISO 8601 UTC
 *     "overall": { "level": "dissatisfied", "score": 2, "label": "不满意" },
 *     "indicators": {                        // efficiency 办事效率, guide 指南准确,
 *       "efficiency": { "level": …, "score": …, "label": … }, // convenience 便捷程度,
 *       "guide": …, "convenience": …, "ease": …               // ease 操作易用
 *     },
 *     "comment": "…" | null,
 *     "hasPhoto": true,
 *     "rater": "9f2c…"                       // pseudonym: HMAC-SHA256 of the applicant's id
 *   }
 *
 * No name, phone or ID number leaves the bureau: the platform counts, the unit follows up.
 * Production: `POST RATING_PLATFORM_URL` with `content-type: application/json`,
 * `authorization: Bearer RATING_PLATFORM_KEY` and `idempotency-key: <ratingId>`; any 2xx is
 * delivered. Anything else (or no answer) is retried by the cron with exponential backoff
 * (rating-platform.outbox.ts); the rating request itself never waits for the platform.
 */
import type { Env } from '../../env';
import { HttpRatingPlatform } from './rating-platform.http';

export interface RatingPlatform {
  readonly provider: string;
  /** Delivers one payload; throws when it was not accepted (the outbox retries). */
  send(ratingId: string, payload: unknown): Promise<void>;
}

/** Local: the outbox row is the record of what would be sent and when; nothing leaves. */
export class LocalRatingPlatform implements RatingPlatform {
  readonly provider = 'local';
  async send(): Promise<void> {}
}

/** The configured adapter: `local` (default) or `http`. */
export function ratingPlatform(env: Env): RatingPlatform {
  if (env.RATING_PLATFORM_PROVIDER === 'http') {
    if (!env.RATING_PLATFORM_URL || !env.RATING_PLATFORM_KEY) {
      throw new Error('RATING_PLATFORM_URL/RATING_PLATFORM_KEY unset');
    }
    return new HttpRatingPlatform(env.RATING_PLATFORM_URL, env.RATING_PLATFORM_KEY);
  }
  return new LocalRatingPlatform();
}
