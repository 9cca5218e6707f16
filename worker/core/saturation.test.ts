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

  it('treats a capacity of no whole place as "no places set", not red', () => {
    expect(saturationLevel(0, 0)).toBe('none');
    expect(saturationLevel(3, 0)).toBe('none');
    expect(saturationLevel(0, -5)).toBe('none');
    expect(saturationLevel(0, Number.NaN)).toBe('none');
    expect(saturationLevel(0, 0.9)).toBe('none');
    expect(freePlaces(0, 0)).toBe(0); // and still no free place: applications queue
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

  it('is null without a place: no 100% for a grid whose capacity was never set', () => {
    expect(saturationRatio(3, 0)).toBeNull();
    expect(saturationRatio(0, 0)).toBeNull();
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
    expect(SATURATION_LEVELS).toEqual(['green', 'yellow', 'red', 'none']);
    expect(Object.keys(SATURATION_LABELS)).toEqual([...SATURATION_LEVELS]);
    for (const l of SATURATION_LEVELS)
      expect(SATURATION_LABELS[l].zh && SATURATION_LABELS[l].en).toBeTruthy();
    expect(SATURATION_LABELS.red.zh).toBe('已饱和');
  });

  it('is every level saturationLevel answers, in rising order of saturation', () => {
    const seen = [0, 9, 10].map((count) => saturationLevel(count, 10));
    expect([...seen, saturationLevel(0, 0)]).toEqual(SATURATION_LEVELS);
  });
});
