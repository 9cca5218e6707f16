/**
 * What a clock badge adds to its word (正常 / 临期 / 超期): the working days left, or how far
 * past the deadline. Past a deadline that fell just before a weekend or holiday, no working day
 * has gone by yet: that reads 已过截止日 ("past the deadline"), never "0 working days left" under
 * a red 超期.
 */
import type { ClockColour } from '@core/clocks';

export type ClockDetail =
  { kind: 'left'; n: number } | { kind: 'overdue'; n: number } | { kind: 'past' } | null;

export function clockDetail(clock: ClockColour, daysLeft: number | null): ClockDetail {
  if (daysLeft === null || clock === 'none') return null;
  if (daysLeft < 0) return { kind: 'overdue', n: -daysLeft };
  return clock === 'red' ? { kind: 'past' } : { kind: 'left', n: daysLeft };
}
