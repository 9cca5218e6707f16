/** Finished cases and ratings for the 好差评 tests, dated from the app's today. */
import { env } from 'cloudflare:workers';
import type { RatingLevel } from '../core/ratings';
import { RATING_INDICATORS } from '../core/ratings';

/** A finished case (`delivered`, `refused` or `terminated`) that ended on `endedOn`. */
export async function finishedCase(
  id: string,
  applicantId: string,
  county: string,
  status: 'delivered' | 'refused' | 'approved' | 'withdrawn' | 'terminated',
  endedOn: string,
): Promise<void> {
  const decided = status !== 'withdrawn' && status !== 'terminated';
  await env.DB.prepare(
    `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, shop_name,
       form_json, submitted_on, accepted_on, decided_on, delivered_on, terminated_on,
       termination_ground, termination_reason)
     VALUES (?, ?, ?, ?, 'new', ?, '测试烟酒店', '{}', ?, ?, ?, ?, ?, ?, ?)`,
  )
    .bind(
      id,
      `XK${id.toUpperCase()}`,
      applicantId,
      county,
      status,
      endedOn,
      endedOn,
      decided ? endedOn : null,
      status === 'delivered' ? endedOn : null,
      status === 'terminated' ? endedOn : null,
      status === 'terminated' ? 'premises_not_found' : null,
      status === 'terminated' ? '两次上门均未找到该经营场所' : null,
    )
    .run();
}

/** A rating body with every indicator at `level` (overall too unless given). */
export function ratingBody(level: RatingLevel, extra: Record<string, unknown> = {}) {
  return {
    idempotencyKey: `rate-${crypto.randomUUID()}`,
    overall: level,
    indicators: Object.fromEntries(RATING_INDICATORS.map((k) => [k, level])),
    ...extra,
  };
}
