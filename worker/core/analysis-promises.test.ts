import { describe, expect, it } from 'vitest';
import { SopBook, casePromises, currentPromises, type SopVersionFact } from './analysis-promises';
import { DEFAULT_SOP, type SopRules } from './sop';

const rules = (acceptance: number, decision: number, delivery: number): SopRules => ({
  steps: [
    { step: 'acceptance', role: 'clerk', promisedDays: acceptance },
    { step: 'decision', role: 'approver', promisedDays: decision },
    { step: 'delivery', role: 'clerk', promisedDays: delivery },
  ],
  levels: DEFAULT_SOP.levels,
});

const versions: SopVersionFact[] = [
  { type: 'new', version: 1, savedBy: null, savedOn: '2026-01-05', rules: rules(5, 20, 10) },
  { type: 'new', version: 2, savedBy: 'stf_admin', savedOn: '2026-03-02', rules: rules(3, 12, 7) },
  { type: 'new', version: 3, savedBy: 'stf_admin', savedOn: '2026-06-01', rules: rules(2, 8, 5) },
];
const book = new SopBook(versions);
const guides = { new: { acceptance: 4, decision: 15, delivery: 9 } };

const base = {
  type: 'new' as const,
  submittedOn: '2026-02-26',
  acceptedOn: '2026-03-03',
  decidedOn: '2026-06-02',
};

describe('casePromises', () => {
  it('holds a stamped case to its version, whatever came later', () => {
    expect(casePromises({ ...base, sopVersion: 2 }, book, guides)).toEqual({
      acceptance: { days: 3, source: 'sop' },
      decision: { days: 12, source: 'sop' },
      delivery: { days: 7, source: 'sop' },
    });
  });

  it('uses the guide for a case stamped with the migration’s placeholder', () => {
    expect(casePromises({ ...base, sopVersion: 1 }, book, guides).decision).toEqual({
      days: 15,
      source: 'guide',
    });
  });

  it('holds an unstamped case to the version in force when each step began', () => {
    const p = casePromises({ ...base, sopVersion: null }, book, guides);
    // Filed before any SOP, accepted the day after version 2, decided after version 3.
    expect(p.acceptance).toEqual({ days: 4, source: 'guide' });
    expect(p.decision).toEqual({ days: 12, source: 'sop' });
    expect(p.delivery).toEqual({ days: 5, source: 'sop' });
    // A version saved on the day a step began applies to it.
    expect(
      casePromises({ ...base, sopVersion: null, acceptedOn: '2026-03-02' }, book, guides).decision,
    ).toEqual({ days: 12, source: 'sop' });
  });

  it('promises nothing where neither an SOP nor a guide does', () => {
    expect(casePromises({ ...base, type: 'renewal', sopVersion: null }, book, {})).toEqual({});
  });
});

describe('currentPromises', () => {
  it('is the latest set version, else the guide', () => {
    expect(currentPromises('new', book, guides)).toEqual({
      acceptance: 2,
      decision: 8,
      delivery: 5,
    });
    expect(currentPromises('renewal', book, { renewal: { decision: 18 } })).toEqual({
      decision: 18,
    });
  });
});
