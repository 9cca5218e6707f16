import { describe, expect, it } from 'vitest';
import { LOCATION_CLASSES } from './capacity';
import { GRID_KINDS, SCHOOL_KINDS, SCHOOL_KIND_LABELS } from './layout-kinds';
import { JURISDICTION_KINDS } from './regions';

describe('layout vocabularies', () => {
  it('pins the kinds of grid, school, location and jurisdiction', () => {
    expect(GRID_KINDS).toEqual(['h3', 'polygon']);
    expect(SCHOOL_KINDS).toEqual(['primary', 'secondary', 'kindergarten']);
    expect(LOCATION_CLASSES).toEqual(['urban', 'town', 'rural']);
    expect(JURISDICTION_KINDS).toEqual(['city', 'district', 'county', 'county-level city']);
  });

  it('labels every school kind in both languages', () => {
    expect(Object.keys(SCHOOL_KIND_LABELS)).toEqual([...SCHOOL_KINDS]);
    expect(SCHOOL_KIND_LABELS.kindergarten).toEqual({ zh: '幼儿园', en: 'Kindergarten' });
  });
});
