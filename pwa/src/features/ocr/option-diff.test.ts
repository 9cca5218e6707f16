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

  it('marks what an option of another length puts back between the same start and end', () => {
    expect(diffParts('诸超娜', '诸葛超娜')).toEqual([
      { text: '诸' },
      { text: '葛', changed: true },
      { text: '超娜' },
    ]);
    expect(diffParts('云南省怒江族自治州', '云南省怒江傈僳族自治州')).toEqual([
      { text: '云南省怒江' },
      { text: '傈僳', changed: true },
      { text: '族自治州' },
    ]);
    // Nothing in common: changed throughout.
    expect(diffParts('甲乙', '丙丁戊')).toEqual([{ text: '丙丁戊', changed: true }]);
  });
});
