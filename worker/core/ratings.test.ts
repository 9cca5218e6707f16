import { describe, expect, it } from 'vitest';
import type { CaseScope, Who } from './access';
import { defaultCalendar } from './calendar';
import {
  RATEABLE_STATUSES,
  caseEndedOn,
  followUpDue,
  followUpHandling,
  followUpLate,
  mayRate,
  mayReadRaterIdentity,
  mayReadRatingStats,
  ratingDeadline,
  ratingRefusal,
  ratingState,
  reminderDue,
  summarizeRatings,
  type RatingFacts,
} from './ratings';

const cal = defaultCalendar();
const scope: CaseScope = {
  applicantId: 'apl_a',
  county: '370702',
  status: 'refused',
  inspectorIds: ['i1'],
};
const staff = (role: 'clerk' | 'approver' | 'inspector' | 'admin', counties = ['370702']): Who => ({
  kind: 'staff',
  id: role,
  role,
  counties,
});

describe('the rating window on the working-day calendar', () => {
  it('runs 5 working days after the end: across the Spring Festival, the 调休 Saturday counts', () => {
    // Fri 13 Feb; Sat 14 is worked (调休); 15–23 are the holiday; 24, 25, 26, 27 follow.
    expect(ratingDeadline(cal, '2026-02-13')).toBe('2026-02-27');
    expect(ratingState(cal, '2026-02-27', '2026-02-13', false)).toBe('open');
    // Sat 28 Feb is itself a 调休 working day: the window is still closed on it.
    expect(ratingState(cal, '2026-02-28', '2026-02-13', false)).toBe('unrated');
  });

  it('across National Day: ended Wed 30 Sep, open until Tue 13 Oct (Sat 10 Oct is worked)', () => {
    expect(ratingDeadline(cal, '2026-09-30')).toBe('2026-10-13');
    expect(ratingState(cal, '2026-10-13', '2026-09-30', false)).toBe('open');
    expect(ratingState(cal, '2026-10-14', '2026-09-30', false)).toBe('unrated');
  });

  it('refuses what is not finished, rated, or past the window', () => {
    expect(ratingRefusal(ratingState(cal, '2026-03-02', null, false))).toBe('RATING_NOT_FINISHED');
    expect(ratingRefusal(ratingState(cal, '2026-03-02', '2026-03-02', true))).toBe('RATING_EXISTS');
    expect(ratingRefusal(ratingState(cal, '2026-03-10', '2026-03-02', false))).toBe(
      'RATING_WINDOW_CLOSED',
    );
    expect(ratingRefusal(ratingState(cal, '2026-03-09', '2026-03-02', false))).toBeNull();
  });

  it('a case ends when delivered, refused or terminated; a withdrawal or an open case is not rated', () => {
    const c = { decidedOn: '2026-03-02', deliveredOn: '2026-03-04', terminatedOn: null };
    expect(caseEndedOn({ status: 'delivered', ...c })).toBe('2026-03-04');
    expect(caseEndedOn({ status: 'refused', ...c })).toBe('2026-03-02');
    expect(caseEndedOn({ status: 'approved', ...c })).toBeNull();
    expect(caseEndedOn({ status: 'withdrawn', ...c })).toBeNull();
    const t = { decidedOn: null, deliveredOn: null, terminatedOn: '2026-03-05' };
    expect(caseEndedOn({ status: 'terminated', ...t })).toBe('2026-03-05');
    // The day is the termination's own, whatever else the row holds.
    expect(caseEndedOn({ status: 'terminated', ...c, terminatedOn: '2026-03-06' })).toBe(
      '2026-03-06',
    );
    expect(caseEndedOn({ status: 'accepted', ...t })).toBeNull();
    expect(RATEABLE_STATUSES).toEqual(['delivered', 'refused', 'terminated']);
    expect(RATEABLE_STATUSES).not.toContain('withdrawn');
  });

  it('a case terminated before the Spring Festival is rated on the working-day calendar', () => {
    // Terminated Thu 12 Feb 2026: 13 and the 调休 Saturday 14 count, 15–23 are the holiday.
    const endedOn = caseEndedOn({
      status: 'terminated',
      decidedOn: null,
      deliveredOn: null,
      terminatedOn: '2026-02-12',
    });
    expect(endedOn).toBe('2026-02-12');
    expect(ratingDeadline(cal, '2026-02-12')).toBe('2026-02-26');
    expect(ratingState(cal, '2026-02-26', '2026-02-12', false)).toBe('open');
    expect(ratingRefusal(ratingState(cal, '2026-02-27', '2026-02-12', false))).toBe(
      'RATING_WINDOW_CLOSED',
    );
    // The one reminder: three working days in (13, 14 调休, 24).
    expect(reminderDue(cal, '2026-02-23', '2026-02-12')).toBe(false);
    expect(reminderDue(cal, '2026-02-24', '2026-02-12')).toBe(true);
  });

  it('reminds once three working days in, only while the window is open', () => {
    // 14 (调休), 24, 25: the third working day after the end.
    expect(reminderDue(cal, '2026-02-24', '2026-02-13')).toBe(false);
    expect(reminderDue(cal, '2026-02-25', '2026-02-13')).toBe(true);
    expect(reminderDue(cal, '2026-02-27', '2026-02-13')).toBe(true);
    expect(reminderDue(cal, '2026-02-28', '2026-02-13')).toBe(false);
  });
});

describe('who may rate, reply and see the rater', () => {
  it('only the applicant of the case rates it', () => {
    expect(mayRate({ kind: 'applicant', id: 'apl_a' }, scope)).toBe(true);
    expect(mayRate({ kind: 'applicant', id: 'apl_b' }, scope)).toBe(false);
    expect(mayRate(staff('clerk'), scope)).toBe(false);
  });

  it('clerks and approvers of the county handle the follow-up; another county is told so', () => {
    expect(followUpHandling(staff('clerk'), scope)).toBe('yes');
    expect(followUpHandling(staff('approver', ['370702', '370705']), scope)).toBe('yes');
    expect(followUpHandling(staff('clerk', ['370705']), scope)).toBe('other_unit');
    expect(followUpHandling(staff('inspector'), scope)).toBe('no');
    expect(followUpHandling(staff('admin'), scope)).toBe('no');
    expect(followUpHandling({ kind: 'applicant', id: 'apl_a' }, scope)).toBe('no');
  });

  it('the rater is named to themself and the handlers only; stats are for county readers', () => {
    expect(mayReadRaterIdentity({ kind: 'applicant', id: 'apl_a' }, scope)).toBe(true);
    expect(mayReadRaterIdentity({ kind: 'applicant', id: 'apl_b' }, scope)).toBe(false);
    expect(mayReadRaterIdentity(staff('clerk'), scope)).toBe(true);
    expect(mayReadRaterIdentity(staff('clerk', ['370705']), scope)).toBe(false);
    expect(mayReadRaterIdentity(staff('admin'), scope)).toBe(false);
    expect(mayReadRaterIdentity(staff('inspector'), scope)).toBe(false);
    expect(mayReadRatingStats(staff('admin'))).toBe(true);
    expect(mayReadRatingStats(staff('inspector'))).toBe(false);
    expect(mayReadRatingStats({ kind: 'applicant', id: 'apl_a' })).toBe(false);
  });
});

describe('follow-up clocks', () => {
  it('is due 5 working days after it opened (configurable), late the day after', () => {
    expect(followUpDue(cal, '2026-09-29', 5)).toBe('2026-10-12');
    expect(followUpDue(cal, '2026-03-02', 3)).toBe('2026-03-05');
    expect(followUpLate('2026-03-05', '2026-03-05', null)).toBe(false);
    expect(followUpLate('2026-03-06', '2026-03-05', null)).toBe(true);
    expect(followUpLate('2026-03-20', '2026-03-05', '2026-03-05')).toBe(false);
    expect(followUpLate('2026-03-20', '2026-03-05', '2026-03-06')).toBe(true);
  });
});

describe('the anonymous statistics', () => {
  it('counts unrated cases apart, never as satisfied; 好评率 includes 基本满意', () => {
    const f = (level: RatingFacts['level'], followUp: RatingFacts['followUp'] = null) => ({
      level,
      unrated: level === null,
      followUp,
    });
    const s = summarizeRatings(
      [
        f('very_satisfied'),
        f('satisfied'),
        f('basic'),
        f('dissatisfied', { dueOn: '2026-03-05', repliedOn: '2026-03-04' }),
        f('very_dissatisfied', { dueOn: '2026-03-05', repliedOn: null }),
        f(null),
        f(null),
        { level: null, unrated: false, followUp: null },
      ],
      '2026-03-09',
    );
    expect(s.rated).toBe(5);
    expect(s.unrated).toBe(2);
    expect(s.satisfactionRate).toBeCloseTo(2 / 5);
    expect(s.goodRate).toBeCloseTo(3 / 5);
    expect(s.bad).toBe(2);
    expect(s.followUps).toBe(2);
    expect(s.followUpsLate).toBe(1);
    expect(s.followUpOnTimeRate).toBeCloseTo(1 / 2);
    expect(summarizeRatings([], '2026-03-09').satisfactionRate).toBeNull();
  });
});
