/**
 * Webhook signatures: HMAC-SHA256 with the subscription's secret over `timestamp.body`, sent
 * as `x-xuke-signature: v1=<hex>` beside `x-xuke-timestamp` (Unix seconds). A receiver
 * recomputes it over the raw body and refuses an old timestamp, so a captured delivery cannot
 * be replayed later.
 */
import { WEBHOOK_HEADERS } from '../../../core/webhooks';
import { hmacHex } from '../../lib/crypto';

/** The signature header's value for `body` sent at `timestamp` (Unix seconds). */
export async function webhookSignature(
  secret: string,
  timestamp: number,
  body: string,
): Promise<string> {
  return `v1=${await hmacHex(secret, `${timestamp}.${body}`)}`;
}

/** The headers of one delivery attempt. */
export async function signedHeaders(
  secret: string,
  d: { id: string; event: string; body: string },
  now: Date,
): Promise<Record<string, string>> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'content-type': 'application/json',
    'user-agent': 'Xuke-Webhooks/1',
    [WEBHOOK_HEADERS.event]: d.event,
    [WEBHOOK_HEADERS.delivery]: d.id,
    [WEBHOOK_HEADERS.timestamp]: String(timestamp),
    [WEBHOOK_HEADERS.signature]: await webhookSignature(secret, timestamp, d.body),
  };
}
