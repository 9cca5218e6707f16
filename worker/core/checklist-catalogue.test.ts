import { describe, expect, it } from 'vitest';
import {
  INSPECTION_KINDS,
  catalogueItemsSchema,
  checklistEditionSchema,
  itemsNeedingStill,
  parseVersionId,
  versionId,
} from './checklist-catalogue';
import { SEED_CATALOGUE } from './checklist-seed';

describe('the checklist catalogue', () => {
  it('names versions <kind>-v<n> and reads them back', () => {
    expect(versionId('resume', 12)).toBe('resume-v12');
    expect(parseVersionId('resume-v12')).toEqual({ kind: 'resume', number: 12 });
    for (const bad of ['resume-v0', 'other-v1', 'new-1', 'new-v01', 'onsite-2026.1', 'new-v1 '])
      expect(parseVersionId(bad), bad).toBeNull();
  });

  it('seeds every kind with a valid first edition that asks for stills', () => {
    for (const kind of INSPECTION_KINDS) {
      const items = catalogueItemsSchema.parse(SEED_CATALOGUE[kind]);
      expect(items.length).toBeGreaterThanOrEqual(5);
      expect(itemsNeedingStill(items).length).toBeGreaterThan(0);
    }
  });

  it('refuses duplicate ids, empty lists, markup and unknown fields', () => {
    const one = SEED_CATALOGUE.new[0];
    const base = { basedOn: 'new-v1', note: '调整顺序' };
    expect(checklistEditionSchema.safeParse({ ...base, items: [one] }).success).toBe(true);
    expect(checklistEditionSchema.safeParse({ ...base, items: [one, one] }).success).toBe(false);
    expect(checklistEditionSchema.safeParse({ ...base, items: [] }).success).toBe(false);
    const markup = { ...one, basis: '<b>第十四条</b>' };
    expect(checklistEditionSchema.safeParse({ ...base, items: [markup] }).success).toBe(false);
    const extra = { ...one, photo: true };
    expect(checklistEditionSchema.safeParse({ ...base, items: [extra] }).success).toBe(false);
    const badId = { ...one, id: 'Has Space' };
    expect(checklistEditionSchema.safeParse({ ...base, items: [badId] }).success).toBe(false);
  });
});
