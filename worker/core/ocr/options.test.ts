import { describe, expect, it } from 'vitest';
import { idFields, personName } from './id-card';
import { licenceFields } from './licence';
import { nameOptions, personOptions, withPlaceOptions } from './options';

describe('name options: the readings the model nearly gave, for the applicant to choose', () => {
  it("offers the unsure character's runner-ups, least sure character first", () => {
    // Recorded (tuning half): 彧 read as 或 at 97, its runner-up 彧.
    expect(nameOptions('彭或强', ['', '彧', '強'], [100, 97, 99.9])).toEqual(['彭彧强']);
    expect(nameOptions('马兰圭', ['', '', '卦封'], [100, 100, 41])).toEqual(['马兰垚', '马兰封']);
    // 哗 (60) before 会 (80); one character replaced at a time, and 哗, which no name
    // carries, stands for 晔 in every option.
    expect(nameOptions('会哗轩', ['詹曾', '晔', ''], [80, 60, 100])).toEqual([
      '会晔轩',
      '詹晔轩',
      '曾晔轩',
    ]);
  });

  it('gives none for sure characters, non-Han runner-ups, or without confidences', () => {
    expect(nameOptions('张伟', ['弓', '侍'], [99.9, 100])).toEqual([]);
    expect(nameOptions('张伟', ['', '1·'], [100, 60])).toEqual([]);
    expect(nameOptions('张伟', ['', '侍'], undefined)).toEqual([]);
    expect(nameOptions('张伟', ['侍'], [100, 60])).toEqual([]);
  });

  it('offers the popular rare character a reading stands for first, and 曾 for 會', () => {
    // 圭 read for 垚 (its runner-ups 卦 and 主, never 垚): 垚 first, then 主; 卦, a character
    // no name carries, is never offered.
    expect(nameOptions('马兰圭', ['', '', '卦主'], [100, 100, 41])).toEqual(['马兰垚', '马兰主']);
    // Recorded (tuning half): 曾伟 read 會伟, 會 (a traditional form) sure, its runner-up 会.
    expect(nameOptions('會伟', ['会', ''], [99.8, 100])).toEqual(['曾伟', '会伟']);
    // Recorded (tuning half): 段涵, 涵 unsure, its runner-up 酒, which no name carries.
    expect(nameOptions('段涵', ['', '酒洒'], [100, 90])).toEqual(['段洒']);
    // A business name gets neither: 森 and 酒 are what its words mean (烟酒店).
    expect(nameOptions('森酒', ['', ''], [60, 60], { max: 80, fixed: () => false })).toEqual([]);
  });

  it('offers 彧 for 或, which no name carries, however sure the model was', () => {
    // Recorded (tuning half): 晏春彧 read 晏春或, 或 sure and 彧 nowhere among its runner-ups.
    expect(nameOptions('晏春或', ['', '', '戒'], [100, 99.9, 99.8])).toEqual(['晏春彧', '晏春戒']);
    expect(personName('晏春或', 99.8)).toMatchObject({ value: '晏春或', flag: 'low' });
    // 哗 the same for 晔, and 卦 for 垚 (recorded, tuning half: 闫明垚 read 闫明卦), before
    // the model's own runner-ups.
    expect(nameOptions('白哗骞', ['', '', ''], [100, 99.9, 99.8])).toEqual(['白晔骞']);
    expect(nameOptions('闫明卦', ['', '', '圭封'], [100, 100, 22])).toEqual([
      '闫明垚',
      '闫明圭',
      '闫明封',
    ]);
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

  it("puts them on a licence's marked business name, its value as read", () => {
    // Recorded (tuning half, licence-104): 淼 read 森 at 50, 淼 its runner-up.
    const raw = {
      text: '前锋区森鑫商行',
      confidence: 50,
      alts: ['', '峰錄', '', '淼焱', '', '', ''],
      sure: [100, 94, 100, 50, 100, 100, 100],
    };
    expect(licenceFields({ name: raw }).name).toMatchObject({
      value: '前锋区森鑫商行',
      flag: 'low',
      options: ['前锋区淼鑫商行', '前锋区焱鑫商行'],
    });
  });

  it('offers nothing inside the places a business name holds, its legal form, or a sure one', () => {
    // Recorded (tuning half): all read right, marked; 江内市, 有限台伙, 江海区 and 喆城 are no options.
    const at = (text: string, i: number, alts: string) => ({
      text,
      confidence: 60,
      alts: [...text].map((_, k) => (k === i ? alts : '')),
      sure: [...text].map((_, k) => (k === i ? 60 : 100)),
    });
    expect(
      licenceFields({ name: at('江门市台山市惠民食品店', 1, '内力') }).name.options,
    ).toBeUndefined();
    const partnership = at('镇江鑫源实业中心（有限合伙）', 11, '台');
    expect(licenceFields({ name: partnership }).name.options).toBeUndefined();
    const branch = at('白山金城食品有限公司江源区分公司', 11, '海漂');
    expect(licenceFields({ name: branch }).name.options).toBeUndefined();
    // A character read 80 sure or more: a business name's are mostly common ones.
    const sure = at('台州市椒江区喆诚日杂店', 7, '城减');
    expect(
      licenceFields({ name: { ...sure, sure: sure.sure.map((c) => (c < 100 ? 88 : c)) } }).name
        .options,
    ).toBeUndefined();
    expect(licenceFields({ name: sure }).name.options).toEqual([
      '台州市椒江区喆城日杂店',
      '台州市椒江区喆减日杂店',
    ]);
    // 或 is a business name's own character, not a look-alike of 彧.
    expect(licenceFields({ name: at('或鑫商行', 1, '森') }).name.options).toEqual(['或森商行']);
  });
});

describe('address options', () => {
  it('offer the place a marked address lost two characters of, though its places check', () => {
    // Recorded (tuning half, id-070), the field marked low for its uncertain characters.
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
