import { describe, it, expect } from 'vitest';
import { APPLICATION_STATUSES, CLOCKED_STATUSES } from './application-state';
import { defaultCalendar } from './calendar';
import {
  CLOCK_COLOURS,
  CLOCK_LABELS,
  DEFAULT_CLOCK_RULES,
  clockColour,
  correctionDeadline,
  currentDeadline,
  decisionDeadline,
  deliveryDeadline,
  isDeemedAccepted,
  workingDaysLeft,
  type ClockRules,
} from './clocks';

const cal = defaultCalendar();
const calendarDays: ClockRules = { ...DEFAULT_CLOCK_RULES, unit: 'calendar' };

describe('deadlines', () => {
  it('gives 5 working days for the correction notice, across the Spring Festival', () => {
    expect(correctionDeadline('2026-02-12', cal)).toBe('2026-02-26');
    expect(correctionDeadline('2026-03-02', cal)).toBe('2026-03-09');
  });

  it('gives 20 working days for the decision, 30 when extended (Mid-Autumn + National Day)', () => {
    // Sunday 2026-09-20 is a make-up working day and counts.
    expect(decisionDeadline('2026-09-18', false, cal)).toBe('2026-10-22');
    expect(decisionDeadline('2026-09-18', true, cal)).toBe('2026-11-05');
  });

  it('gives 10 working days for delivery, across Labour Day and its make-up Saturday', () => {
    expect(deliveryDeadline('2026-04-30', cal)).toBe('2026-05-18');
  });

  it('adds plain calendar days when so configured', () => {
    expect(correctionDeadline('2026-02-12', cal, calendarDays)).toBe('2026-02-17');
    expect(decisionDeadline('2026-09-18', true, cal, calendarDays)).toBe('2026-10-18');
  });

  it('honours custom lengths', () => {
    const rules: ClockRules = { ...DEFAULT_CLOCK_RULES, correctionNoticeDays: 3 };
    expect(correctionDeadline('2026-03-02', cal, rules)).toBe('2026-03-05');
  });
});

describe('clock vocabulary', () => {
  it('pins the colours and labels every one in both languages', () => {
    expect(CLOCK_COLOURS).toEqual(['green', 'yellow', 'red', 'none']);
    expect(Object.keys(CLOCK_LABELS)).toEqual([...CLOCK_COLOURS]);
    expect(CLOCK_LABELS.yellow).toEqual({ zh: '临期', en: 'Due soon' });
    expect(CLOCK_LABELS.red).toEqual({ zh: '超期', en: 'Overdue' });
    for (const c of CLOCK_COLOURS) expect(CLOCK_LABELS[c].zh && CLOCK_LABELS[c].en).toBeTruthy();
  });

  it('runs a clock only in the statuses staff work against', () => {
    const dates = { submittedOn: '2026-03-02', acceptedOn: '2026-03-04', approvedOn: '2026-03-20' };
    const timed = APPLICATION_STATUSES.filter(
      (status) => currentDeadline({ status, ...dates }, cal) !== null,
    );
    // Waiting for the applicant's corrections stops the clock but keeps the case open.
    expect(timed).toEqual(CLOCKED_STATUSES.filter((s) => s !== 'correction_requested'));
  });
});

describe('currentDeadline', () => {
  it('picks the clock of the current step', () => {
    const dates = { submittedOn: '2026-03-02', acceptedOn: '2026-03-04', approvedOn: '2026-03-20' };
    expect(currentDeadline({ status: 'submitted', ...dates }, cal)).toBe('2026-03-09');
    expect(currentDeadline({ status: 'resubmitted', ...dates }, cal)).toBe('2026-03-09');
    expect(currentDeadline({ status: 'accepted', ...dates }, cal)).toBe('2026-04-01');
    expect(currentDeadline({ status: 'inspection', ...dates, extended: true }, cal)).toBe(
      '2026-04-16',
    );
    expect(currentDeadline({ status: 'approved', ...dates }, cal)).toBe('2026-04-03');
  });

  it('is null when no clock runs or the start date is missing', () => {
    for (const status of [
      'draft',
      'correction_requested',
      'refused',
      'delivered',
      'withdrawn',
    ] as const) {
      expect(currentDeadline({ status, submittedOn: '2026-03-02' }, cal)).toBeNull();
    }
    expect(currentDeadline({ status: 'accepted', submittedOn: '2026-03-02' }, cal)).toBeNull();
  });
});

describe('isDeemedAccepted', () => {
  it('turns true the day after the correction deadline', () => {
    expect(isDeemedAccepted('2026-02-12', '2026-02-26', cal)).toBe(false);
    expect(isDeemedAccepted('2026-02-12', '2026-02-27', cal)).toBe(true);
  });
});

describe('clockColour and workingDaysLeft', () => {
  const deadline = '2026-03-09'; // Monday

  it('counts working days left', () => {
    expect(workingDaysLeft(deadline, '2026-03-05', cal)).toBe(2);
    expect(workingDaysLeft(deadline, '2026-03-07', cal)).toBe(1);
    expect(workingDaysLeft(deadline, deadline, cal)).toBe(0);
    expect(workingDaysLeft(deadline, '2026-03-11', cal)).toBe(-2);
  });

  it('is green with more than one working day left', () => {
    expect(clockColour(deadline, '2026-03-05', cal)).toBe('green');
  });

  it('is yellow with one working day or less left, the deadline day included', () => {
    expect(clockColour(deadline, '2026-03-06', cal)).toBe('yellow');
    expect(clockColour(deadline, '2026-03-07', cal)).toBe('yellow'); // Saturday
    expect(clockColour(deadline, deadline, cal)).toBe('yellow');
  });

  it('is red the day after the deadline', () => {
    expect(clockColour(deadline, '2026-03-10', cal)).toBe('red');
  });

  it('is none without a deadline', () => {
    expect(clockColour(null, '2026-03-10', cal)).toBe('none');
  });
});
