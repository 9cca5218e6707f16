import { describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '@core/application-state';
import type { BusinessType } from '@core/business-types';
import { stepStates } from './steps';

const run = (type: BusinessType, status: ApplicationStatus, actions: string[] = []) =>
  stepStates({ type, status, events: actions.map((action) => ({ action })) });
const keys = (...a: Parameters<typeof run>) => run(...a).map((s) => s.key);
const states = (...a: Parameters<typeof run>) => run(...a).map((s) => s.state);

describe('stepStates', () => {
  it('puts a draft at the first step', () => {
    expect(states('new', 'draft')).toEqual(['current', 'todo', 'todo', 'todo', 'todo', 'todo']);
  });

  it('shows a case under review with fill and submit done', () => {
    expect(states('new', 'correction_requested')).toEqual([
      'done',
      'done',
      'current',
      'todo',
      'todo',
      'todo',
    ]);
  });

  it('a 新办 waits for its inspection once accepted; a renewal goes straight to the decision', () => {
    expect(states('new', 'accepted', ['accept'])).toEqual([
      'done',
      'done',
      'done',
      'current',
      'todo',
      'todo',
    ]);
    expect(keys('renewal', 'accepted')).toEqual(['fill', 'submit', 'review', 'decide', 'deliver']);
    expect(states('renewal', 'accepted')).toEqual(['done', 'done', 'done', 'current', 'todo']);
  });

  it('marks the inspection done only once its result is recorded', () => {
    expect(states('new', 'inspection', ['require_inspection'])[3]).toBe('current');
    const after = run('new', 'accepted', ['require_inspection', 'record_inspection']);
    expect(after.find((s) => s.key === 'inspect')?.state).toBe('done');
    expect(after.find((s) => s.key === 'decide')?.state).toBe('current');
  });

  it('never claims an inspection that did not happen', () => {
    // Refused from 已受理 without a check: no inspection step at all.
    expect(keys('new', 'refused', ['accept', 'refuse'])).not.toContain('inspect');
    // A renewal the approver sent for a check shows it.
    expect(keys('renewal', 'inspection', ['require_inspection'])).toContain('inspect');
  });

  it('finishes every step once delivered, and a refusal at the decision', () => {
    expect(states('new', 'delivered', ['require_inspection', 'record_inspection'])).toEqual(
      Array(6).fill('done'),
    );
    expect(states('renewal', 'refused')).toEqual(['done', 'done', 'done', 'done', 'todo']);
  });

  it('approved waits for delivery', () => {
    expect(states('change', 'approved').at(-1)).toBe('current');
  });

  it('stops a terminated case where it stood: the steps before it done, none current', () => {
    const ended = (type: BusinessType, from: ApplicationStatus, before: string[] = []) =>
      stepStates({
        type,
        status: 'terminated',
        events: [...before.map((action) => ({ action })), { action: 'terminate', from }],
      }).map((s) => s.state);
    // Sent back for corrections and never returned: ended at the review.
    expect(ended('renewal', 'correction_requested')).toEqual([
      'done',
      'done',
      'todo',
      'todo',
      'todo',
    ]);
    // A 新办 whose premises could not be found: ended at its inspection.
    expect(ended('new', 'inspection', ['accept', 'require_inspection'])).toEqual([
      'done',
      'done',
      'done',
      'todo',
      'todo',
      'todo',
    ]);
    expect(run('new', 'terminated').some((s) => s.state === 'current')).toBe(false);
  });
});
