import { sql } from 'drizzle-orm';

/** Default for `*_at` columns: the current instant as ISO 8601 UTC, set by SQLite itself. */
export const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
