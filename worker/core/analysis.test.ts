import { describe, expect, test } from 'vitest';
import { emptyCell, mergeCell, monthsBetween, quantile, shareWithin } from './analysis';
import { mayAcknowledgeWarning, mayReadWarning, warningHref } from './warnings';

describe('histogram quantiles', () => {
  test('nearest rank over whole days', () => {
    const h = { '2': 1, '5': 3, '20': 1 };
    expect(quantile(h, 0.5)).toBe(5);
    expect(quantile(h, 0.9)).toBe(20);
    expect(quantile(h, 0.2)).toBe(2);
    expect(quantile({}, 0.5)).toBeNull();
    expect(quantile({ '3': 0 }, 0.5)).toBeNull();
  });

  test('the share within a limit', () => {
    expect(shareWithin({ '4': 3, '5': 1, '6': 4 }, 5)).toBe(0.5);
    expect(shareWithin({}, 5)).toBeNull();
  });
});

describe('cells', () => {
  test('add up counts, histograms and keyed counts', () => {
    const a = { ...emptyCell(), filed: 2, steps: { decision: { '3': 1 } }, refusals: { 距离: 1 } };
    const b = {
      ...emptyCell(),
      filed: 1,
      steps: { decision: { '3': 2, '9': 1 } },
      refusals: { 距离: 2, 名额: 1 },
    };
    const m = mergeCell(a, b);
    expect(m.filed).toBe(3);
    expect(m.steps.decision).toEqual({ '3': 3, '9': 1 });
    expect(m.refusals).toEqual({ 距离: 3, 名额: 1 });
  });

  test('months of a period, across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });
});

describe('warnings: the access rule and links', () => {
  const clerk = { kind: 'staff', id: 's1', role: 'clerk', counties: ['370702'] } as const;
  const inspector = { kind: 'staff', id: 'i1', role: 'inspector', counties: ['370702'] } as const;
  test('county staff read and acknowledge their county; inspectors read only their cases', () => {
    expect(mayReadWarning(clerk, { county: '370702', assigneeId: null })).toBe(true);
    expect(mayReadWarning(clerk, { county: '370705', assigneeId: null })).toBe(false);
    expect(mayAcknowledgeWarning(clerk, { county: '370702', assigneeId: null })).toBe(true);
    expect(mayReadWarning(inspector, { county: '370702', assigneeId: 'i1' })).toBe(true);
    expect(mayReadWarning(inspector, { county: '370702', assigneeId: null })).toBe(false);
    expect(mayAcknowledgeWarning(inspector, { county: '370702', assigneeId: 'i1' })).toBe(false);
    expect(
      mayReadWarning({ kind: 'applicant', id: 'a' }, { county: '370702', assigneeId: null }),
    ).toBe(false);
  });
  test('each object opens its own screen', () => {
    expect(warningHref('application', 'a 1')).toBe('/queue/a%201');
    expect(warningHref('licence', 'l1')).toBe('/licences/l1');
    expect(warningHref('grid', '88')).toBe('/map?grid=88');
  });
});
