/**
 * The test world's webhooks: one subscription of the admin's to every event, at the stand-in
 * receiver (WEBHOOK_EXTRA_HOSTS), with one delivery that was given up.
 */
import { env } from 'cloudflare:workers';
import { WEBHOOK_EVENTS } from '../core/webhooks';
import { encryptPii } from '../src/lib/crypto';

export const WORLD_WEBHOOK_SECRET = 'whsec_world-secret';

export async function integrationWorld() {
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO webhook_subscriptions (id, url, events_json, secret_enc, active, version,
         created_by, created_at) VALUES ('whk_world', 'https://hooks.test/world', ?, ?, 1, 1,
         'stf_admin', '2026-01-05T02:00:00.000Z')`,
    ).bind(JSON.stringify(WEBHOOK_EVENTS), await encryptPii(env.PII_KEY, WORLD_WEBHOOK_SECRET)),
    env.DB.prepare(
      `INSERT INTO webhook_deliveries (id, subscription_id, event, event_id, payload_json, state,
         attempts, next_attempt_at, last_status, last_error, created_at)
       VALUES ('whd_failed', 'whk_world', 'licence.issued', 'evt_world', '{}', 'failed', 8, NULL,
         500, 'HTTP 500', '2026-01-05T02:00:00.000Z')`,
    ),
  ]);
  return { webhook: 'whk_world', failedDelivery: 'whd_failed' };
}
