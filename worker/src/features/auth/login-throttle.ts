/**
 * Staff sign-in throttling. Failures are counted per account and source (username + client IP)
 * and per source; only that pair, or that source, is slowed down and then locked. Someone
 * hammering an account from one place therefore cannot lock the clerk out at another window.
 *
 * Why a growing delay and no challenge: an arithmetic question is answered by the same script
 * that guesses the passwords, and a picture challenge needs an outside service or a generator we
 * would have to trust against OCR (which this very app ships). A server-side wait bounds the
 * guessing rate alike for every client, costs a clerk who mistypes once nothing, and needs no
 * extra step on the form: after two failures each attempt waits 5 s, 10 s, 20 s, then the pair
 * is locked for LOGIN_LOCK_SECONDS; a source failing across many accounts waits in the same
 * way after 2×, and is locked after 4× LOGIN_MAX_FAILURES.
 */
import type { Ctx } from '../../app-env';
import { config, type Config } from '../../env';
import { hmacHex } from '../../lib/crypto';
import { type Backoff, claim, clear, release, retryAfter } from '../../lib/rate-limit';
import { AppError } from '../../lib/errors';
import { appNow } from '../../lib/clock';

interface Steps {
  /** Failures that cost no wait. */
  free: number;
  /** Failures after which the lock applies. */
  lockAt: number;
}

/**
 * Seconds to wait after n failures, for n = 0..lockAt (the last entry holds beyond).
 * @example backoffSchedule({free: 2, lockAt: 5}, 5, 900) → [0, 0, 5, 10, 20, 900]
 */
export function backoffSchedule(steps: Steps, baseSeconds: number, lockSeconds: number): number[] {
  return Array.from({ length: steps.lockAt + 1 }, (_, n) => {
    if (n < steps.free) return 0;
    if (n >= steps.lockAt) return lockSeconds;
    return Math.min(lockSeconds, baseSeconds * 2 ** (n - steps.free));
  });
}

/** The two schedules, from LOGIN_MAX_FAILURES / LOGIN_DELAY_SECONDS / LOGIN_LOCK_SECONDS. */
export function loginSchedules(cfg: Config): { pair: number[]; source: number[] } {
  const max = cfg.loginMaxFailures;
  const sched = (steps: Steps) =>
    backoffSchedule(steps, cfg.loginDelaySeconds, cfg.loginLockSeconds);
  return {
    pair: sched({ free: Math.min(2, max - 1), lockAt: max }),
    source: sched({ free: 2 * max, lockAt: 4 * max }),
  };
}

/** The client's address as Cloudflare reports it ('local' under tests and plain workerd). */
export function clientIp(c: Ctx): string {
  return c.req.header('cf-connecting-ip') ?? 'local';
}

/**
 * A keyed digest of a typed username: counters and the audit log can tell attempts at the same
 * name apart without keeping a mistyped name (often someone's password) in the clear.
 */
export async function usernameDigest(c: Ctx, username: string): Promise<string> {
  return (await hmacHex(c.env.SESSION_SECRET, `login-user:${username.toLowerCase()}`)).slice(0, 16);
}

export interface LoginAttempt {
  /** Counted as failed (already is): the seconds the next attempt must wait, 0 if none. */
  failed(): Promise<number>;
  /** Signed in: this pair starts over; the source keeps its other failures. */
  succeeded(): Promise<void>;
}

/**
 * Lets one attempt in, counted as a failure until it succeeds, or throws LOGIN_THROTTLED with
 * the seconds to wait. Throttled attempts count nothing and are not audited (hammering must not
 * flood the log or extend the wait).
 */
export async function enterLogin(c: Ctx, digest: string): Promise<LoginAttempt> {
  const cfg = config(c.env);
  const d1 = c.env.DB;
  const now = appNow(c.env);
  const ip = clientIp(c);
  const schedules = loginSchedules(cfg);
  const forgetSeconds = cfg.loginLockSeconds;
  const source: Backoff = { key: `login:ip:${ip}`, schedule: schedules.source, forgetSeconds };
  const pair: Backoff = {
    key: `login:pair:${digest}:${ip}`,
    schedule: schedules.pair,
    forgetSeconds,
  };
  const throttled = async (b: Backoff) =>
    new AppError(
      'LOGIN_THROTTLED',
      undefined,
      undefined,
      Math.max(1, await retryAfter(d1, b, appNow(c.env))),
    );
  if ((await claim(d1, source, now)) === null) throw await throttled(source);
  if ((await claim(d1, pair, now)) === null) {
    await release(d1, source.key);
    throw await throttled(pair);
  }
  return {
    async failed() {
      const at = appNow(c.env);
      return Math.max(await retryAfter(d1, pair, at), await retryAfter(d1, source, at));
    },
    async succeeded() {
      await clear(d1, pair.key);
      await release(d1, source.key);
    },
  };
}
