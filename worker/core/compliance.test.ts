import { describe, expect, it } from 'vitest';
import {
  complianceOf,
  DEFAULT_COMPLIANCE_RULES as R,
  drawWeightOf,
  mergeRules,
  nextCheckDue,
} from './compliance';

describe('compliance class (零售客户守法分类)', () => {
  it('puts the score bands at A 91–100, B 81–90, C 71–80, W ≤ 70', () => {
    const klass = (failedItems: number) => complianceOf({ failedItems, penalties: [] }, R);
    expect(klass(0)).toMatchObject({ score: 100, klass: 'A' });
    expect(complianceOf({ failedItems: 0, penalties: ['warning', 'warning'] }, R).score).toBe(90);
    expect(klass(1)).toMatchObject({ score: 95, klass: 'A' });
    expect(klass(2)).toMatchObject({ score: 90, klass: 'B' });
    expect(klass(3)).toMatchObject({ score: 85, klass: 'B' });
    expect(klass(4)).toMatchObject({ score: 80, klass: 'C' });
    expect(klass(6)).toMatchObject({ score: 70, klass: 'W' });
    expect(klass(40)).toMatchObject({ score: 0, klass: 'W' });
  });

  it('makes three penalties W whatever the score, and deducts by kind', () => {
    const two = complianceOf({ failedItems: 0, penalties: ['warning', 'warning'] }, R);
    expect(two).toMatchObject({ klass: 'B', deductions: { failedItems: 0, penalties: 10 } });
    const three = complianceOf({ failedItems: 0, penalties: ['warning', 'warning', 'warning'] }, R);
    expect(three).toMatchObject({ score: 85, klass: 'W' });
    const fine = complianceOf({ failedItems: 2, penalties: ['fine'] }, R);
    expect(fine).toMatchObject({ score: 80, klass: 'C' });
  });

  it('sets the check interval and the draw weight from the class', () => {
    expect(nextCheckDue('2026-01-10', 'A', '2026-06-01', R)).toBe('2027-01-10');
    expect(nextCheckDue('2026-01-10', 'W', '2026-06-01', R)).toBe('2026-02-09');
    expect(nextCheckDue(null, 'B', '2026-06-01', R)).toBe('2026-06-01');
    expect(drawWeightOf('A', false, R)).toBe(1);
    expect(drawWeightOf('W', true, R)).toBe(7.5);
  });

  it('weighs complaints (capped) and, once delivery data exists, months without deliveries', () => {
    const risk = (complaints: number, noDeliveryMonths: number | null = null) => ({
      complaints,
      noDeliveryMonths,
    });
    expect(drawWeightOf('C', true, R, risk(2))).toBe(9);
    expect(drawWeightOf('A', false, R, risk(0))).toBe(1);
    // The cap: four complaints count, the fifth adds nothing.
    expect(drawWeightOf('A', false, R, risk(4))).toBe(3);
    expect(drawWeightOf('A', false, R, risk(9))).toBe(3);
    // No delivery data: no effect; data below the threshold: none; at it: the factor.
    expect(drawWeightOf('B', false, R, risk(0, null))).toBe(2);
    expect(drawWeightOf('B', false, R, risk(0, 2))).toBe(2);
    expect(drawWeightOf('B', false, R, risk(0, 3))).toBe(3);
    expect(drawWeightOf('B', false, { ...R, perComplaint: 0 }, risk(3, 6))).toBe(3);
  });

  it('lays a stored override over the defaults and refuses a broken one', () => {
    expect(mergeRules(null)).toEqual(R);
    expect(mergeRules({ minA: 95 })?.minA).toBe(95);
    expect(mergeRules({ minA: 95 })?.minB).toBe(81);
    expect(mergeRules({ minA: 70 })).toBeNull();
    expect(mergeRules({ pointsPerFailedItem: -1 })).toBeNull();
    expect(mergeRules('x')).toBeNull();
    const strict = mergeRules({ minA: 96, minB: 90, minC: 85 });
    expect(complianceOf({ failedItems: 2, penalties: [] }, strict ?? R).klass).toBe('B');
  });
});
