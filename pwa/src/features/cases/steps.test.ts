import { describe, expect, it } from 'vitest';
import { stepStates } from './steps';

const states = (s: Parameters<typeof stepStates>[0]) => stepStates(s).map((x) => x.state);

describe('stepStates', () => {
  it('puts a draft at the first step', () => {
    expect(states('draft')).toEqual(['current', 'todo', 'todo', 'todo', 'todo', 'todo']);
  });
  it('shows a case under review with fill and submit done', () => {
    expect(states('correction_requested')).toEqual([
      'done',
      'done',
      'current',
      'todo',
      'todo',
      'todo',
    ]);
  });
  it('finishes every step once delivered', () => {
    expect(states('delivered')).toEqual(Array(6).fill('done'));
  });
  it('ends a refusal at the decision', () => {
    expect(states('refused')).toEqual(['done', 'done', 'done', 'done', 'done', 'todo']);
  });
  it('approved waits for delivery', () => {
    expect(states('approved').at(-1)).toBe('current');
  });
});
