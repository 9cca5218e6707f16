import { describe, expect, it } from 'vitest';
import { clockDetail } from './clock-detail';

describe('clockDetail', () => {
  it('counts the working days left before the deadline', () => {
    expect(clockDetail('green', 5)).toEqual({ kind: 'left', n: 5 });
    expect(clockDetail('yellow', 0)).toEqual({ kind: 'left', n: 0 });
  });
  it('counts the working days past it', () => {
    expect(clockDetail('red', -3)).toEqual({ kind: 'overdue', n: 3 });
  });
  it('says "past the deadline" on the weekend after a Friday deadline, not "0 days left"', () => {
    // Between Friday and Sunday no working day has gone by: the count is 0, the clock is red.
    expect(clockDetail('red', 0)).toEqual({ kind: 'past' });
  });
  it('adds nothing without a running clock or a count', () => {
    expect(clockDetail('none', 3)).toBeNull();
    expect(clockDetail('green', null)).toBeNull();
  });
});
