import { describe, expect, it } from 'vitest';
import { diffParts } from './option-diff';

describe('diffParts', () => {
  it('marks the characters an option changes', () => {
    expect(diffParts('彭或强', '彭彧强')).toEqual([
      { text: '彭' },
      { text: '彧', changed: true },
      { text: '强' },
    ]);
    expect(diffParts('湖北省荆门市摄刀区', '湖北省荆门市掇刀区')).toEqual([
      { text: '湖北省荆门市' },
      { text: '掇', changed: true },
      { text: '刀区' },
    ]);
    expect(diffParts('会哗', '曾晔')).toEqual([{ text: '曾晔', changed: true }]);
  });

  it('takes an option of another length as changed throughout', () => {
    expect(diffParts('诸超娜', '诸葛超娜')).toEqual([{ text: '诸葛超娜', changed: true }]);
  });
});
