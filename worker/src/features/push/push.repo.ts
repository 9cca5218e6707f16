/** Applicants' Web Push subscriptions, and delivery to all of one applicant's browsers. */
import type { PushPayload } from '../../../core/push';
import { pushSender, type StoredSubscription } from '../../adapters/push/push';
import type { Env } from '../../env';

/** Stores a subscription for the applicant (a browser re-subscribing moves it to them). */
export async function saveSubscription(
  d1: D1Database,
  applicantId: string,
  sub: StoredSubscription,
  at: string,
): Promise<void> {
  await d1
    .prepare(
      `INSERT INTO push_subscriptions (id, applicant_id, endpoint, p256dh, auth, created_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (endpoint) DO UPDATE SET applicant_id = excluded.applicant_id,
         p256dh = excluded.p256dh, auth = excluded.auth, created_at = excluded.created_at`,
    )
    .bind(crypto.randomUUID(), applicantId, sub.endpoint, sub.p256dh, sub.auth, at)
    .run();
}

/** Removes one of the applicant's subscriptions; false when it is not theirs. */
export async function deleteSubscription(
  d1: D1Database,
  applicantId: string,
  endpoint: string,
): Promise<boolean> {
  const res = await d1
    .prepare('DELETE FROM push_subscriptions WHERE endpoint = ? AND applicant_id = ?')
    .bind(endpoint, applicantId)
    .run();
  return res.meta.changes === 1;
}

export async function subscriptionsOf(
  d1: D1Database,
  applicantId: string,
): Promise<StoredSubscription[]> {
  const res = await d1
    .prepare('SELECT endpoint, p256dh, auth FROM push_subscriptions WHERE applicant_id = ?')
    .bind(applicantId)
    .all<StoredSubscription>();
  return res.results;
}

/**
 * Pushes to every browser of the applicant; a subscription the push service calls gone (404 /
 * 410) is dropped. Answers how many deliveries went through. Never throws: push is best effort.
 */
export async function pushToApplicant(
  env: Env,
  applicantId: string,
  payload: PushPayload,
): Promise<number> {
  const sender = pushSender(env);
  if (!sender) return 0;
  let sent = 0;
  for (const sub of await subscriptionsOf(env.DB, applicantId)) {
    try {
      const outcome = await sender.send(sub, payload);
      if (outcome === 'sent') sent++;
      if (outcome === 'gone') {
        await env.DB.prepare('DELETE FROM push_subscriptions WHERE endpoint = ?')
          .bind(sub.endpoint)
          .run();
      }
    } catch (err) {
      console.error(JSON.stringify({ level: 'warn', push: String(err) }));
    }
  }
  return sent;
}
