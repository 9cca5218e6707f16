import { describe, expect, it } from 'vitest';
import { idFields, personName } from './id-card';
import { licenceFields } from './licence';
import { nameOptions, personOptions, withPlaceOptions } from './options';

describe('name options: the readings the model nearly gave, for the applicant to choose', () => {
  it("offers the unsure character's runner-ups, least sure character first", () => {
    // Recorded (tuning half): 彧 read as 或 at 97, its runner-up 彧.
    expect(nameOptions('彭或强', ['', '彧', '強'], [100, 97, 99.9])).toEqual(['彭彧强']);
    expect(nameOptions('马兰圭', ['', '', '卦垚'], [100, 100, 41])).toEqual(['马兰卦', '马兰垚']);
    // 哗 (60) before 会 (80); one character replaced at a time.
    expect(nameOptions('会哗轩', ['詹曾', '晔', ''], [80, 60, 100])).toEqual([
      '会晔轩',
      '詹哗轩',
      '曾哗轩',
    ]);
  });

  it('gives none for sure characters, non-Han runner-ups, or without confidences', () => {
    expect(nameOptions('张伟', ['弓', '侍'], [99.9, 100])).toEqual([]);
    expect(nameOptions('张伟', ['', '1·'], [100, 60])).toEqual([]);
    expect(nameOptions('张伟', ['', '侍'], undefined)).toEqual([]);
    expect(nameOptions('张伟', ['侍'], [100, 60])).toEqual([]);
  });

  it('offers 彧 for 或, which no name carries, however sure the model was', () => {
    // Recorded (tuning half): 晏春彧 read 晏春或, 或 sure and 彧 nowhere among its runner-ups.
    expect(nameOptions('晏春或', ['', '', '戒'], [100, 99.9, 99.8])).toEqual(['晏春彧', '晏春戒']);
    expect(personName('晏春或', 99.8)).toMatchObject({ value: '晏春或', flag: 'low' });
    expect(personName('晏春宇', 99.8).flag).toBeUndefined();
  });

  it('stops at three', () => {
    expect(nameOptions('李斑雨', ['', '珏环玉', '南雪'], [100, 51, 90])).toHaveLength(3);
  });

  it('carries the confidences and runner-ups over spaces the cleaning dropped', () => {
    const raw = { text: '彭 或强', alts: ['', '', '彧', ''], sure: [100, 0, 97, 100] };
    expect(personOptions('彭或强', raw)).toEqual(['彭彧强']);
    // A character the raw text does not hold: nothing to carry, nothing offered.
    expect(personOptions('彭或张', raw)).toEqual([]);
  });

  it('puts them on a marked name of either document, never on its value', () => {
    // Marked: read again alone, 或's runner-up 彧 stood too close (view-reread.ts).
    const raw = { text: '彭或强', confidence: 60, alts: ['', '彧', ''], sure: [100, 97, 100] };
    const id = idFields({ name: raw });
    expect(id.name).toMatchObject({ value: '彭或强', flag: 'low', options: ['彭彧强'] });
    const licence = licenceFields({ legal_rep: raw });
    expect(licence.legal_rep).toMatchObject({ value: '彭或强', flag: 'low', options: ['彭彧强'] });
    // A name read sure and unmarked gets none.
    const sure = { text: '张伟', confidence: 99, alts: ['', '侍'], sure: [100, 99] };
    expect(idFields({ name: sure }).name).toEqual({ value: '张伟', confidence: 99 });
  });
});

describe('address options', () => {
  it('offer the place a marked address lost two characters of, though its places check', () => {
    // Recorded (tuning half, id-070): 云南省 then "a street" checks, the field was marked low.
    const read = '云南省怒江族自治州兰坪白族普米族自治县河振街道放江村118号';
    expect(withPlaceOptions({ value: read, confidence: 70, flag: 'low' }).options).toEqual([
      '云南省怒江傈僳族自治州兰坪白族普米族自治县河振街道放江村118号',
    ]);
    // Unmarked, nothing is offered; nor for a marked address nothing fits.
    expect(withPlaceOptions({ value: read, confidence: 95 }).options).toBeUndefined();
    const plain = '山东省青岛市市南区香港中路10号';
    expect(withPlaceOptions({ value: plain, confidence: 70, flag: 'low' }).options).toBeUndefined();
  });
});
