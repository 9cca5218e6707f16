/**
 * The demo seed obeys the worker's rules on any day: today, and the dates where calendars
 * break (the eve of the Spring Festival, a 调休 Saturday, the last day of a year with holiday
 * data, a day in a year without it).
 */
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../core/calendar';
import { checkSeed } from './check';
import { DEMO } from './demo';
import { defaultToday } from './generate';

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
