import { describe, it, expect } from 'vitest';
import { WorkCalendar, defaultCalendar, todayInChina } from './calendar';
import { addCalendarDays } from './dates';

const cal = defaultCalendar();

describe('WorkCalendar.isWorkingDay', () => {
  it('treats ordinary weekdays as working and weekends as off', () => {
    expect(cal.isWorkingDay('2026-03-02')).toBe(true); // Monday
    expect(cal.isWorkingDay('2026-03-06')).toBe(true); // Friday
    expect(cal.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2026-03-08')).toBe(false); // Sunday
  });

  it('knows the 2026 Spring Festival block and its make-up Saturdays', () => {
    expect(cal.isWorkingDay('2026-02-14')).toBe(true); // Saturday, 调休
    for (let d = 15; d <= 23; d++) expect(cal.isWorkingDay(`2026-02-${d}`)).toBe(false);
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true); // Saturday, 调休
    expect(cal.isWorkingDay('2026-03-01')).toBe(false); // Sunday
  });

  it('knows National Day and its make-up Saturday', () => {
    expect(cal.isWorkingDay('2026-10-01')).toBe(false); // Thursday
    expect(cal.isWorkingDay('2026-10-07')).toBe(false);
    expect(cal.isWorkingDay('2026-10-08')).toBe(true);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true); // Saturday, 调休
  });

  it('falls back to weekends only for years without data', () => {
    expect(cal.hasDataFor(2026)).toBe(true);
    expect(cal.hasDataFor(2027)).toBe(false);
    expect(cal.isWorkingDay('2027-01-01')).toBe(true); // Friday; real holiday unknown
    expect(cal.isWorkingDay('2027-01-02')).toBe(false);
  });

  it('rejects malformed and unreal dates', () => {
    expect(() => cal.isWorkingDay('2026-2-3')).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('WorkCalendar.addWorkingDays', () => {
  it('does not count the day of the event', () => {
    expect(cal.addWorkingDays('2026-03-02', 1)).toBe('2026-03-03');
    expect(cal.addWorkingDays('2026-03-02', 5)).toBe('2026-03-09'); // Monday → next Monday
  });

  it('returns the start itself for n = 0, even on a holiday', () => {
    expect(cal.addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(cal.addWorkingDays('2026-02-17', 0)).toBe('2026-02-17');
  });

  it('rolls over the Spring Festival and counts make-up Saturdays', () => {
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
  });

  it('starts counting after a start date that is itself a holiday', () => {
    expect(cal.addWorkingDays('2026-02-17', 1)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-17', 5)).toBe('2026-02-28');
  });

  it('rolls over National Day', () => {
    expect(cal.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(cal.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(cal.addWorkingDays('2026-09-24', 1)).toBe('2026-09-28'); // Mid-Autumn 25–27
  });

  it('crosses year boundaries both ways', () => {
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04'); // Sunday, 调休
    expect(cal.addWorkingDays('2026-12-30', 3)).toBe('2027-01-04');
  });

  it('counts backwards for negative n', () => {
    expect(cal.addWorkingDays('2026-02-24', -1)).toBe('2026-02-14');
  });

  it('rejects non-integer counts', () => {
    expect(() => cal.addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError);
  });
});

describe('WorkCalendar.subtractWorkingDays', () => {
  it('is the inverse of addWorkingDays between working days', () => {
    expect(cal.subtractWorkingDays('2026-02-24', 1)).toBe('2026-02-14');
    expect(cal.subtractWorkingDays('2026-10-08', 1)).toBe('2026-09-30');
    for (const start of ['2026-02-12', '2026-09-29', '2026-12-28', '2026-06-01']) {
      for (const n of [1, 5, 20, 30]) {
        expect(cal.subtractWorkingDays(cal.addWorkingDays(start, n), n)).toBe(start);
      }
    }
  });

  it('returns the end itself for n = 0', () => {
    expect(cal.subtractWorkingDays('2026-10-03', 0)).toBe('2026-10-03');
  });
});

describe('WorkCalendar.workingDaysBetween', () => {
  it('counts working days in (from, to]', () => {
    expect(cal.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(cal.workingDaysBetween('2026-03-02', '2026-03-03')).toBe(1);
    expect(cal.workingDaysBetween('2026-03-02', '2026-03-09')).toBe(5);
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2);
    expect(cal.workingDaysBetween('2026-02-14', '2026-02-23')).toBe(0);
  });

  it('is negative when to is earlier', () => {
    expect(cal.workingDaysBetween('2026-02-24', '2026-02-13')).toBe(-2);
    expect(Object.is(cal.workingDaysBetween('2026-02-23', '2026-02-14'), 0)).toBe(true);
  });

  it('agrees with addWorkingDays', () => {
    expect(cal.workingDaysBetween('2026-09-18', cal.addWorkingDays('2026-09-18', 20))).toBe(20);
  });
});

describe('WorkCalendar construction', () => {
  it('rejects a date that is both a holiday and a make-up day', () => {
    expect(
      () =>
        new WorkCalendar([
          { year: 2030, holidays: ['2030-01-05'], makeup_workdays: ['2030-01-05'] },
        ]),
    ).toThrow(RangeError);
  });

  it('rejects malformed dates', () => {
    expect(
      () => new WorkCalendar([{ year: 2030, holidays: ['2030/01/05'], makeup_workdays: [] }]),
    ).toThrow(RangeError);
  });

  it('works with no data at all (weekends only)', () => {
    const bare = new WorkCalendar([]);
    expect(bare.addWorkingDays('2026-09-30', 1)).toBe('2026-10-01');
    expect(bare.hasDataFor(2026)).toBe(false);
  });
});

describe('todayInChina', () => {
  it('uses UTC+8', () => {
    expect(todayInChina(new Date('2026-01-31T15:59:59Z'))).toBe('2026-01-31');
    expect(todayInChina(new Date('2026-01-31T16:00:00Z'))).toBe('2026-02-01');
    expect(todayInChina(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('rejects an invalid Date', () => {
    expect(() => todayInChina(new Date('nope'))).toThrow(RangeError);
  });
});

describe('WorkCalendar.workingDaysBetween counts like walking day by day', () => {
  it('agrees with a day-by-day count on many spans, across holidays and years', () => {
    const naive = (from: string, to: string): number => {
      const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
      let n = 0;
      for (let d = addCalendarDays(lo, 1); d <= hi; d = addCalendarDays(d, 1)) {
        if (cal.isWorkingDay(d)) n++;
      }
      return n === 0 ? 0 : sign * n;
    };
    // A fixed pseudo-random walk: spans of 0–400 days starting anywhere in 2025–2027.
    let seed = 20261203;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      const from = addCalendarDays('2025-01-01', Math.floor(next() * 1095));
      const to = addCalendarDays(from, Math.floor(next() * 801) - 400);
      expect(cal.workingDaysBetween(from, to), `${from} → ${to}`).toBe(naive(from, to));
    }
  });
});
