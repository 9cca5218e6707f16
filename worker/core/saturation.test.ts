import { describe, it, expect } from 'vitest';
import {
  SATURATION_LABELS,
  SATURATION_LEVELS,
  countsTowardSaturation,
  freePlaces,
  saturationLevel,
  saturationRatio,
} from './saturation';

describe('saturationLevel', () => {
  it('is yellow at exactly 90% and red at exactly 100%', () => {
    expect(saturationLevel(9, 10)).toBe('yellow');
    expect(saturationLevel(90, 100)).toBe('yellow');
    expect(saturationLevel(10, 10)).toBe('red');
    expect(saturationLevel(100, 100)).toBe('red');
  });

  it('is green just under 90% and yellow just under 100%', () => {
    expect(saturationLevel(8999, 10000)).toBe('green'); // 89.99%
    expect(saturationLevel(9999, 10000)).toBe('yellow'); // 99.99%
    expect(saturationLevel(0, 10)).toBe('green');
  });

  it('holds the boundaries for odd capacities and large grids', () => {
    expect(saturationLevel(63, 70)).toBe('yellow');
    expect(saturationLevel(62, 70)).toBe('green'); // 88.6%
    expect(saturationLevel(900_000, 1_000_000)).toBe('yellow');
    expect(saturationLevel(899_999, 1_000_000)).toBe('green');
    expect(saturationLevel(1, 1)).toBe('red');
    expect(saturationLevel(0, 1)).toBe('green');
  });

  it('is red above 100%', () => {
    expect(saturationLevel(12, 10)).toBe('red');
  });

  it('treats a capacity of 0 or less as no places: red', () => {
    expect(saturationLevel(0, 0)).toBe('red');
    expect(saturationLevel(3, 0)).toBe('red');
    expect(saturationLevel(0, -5)).toBe('red');
    expect(saturationLevel(0, Number.NaN)).toBe('red');
  });

  it('rounds a fractional capacity down to whole places', () => {
    expect(saturationLevel(9, 9.7)).toBe('red');
    expect(freePlaces(9, 9.7)).toBe(0);
  });

  it('rejects an invalid count', () => {
    expect(() => saturationLevel(-1, 10)).toThrow(RangeError);
    expect(() => saturationLevel(1.5, 10)).toThrow(RangeError);
  });
});

describe('saturationRatio', () => {
  it('divides count by capacity', () => {
    expect(saturationRatio(45, 50)).toBe(0.9);
    expect(saturationRatio(0, 50)).toBe(0);
  });

  it('is Infinity for retailers without capacity and 1 for 0/0', () => {
    expect(saturationRatio(3, 0)).toBe(Infinity);
    expect(saturationRatio(0, 0)).toBe(1);
  });
});

describe('freePlaces', () => {
  it('is capacity minus count, never negative', () => {
    expect(freePlaces(7, 10)).toBe(3);
    expect(freePlaces(10, 10)).toBe(0);
    expect(freePlaces(12, 10)).toBe(0);
    expect(freePlaces(0, 0)).toBe(0);
  });
});

describe('countsTowardSaturation', () => {
  it('counts active and suspended licences only', () => {
    expect(countsTowardSaturation('active')).toBe(true);
    expect(countsTowardSaturation('suspended')).toBe(true);
    expect(countsTowardSaturation('cancelled')).toBe(false);
    expect(countsTowardSaturation('expired')).toBe(false);
  });
});

describe('SATURATION_LEVELS', () => {
  it('lists the levels from room to spare to full, each labelled in both languages', () => {
    expect(SATURATION_LEVELS).toEqual(['green', 'yellow', 'red']);
    expect(Object.keys(SATURATION_LABELS)).toEqual([...SATURATION_LEVELS]);
    for (const l of SATURATION_LEVELS)
      expect(SATURATION_LABELS[l].zh && SATURATION_LABELS[l].en).toBeTruthy();
    expect(SATURATION_LABELS.red.zh).toBe('已饱和');
  });

  it('is every level saturationLevel answers, in rising order of saturation', () => {
    const seen = [0, 9, 10].map((count) => saturationLevel(count, 10));
    expect(seen).toEqual(SATURATION_LEVELS);
  });
});
