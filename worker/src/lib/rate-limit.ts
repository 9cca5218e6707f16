import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rateLimits } from '../db/schema';

/**
 * Fixed-window counter in D1: one atomic upsert both counts the hit and tells the total, so
 * parallel requests cannot slip past the limit. Returns the count including this hit.
 */
export async function hit(db: Db, key: string, windowSeconds: number, now: Date): Promise<number> {
  const windowStart = new Date(
    Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000,
  ).toISOString();
  const rows = await db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${rateLimits.windowStart} = ${windowStart} THEN ${rateLimits.count} + 1 ELSE 1 END`,
        windowStart,
      },
    })
    .returning({ count: rateLimits.count });
  return rows[0]?.count ?? 1;
}

/**
 * A backoff counter: `count` is the failures in a row, `window_start` the last counted attempt,
 * and `schedule[n]` the seconds to wait after n failures before the next attempt (the last
 * entry holds for more). Quiet for `forgetSeconds`, the counter starts over.
 */
export interface Backoff {
  key: string;
  schedule: readonly number[];
  forgetSeconds: number;
}

function waitAfter(b: Backoff, failures: number): number {
  return b.schedule[Math.min(failures, b.schedule.length - 1)] ?? 0;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Claims one attempt: counts it as a failure in advance and returns the new count, or null when
 * the wait is not over (nothing counted). The wait check and the count are one statement, so
 * parallel attempts cannot share a slot. A success hands the claim back with `release` or
 * `clear`.
 */
export async function claim(d1: D1Database, b: Backoff, now: Date): Promise<number | null> {
  const t = now.getTime();
  // The latest last-attempt time that lets an attempt in, per failure count.
  const cases = b.schedule.map((_, n) => `WHEN ${n} THEN ?${n + 4}`).join(' ');
  const row = await d1
    .prepare(
      `INSERT INTO rate_limits (key, window_start, count) VALUES (?1, ?2, 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN rate_limits.window_start < ?3 THEN 1 ELSE rate_limits.count + 1 END,
         window_start = ?2
       WHERE rate_limits.window_start < ?3
         OR rate_limits.window_start <= CASE rate_limits.count ${cases} ELSE ?${b.schedule.length + 3} END
       RETURNING count`,
    )
    .bind(
      b.key,
      iso(t),
      iso(t - b.forgetSeconds * 1000),
      ...b.schedule.map((wait) => iso(t - wait * 1000)),
    )
    .first<{ count: number }>();
  return row ? row.count : null;
}

/** Seconds until the next attempt is let in (0: now). */
export async function retryAfter(d1: D1Database, b: Backoff, now: Date): Promise<number> {
  const row = await d1
    .prepare('SELECT window_start, count FROM rate_limits WHERE key = ?')
    .bind(b.key)
    .first<{ window_start: string; count: number }>();
  if (!row) return 0;
  const last = Date.parse(row.window_start);
  if (now.getTime() - last >= b.forgetSeconds * 1000) return 0;
  const ms = last + waitAfter(b, row.count) * 1000 - now.getTime();
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** Takes back one claimed attempt that turned out not to be a failure. */
export async function release(d1: D1Database, key: string): Promise<void> {
  await d1
    .prepare('UPDATE rate_limits SET count = MAX(count - 1, 0) WHERE key = ?')
    .bind(key)
    .run();
}

/** Forgets the counter altogether. */
export async function clear(d1: D1Database, key: string): Promise<void> {
  await d1.prepare('DELETE FROM rate_limits WHERE key = ?').bind(key).run();
}
