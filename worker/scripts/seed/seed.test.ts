/**
 * The demo seed obeys the worker's rules on any day: today, and the dates where calendars
 * break (the eve of the Spring Festival, a 调休 Saturday, the last day of a year with holiday
 * data, a day in a year without it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../core/calendar';
import { checkSeed } from './check';
import { DEMO } from './demo';
import { defaultToday, generateSeed } from './generate';

const DATES = {
  today: defaultToday(),
  'eve of the Spring Festival': '2026-02-16',
  '调休 Saturday': '2026-02-14',
  '31 December': '2026-12-31',
  'a year without holiday data': '2027-03-15',
};

describe('the demo seed', () => {
  it('pins its dates on purpose', () => {
    const cal = defaultCalendar();
    expect(cal.isWorkingDay(DATES['调休 Saturday'])).toBe(true);
    expect(cal.isWorkingDay(DATES['eve of the Spring Festival'])).toBe(false);
  });

  // A column the schema fills with the real time (DEFAULT … 'now') must be written by the
  // seed from its own today: left to the default, a demo pinned to another day showed a
  // conflict "registered" after today, first in a newest-first list.
  it('writes every timestamp the schema would otherwise take from the real clock', () => {
    const dir = new URL('../../../migrations/', import.meta.url);
    const schema = readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n');
    const realClock = new Map<string, Set<string>>();
    for (const [, table, body] of schema.matchAll(/CREATE TABLE `(\w+)` \(([\s\S]*?)\n\);/g)) {
      for (const [, column] of (body ?? '').matchAll(
        /`(\w+)` [^,\n]*DEFAULT \(strftime\([^\n]*'now'/g,
      ))
        realClock.set(table!, (realClock.get(table!) ?? new Set()).add(column!));
    }
    expect(realClock.get('inspector_conflicts')).toContain('created_at');
    const sql = generateSeed({
      retailers: 300,
      applications: 100,
      today: DATES['调休 Saturday'],
      seed: DEMO.seed,
    });
    const left: string[] = [];
    for (const statement of sql) {
      const m = /^INSERT INTO (\w+) \(([^)]*)\)/.exec(statement);
      if (!m) continue;
      const written = new Set(m[2]!.split(',').map((c) => c.trim()));
      for (const c of realClock.get(m[1]!) ?? []) if (!written.has(c)) left.push(`${m[1]}.${c}`);
    }
    expect([...new Set(left)]).toEqual([]);
  });

  for (const [name, today] of Object.entries(DATES)) {
    it(`passes every check generated for ${name} (${today})`, async () => {
      const { failures } = await checkSeed({
        retailers: 3000,
        applications: 1000,
        today,
        seed: DEMO.seed,
      });
      expect(failures).toEqual([]);
    }, 60_000);
  }
});
