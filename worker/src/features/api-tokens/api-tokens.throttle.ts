/**
 * The system API's throttle on failed token attempts. Every request `requireToken` refuses for
 * its credentials (none, malformed, unknown, wrong secret, revoked) counts once against the
 * client's IP and, when the header names one, against the token's prefix (`xk_<id>`); a call
 * that authenticates counts nothing. Past TOKEN_IP_FAILURE_LIMIT or TOKEN_PREFIX_FAILURE_LIMIT
 * failures within TOKEN_FAILURE_WINDOW_SECONDS (a window that opens at the first failure, on the
 * app's clock), every request from that IP or for that prefix is answered 429 TOKEN_THROTTLED
 * with Retry-After until the window ends, the right token included: a correct guess must not
 * get through either. The failure that trips a limit is audited and logged, once per window.
 *
 * Guessing a 256-bit secret is hopeless anyway; the throttle keeps a misconfigured or hostile
 * caller from spending D1 reads and hashes without end, and tells the admins about it.
 */
import type { Ctx } from '../../app-env';
import { config } from '../../env';
import { appNow } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { audit } from '../audit/audit.service';
import { clientIp } from '../auth/login-throttle';

export interface ThrottleKey {
  key: string;
  limit: number;
  scope: 'ip' | 'token';
  /** The IP or token id it counts (for the audit record). */
  subject: string;
}

/** The token id a bearer value claims (`xk_<id>_…`), even when the rest is malformed. */
export function claimedTokenId(header: string | undefined): string | null {
  const m = /^Bearer\s+xk_([A-Za-z0-9]{8,32})_/i.exec((header ?? '').trim());
  return m ? (m[1] as string) : null;
}

/** The counters a request's failures go to. */
export function throttleKeys(c: Ctx): ThrottleKey[] {
  const cfg = config(c.env);
  const ip = clientIp(c);
  const keys: ThrottleKey[] = [
    { key: `token:ip:${ip}`, limit: cfg.tokenIpFailureLimit, scope: 'ip', subject: ip },
  ];
  const id = claimedTokenId(c.req.header('authorization'));
  if (id) {
    keys.push({
      key: `token:id:${id}`,
      limit: cfg.tokenPrefixFailureLimit,
      scope: 'token',
      subject: id,
    });
  }
  return keys;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Seconds until the first of `keys` that is over its limit lets requests in again; 0 when none
 * is. A window opened more than `windowSeconds` before `now` is over.
 */
export async function throttledFor(
  d1: D1Database,
  keys: readonly ThrottleKey[],
  windowSeconds: number,
  now: Date,
): Promise<number> {
  if (keys.length === 0) return 0;
  const res = await d1
    .prepare(
      `SELECT key, window_start AS start, count FROM rate_limits
       WHERE key IN (${keys.map(() => '?').join(',')})`,
    )
    .bind(...keys.map((k) => k.key))
    .all<{ key: string; start: string; count: number }>();
  let wait = 0;
  for (const row of res.results) {
    const k = keys.find((x) => x.key === row.key);
    const ends = Date.parse(row.start) + windowSeconds * 1000;
    if (!k || row.count < k.limit || ends <= now.getTime()) continue;
    wait = Math.max(wait, Math.ceil((ends - now.getTime()) / 1000));
  }
  return wait;
}

/**
 * Counts one failure against each key (a window over is started afresh, in the same statement,
 * so parallel failures cannot lose a count); answers the keys this very failure tripped.
 */
export async function countFailure(
  d1: D1Database,
  keys: readonly ThrottleKey[],
  windowSeconds: number,
  now: Date,
): Promise<{ key: ThrottleKey; failures: number }[]> {
  const t = now.getTime();
  const rows = await d1.batch(
    keys.map((k) =>
      d1
        .prepare(
          `INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 1)
           ON CONFLICT (key) DO UPDATE SET
             count = CASE WHEN rate_limits.window_start <= ?3 THEN 1 ELSE rate_limits.count + 1 END,
             window_start = CASE WHEN rate_limits.window_start <= ?3 THEN ?2
               ELSE rate_limits.window_start END
           RETURNING count`,
        )
        .bind(k.key, iso(t), iso(t - windowSeconds * 1000)),
    ),
  );
  return keys.flatMap((key, i) => {
    const failures = (rows[i]?.results[0] as { count: number } | undefined)?.count ?? 0;
    return failures === key.limit ? [{ key, failures }] : [];
  });
}

/** TOKEN_THROTTLED with the wait, when the request's IP or token prefix is over its limit. */
export async function refuseIfThrottled(c: Ctx, keys: readonly ThrottleKey[]): Promise<void> {
  const windowSeconds = config(c.env).tokenFailureWindowSeconds;
  const wait = await throttledFor(c.env.DB, keys, windowSeconds, appNow(c.env));
  if (wait > 0) throw new AppError('TOKEN_THROTTLED', undefined, undefined, wait);
}

/** Counts a refused attempt; audits and logs the limits it tripped (once per window). */
export async function failedAttempt(c: Ctx, keys: readonly ThrottleKey[]): Promise<void> {
  const windowSeconds = config(c.env).tokenFailureWindowSeconds;
  const tripped = await countFailure(c.env.DB, keys, windowSeconds, appNow(c.env));
  for (const { key, failures } of tripped) {
    const detail = { scope: key.scope, failures, windowSeconds, path: c.req.path };
    // The caller proved nothing, so the record's actor stays anonymous (with its IP).
    await audit(c, {
      event: 'api_token_throttled',
      subjectType: key.scope === 'ip' ? 'client_ip' : 'api_token',
      subjectId: key.subject,
      detail,
    });
    console.warn(JSON.stringify({ msg: 'api token attempts throttled', ...detail, key: key.key }));
  }
}
