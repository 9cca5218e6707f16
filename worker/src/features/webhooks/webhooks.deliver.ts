/**
 * Delivers the webhook outbox (written by webhooks.emit.ts) from the cron: every due row is
 * claimed (so two runs never send it twice), signed and posted with a timeout. A 2xx answer
 * delivers it; anything else (an error status, a timeout, a refused connection) is retried
 * with exponential backoff until WEBHOOK_MAX_ATTEMPTS, then given up for an admin to resend.
 */
import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from '../../../core/webhooks';
import type { Env } from '../../env';
import { decryptPii } from '../../lib/crypto';
import { signedHeaders } from './webhooks.sign';

/** How long an endpoint may take to answer. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** A claimed row not finished within this is free again (a worker died mid-send). */
const CLAIM_MS = 5 * 60_000;

interface DueRow {
  id: string;
  event: string;
  payload_json: string;
  attempts: number;
  next_attempt_at: string;
  url: string;
  secret_enc: string;
}

export interface DeliveryRun {
  sent: number;
  retried: number;
  failed: number;
}

/** What one attempt came to: delivered, or why not (status when the endpoint answered). */
async function attempt(
  env: Env,
  row: DueRow,
  now: Date,
  timeoutMs: number,
): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  try {
    const secret = await decryptPii(env.PII_KEY, row.secret_enc);
    const res = await fetch(row.url, {
      method: 'POST',
      headers: await signedHeaders(
        secret,
        { id: row.id, event: row.event, body: row.payload_json },
        now,
      ),
      body: row.payload_json,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The answer's body is not needed; drop it so the connection is freed.
    await res.body?.cancel();
    const ok = res.status >= 200 && res.status < 300;
    return { ok, status: res.status, error: ok ? null : `HTTP ${res.status}` };
  } catch (err) {
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    return { ok: false, status: null, error: timedOut ? 'timeout' : String(err).slice(0, 300) };
  }
}

async function deliverOne(env: Env, row: DueRow, now: Date, timeoutMs: number) {
  const d1 = env.DB;
  const nowIso = now.toISOString();
  const lease = new Date(now.getTime() + CLAIM_MS).toISOString();
  const claim = await d1
    .prepare(
      `UPDATE webhook_deliveries SET next_attempt_at = ?, attempts = attempts + 1,
         last_attempt_at = ?
       WHERE id = ? AND state = 'pending' AND next_attempt_at = ?`,
    )
    .bind(lease, nowIso, row.id, row.next_attempt_at)
    .run();
  if (claim.meta.changes !== 1) return null;
  const attempts = row.attempts + 1;
  const result = await attempt(env, row, now, timeoutMs);
  const state = result.ok ? 'sent' : attempts >= WEBHOOK_MAX_ATTEMPTS ? 'failed' : 'pending';
  const next =
    state === 'pending'
      ? new Date(now.getTime() + webhookRetryDelayMs(attempts)).toISOString()
      : null;
  await d1
    .prepare(
      `UPDATE webhook_deliveries SET state = ?, next_attempt_at = ?, last_status = ?,
         last_error = ?, delivered_at = ? WHERE id = ?`,
    )
    .bind(state, next, result.status, result.error, result.ok ? nowIso : null, row.id)
    .run();
  return state;
}

/** Sends every delivery due at `now` to an active subscription, at most `limit`, in parallel. */
export async function deliverWebhooks(
  env: Env,
  now: Date,
  opts: { limit?: number; timeoutMs?: number } = {},
): Promise<DeliveryRun> {
  const due = await env.DB.prepare(
    `SELECT d.id, d.event, d.payload_json, d.attempts, d.next_attempt_at, s.url, s.secret_enc
     FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
     WHERE d.state = 'pending' AND d.next_attempt_at <= ? AND s.active = 1
     ORDER BY d.next_attempt_at LIMIT ?`,
  )
    .bind(now.toISOString(), opts.limit ?? 25)
    .all<DueRow>();
  const states = await Promise.all(
    due.results.map((row) => deliverOne(env, row, now, opts.timeoutMs ?? WEBHOOK_TIMEOUT_MS)),
  );
  return {
    sent: states.filter((s) => s === 'sent').length,
    retried: states.filter((s) => s === 'pending').length,
    failed: states.filter((s) => s === 'failed').length,
  };
}
