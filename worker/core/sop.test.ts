import { describe, expect, it } from 'vitest';
import { defaultCalendar } from './calendar';
import { DEFAULT_CLOCK_RULES, currentDeadline, promisedDeadline } from './clocks';
import { isValidLicencePattern, licenceNumberPreview } from './licence-pattern';
import {
  DEFAULT_SOP,
  levelsBeforeDecision,
  promisedClockRules,
  sopProblems,
  type SopRules,
} from './sop';

const cal = defaultCalendar();
const withDays = (
  days: Partial<Record<'acceptance' | 'decision' | 'delivery', number>>,
): SopRules => ({
  ...DEFAULT_SOP,
  steps: DEFAULT_SOP.steps.map((s) => ({ ...s, promisedDays: days[s.step] ?? s.promisedDays })),
});

describe('SOP rules', () => {
  it('accepts the default and any shorter promise', () => {
    expect(sopProblems(DEFAULT_SOP)).toEqual([]);
    expect(sopProblems(withDays({ acceptance: 1, decision: 10, delivery: 3 }))).toEqual([]);
  });

  it('names every promise longer than the law first', () => {
    const p = sopProblems(withDays({ acceptance: 6, delivery: 11 }));
    expect(p.map((x) => [x.code, x.path])).toEqual([
      ['SOP_PROMISE_EXCEEDS_LAW', 'steps.0.promisedDays'],
      ['SOP_PROMISE_EXCEEDS_LAW', 'steps.2.promisedDays'],
    ]);
    expect(p[0]?.zh).toContain('法定的5个工作日');
  });

  it('wants levels in order, each once, ending with an approver deciding; one level is fine', () => {
    const levels = (l: SopRules['levels']) => sopProblems({ ...DEFAULT_SOP, levels: l });
    expect(levels([{ level: 'decide', role: 'approver' }])).toEqual([]);
    expect(
      levels([
        { level: 'review', role: 'approver' },
        { level: 'decide', role: 'approver' },
      ]),
    ).toEqual([]);
    expect(
      levels([
        { level: 'propose', role: 'clerk' },
        { level: 'propose', role: 'clerk' },
        { level: 'decide', role: 'approver' },
      ]),
    ).not.toEqual([]);
    expect(levels([{ level: 'decide', role: 'clerk' }])).not.toEqual([]);
    expect(levels([])).not.toEqual([]);
    expect(
      levelsBeforeDecision({
        ...DEFAULT_SOP,
        levels: [
          { level: 'propose', role: 'clerk' },
          { level: 'decide', role: 'approver' },
        ],
      }),
    ).toEqual([{ level: 'propose', role: 'clerk' }]);
  });
});

describe('promised deadlines', () => {
  it('counts the promise in working days beside the law, never past it', () => {
    const facts = { status: 'accepted' as const, acceptedOn: '2026-09-18' };
    const promised = promisedClockRules(withDays({ decision: 10 }));
    // Across the make-up Sunday 2026-09-20 and the National Day holiday.
    expect(promisedDeadline(facts, cal, promised)).toBe(cal.addWorkingDays('2026-09-18', 10));
    expect(promisedDeadline(facts, cal, promised)).toBe('2026-10-09');
    expect(currentDeadline(facts, cal)).toBe('2026-10-22');
    // A rule longer than the law (never saved, but the clock does not trust it) gives the law's.
    const longer = { ...DEFAULT_CLOCK_RULES, decisionDays: 30 };
    expect(promisedDeadline(facts, cal, longer)).toBe('2026-10-22');
    // The extension is the law's allowance on top of the promise.
    expect(promisedDeadline({ ...facts, extended: true }, cal, promised)).toBe(
      cal.addWorkingDays('2026-09-18', 20),
    );
    expect(promisedDeadline({ status: 'draft' }, cal, promised)).toBeNull();
  });
});

describe('licence number patterns', () => {
  it('accepts unique patterns and previews them', () => {
    expect(isValidLicencePattern('{county}{year}{seq:5}')).toBe(true);
    expect(isValidLicencePattern('WF-{county}-{seq:6}')).toBe(true);
    expect(licenceNumberPreview('WF-{county}-{seq:6}', '370702', '2027', 42)).toBe(
      'WF-370702-000042',
    );
    expect(licenceNumberPreview('{county}{year}{seq}', '370702', '2027', 7)).toBe(
      '370702202700007',
    );
  });

  it.each([
    '{county}{year}',
    '{seq:2}',
    '{seq:11}',
    '{seq:5}{seq:5}',
    '{county}{county}{seq:5}',
    '{year:2}{seq:5}',
    'wf{seq:5}',
    '潍{seq:5}',
    '{seq:5} ',
    '',
  ])('refuses %j', (p) => {
    expect(isValidLicencePattern(p)).toBe(false);
  });
});
