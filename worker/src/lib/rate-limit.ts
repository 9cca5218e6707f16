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

/** The current count of a window without counting a hit. */
export async function peek(db: Db, key: string, windowSeconds: number, now: Date): Promise<number> {
  const windowStart = new Date(
    Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000,
  ).toISOString();
  const row = await db.query.rateLimits.findFirst({
    where: (t, { eq }) => eq(t.key, key),
  });
  return row && row.windowStart === windowStart ? row.count : 0;
}

export async function reset(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
}
