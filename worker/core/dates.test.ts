import { describe, it, expect } from 'vitest';
import {
  addCalendarDays,
  addYears,
  calendarDaysBetween,
  dayOfWeek,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  toDayNumber,
} from './dates';

describe('dates', () => {
  it('validates ISO dates strictly', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2026-01-01T00:00')).toBe(false);
  });

  it('knows leap years', () => {
    expect([1900, 2000, 2024, 2026].map(isLeapYear)).toEqual([false, true, true, false]);
  });

  it('round-trips day numbers', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2026-10-10'))).toBe('2026-10-10');
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
  });

  it('adds and counts calendar days across month and year ends', () => {
    expect(addCalendarDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(calendarDaysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(calendarDaysBetween('2027-01-01', '2026-01-01')).toBe(-365);
  });

  it('gives the day of week', () => {
    expect(dayOfWeek('2026-02-14')).toBe(6); // Saturday
    expect(dayOfWeek('2026-10-01')).toBe(4); // Thursday
    expect(dayOfWeek('1969-12-28')).toBe(0); // Sunday, before the epoch
  });

  it('adds years, clamping 29 February', () => {
    expect(addYears('2026-03-02', 1)).toBe('2027-03-02');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });
});
