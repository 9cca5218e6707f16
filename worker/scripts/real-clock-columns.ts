/**
 * The columns the migrations fill with the database's own time (`DEFAULT (strftime(… 'now'))`)
 * when an insert leaves them out. That time is the real clock, not the app's (`lib/clock.ts`),
 * so every insert must write them itself: the seed's and the worker's tests check it with this
 * list.
 */
import { readdirSync, readFileSync } from 'node:fs';

const MIGRATIONS = new URL('../../migrations/', import.meta.url);

/** Table → its columns that default to the database's 'now'. */
export function realClockColumns(): Map<string, Set<string>> {
  const schema = readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => readFileSync(new URL(f, MIGRATIONS), 'utf8'))
    .join('\n');
  const columns = new Map<string, Set<string>>();
  for (const [, table, body] of schema.matchAll(/CREATE TABLE `(\w+)` \(([\s\S]*?)\n\);/g)) {
    for (const [, column] of (body ?? '').matchAll(
      /`(\w+)` [^,\n]*DEFAULT \(strftime\([^\n]*'now'/g,
    ))
      columns.set(table!, (columns.get(table!) ?? new Set()).add(column!));
  }
  return columns;
}

/** `table.column` for each real-clock column an `INSERT INTO table (columns)` leaves out. */
export function leftToRealClock(statement: string, columns: Map<string, Set<string>>): string[] {
  const m = /^\s*INSERT(?: OR \w+)? INTO (\w+)\s*\(([^)]*)\)/i.exec(statement);
  if (!m) return [];
  const written = new Set(m[2]!.split(',').map((c) => c.trim()));
  return [...(columns.get(m[1]!) ?? [])].filter((c) => !written.has(c)).map((c) => `${m[1]}.${c}`);
}
