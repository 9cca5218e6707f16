import { describe, expect, it } from 'vitest';
import { fitWithin } from './image';

describe('fitWithin', () => {
  it('shrinks the long side to 2000 px, keeping the shape', () => {
    expect(fitWithin(4000, 3000)).toEqual({ w: 2000, h: 1500 });
    expect(fitWithin(3000, 4000)).toEqual({ w: 1500, h: 2000 });
  });
  it('never enlarges a small picture', () => {
    expect(fitWithin(640, 480)).toEqual({ w: 640, h: 480 });
  });
});
