/**
 * Every insert the worker makes writes the timestamps the schema would otherwise take from the
 * database's own 'now' (`DEFAULT (strftime(… 'now'))`): that is the real time, and with the
 * app's clock pinned (`XUKE_TODAY`) a new case, grid or school landed months from the app's
 * today. The worker's SQL is read from its source, raw statements and drizzle inserts alike,
 * so a new insert that leaves its timestamp to the database fails here before any journey runs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { leftToRealClock, realClockColumns } from '../../scripts/real-clock-columns';
import * as schema from './schema';

const SRC = new URL('..', import.meta.url).pathname;

/** The worker's own source: not tests, not test fixtures. */
function sources(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.(test|fixtures)\.ts$/.test(name) ? [path] : [];
  });
}

/** The text of the balanced `{ … }` starting at `open`, or null. */
function objectAt(text: string, open: number): string | null {
  if (text[open] !== '{') return null;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(open, i + 1);
  }
  return null;
}

/** drizzle's table variable → SQL table name and its column keys by SQL column name. */
const TABLES = new Map(
  Object.entries(schema)
    .filter(([, t]) => t instanceof SQLiteTable)
    .map(([name, t]) => {
      const config = getTableConfig(t as SQLiteTable);
      const keys = new Map(
        Object.entries(t as unknown as Record<string, { name?: string }>)
          .filter(([, col]) => config.columns.some((c) => c === col))
          .map(([key, col]) => [col.name!, key]),
      );
      return [name, { table: config.name, keys }];
    }),
);

describe('one clock in every insert', () => {
  const realClock = realClockColumns();
  const files = sources().map((path) => ({
    path: relative(SRC, path),
    text: readFileSync(path, 'utf8'),
  }));

  it('writes every timestamp the schema would otherwise take from the real clock', () => {
    const left: string[] = [];
    let raw = 0;
    let drizzle = 0;
    for (const { path, text } of files) {
      for (const m of text.matchAll(/INSERT(?: OR \w+)? INTO \w+/g)) {
        raw++;
        for (const c of leftToRealClock(text.slice(m.index), realClock)) left.push(`${path}: ${c}`);
      }
      for (const m of text.matchAll(/\.insert\((\w+)\)\s*\.values\(/g)) {
        drizzle++;
        const t = TABLES.get(m[1]!);
        expect(t, `${path}: ${m[1]} is a table of the schema`).toBeDefined();
        const needed = [...(realClock.get(t!.table) ?? [])];
        if (needed.length === 0) continue;
        const values = objectAt(text, m.index + m[0].length);
        if (values === null) {
          left.push(`${path}: ${t!.table} (values are not an object written out here)`);
          continue;
        }
        for (const c of needed)
          if (!new RegExp(`[{,]\\s*${t!.keys.get(c)}\\s*[:,}]`).test(values))
            left.push(`${path}: ${t!.table}.${c}`);
      }
    }
    // The scan must have found the worker's inserts, or it proves nothing.
    expect(raw).toBeGreaterThan(50);
    expect(drizzle).toBeGreaterThan(5);
    expect(left).toEqual([]);
  });

  it('knows the columns it checks', () => {
    expect(realClock.get('schools')).toContain('created_at');
    expect(realClock.get('applications')).toEqual(new Set(['created_at', 'updated_at']));
    expect(TABLES.get('applications')?.keys.get('created_at')).toBe('createdAt');
  });
});
