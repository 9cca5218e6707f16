/**
 * The demo seed obeys the worker's rules on any day: today, and the dates where calendars
 * break (the eve of the Spring Festival, a 调休 Saturday, the last day of a year with holiday
 * data, a day in a year without it).
 */
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../core/calendar';
import { leftToRealClock, realClockColumns } from '../real-clock-columns';
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
    const realClock = realClockColumns();
    expect(realClock.get('inspector_conflicts')).toContain('created_at');
    const sql = generateSeed({
      retailers: 300,
      applications: 100,
      today: DATES['调休 Saturday'],
      seed: DEMO.seed,
    });
    const left = sql.flatMap((statement) => leftToRealClock(statement, realClock));
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
