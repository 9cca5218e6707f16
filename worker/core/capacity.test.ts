import { describe, expect, it } from 'vitest';
import { computeCapacity, DEFAULT_WEIGHTS, effectiveCapacity } from './capacity';

const base = {
  population: 5000,
  locationClass: 'town',
  consumptionIndex: 1,
  operatingCostIndex: 1,
  currentRetailers: 3,
};

describe('capacity', () => {
  it('is the seed formula with the default weights, and shows its working', () => {
    const c = computeCapacity(base);
    expect(c.computed).toBe(20);
    expect(c.formula).toContain('→ 20');
    expect(
      computeCapacity({
        ...base,
        locationClass: 'urban',
        consumptionIndex: 1.1,
        operatingCostIndex: 0.9,
      }).computed,
    ).toBe(Math.round(5 * 4 * 1.2 * (1.1 / 0.9)));
  });
  it('pulls toward current retailers by the retailer weight', () => {
    expect(computeCapacity(base, { ...DEFAULT_WEIGHTS, retailerWeight: 0.5 }).computed).toBe(12);
  });
  it('never goes negative; a zero cost index does not make a grid limitless', () => {
    expect(computeCapacity({ ...base, population: 0 }).computed).toBe(0);
    expect(computeCapacity({ ...base, operatingCostIndex: 0 }).computed).toBe(20);
  });
  it('the override wins', () => {
    expect(effectiveCapacity(20, 5)).toBe(5);
    expect(effectiveCapacity(20, null)).toBe(20);
    expect(effectiveCapacity(20, 0)).toBe(0);
  });
});
