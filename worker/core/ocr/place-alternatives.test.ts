import { describe, expect, it } from 'vitest';
import { ethnicity, idFields } from './id-card';
import { licenceFields } from './licence';
import { alignAlts, repairByAlternatives } from './place-alternatives';

/** Alternatives for `text`: none, except '字:alts' pairs given. */
const altsFor = (text: string, at: Record<string, string>) => [...text].map((ch) => at[ch] ?? '');

describe('repairByAlternatives', () => {
  it("takes the model's runner-up where it makes the misread name the place that fits", () => {
    const text = '江西省九江市寻阳区团人大道625号';
    expect(repairByAlternatives(text, altsFor(text, { 寻: '浔浸' }))).toBe(
      '江西省九江市浔阳区团人大道625号',
    );
    // A county, and a prefecture with its county read as printed.
    const two = '河南省郑州市中车县迎幸街道';
    expect(repairByAlternatives(two, altsFor(two, { 车: '牟华' }))).toBe(
      '河南省郑州市中牟县迎幸街道',
    );
    const city = '湖北省荆內市东宝区';
    expect(repairByAlternatives(city, altsFor(city, { 內: '门广' }))).toBe('湖北省荆门市东宝区');
  });

  it('never touches a name that exists, even one that does not nest', () => {
    // 山东省太原市: both names exist; 西 behind 东 would make it nest, and is not taken.
    const text = '山东省太原市小店区';
    expect(repairByAlternatives(text, altsFor(text, { 东: '西' }))).toBeNull();
  });

  it('proves nothing with two fits, with no fitting alternative, or with no alternatives', () => {
    // 江苏省 has both 常州市 and 苏州市; a county under one of them settles it.
    const text = '江苏省尔州市人民路';
    expect(repairByAlternatives(text, altsFor(text, { 尔: '常苏' }))).toBeNull();
    const county = '江苏省尔州市天宁区';
    expect(repairByAlternatives(county, altsFor(county, { 尔: '常苏' }))).toBe(
      '江苏省常州市天宁区',
    );
    const none = '江西省九江市寻阳区';
    expect(repairByAlternatives(none, altsFor(none, { 寻: '浸寸' }))).toBeNull();
    expect(repairByAlternatives(none, [])).toBeNull();
  });
});

describe('alignAlts', () => {
  it('follows the characters the cleaning kept', () => {
    expect(alignAlts('江 西(省', ['a', '', 'b', 'c', 'd'], '江西（省')).toEqual([
      'a',
      'b',
      '',
      'd',
    ]);
  });
});

describe('the ID card address with alternatives', () => {
  it('is repaired and stays marked for the applicant', () => {
    const text = '江西省九江市寻阳区团人大道625号';
    const out = idFields({ address: { text, confidence: 90, alts: altsFor(text, { 寻: '浔' }) } });
    expect(out.address).toMatchObject({ value: '江西省九江市浔阳区团人大道625号', flag: 'low' });
  });
});

describe('ethnicity', () => {
  it('reads 仫佬 from the way the line model writes it (its dictionary lacks 仫), marked', () => {
    expect(ethnicity('么佬', 90)).toMatchObject({ value: '仫佬', flag: 'low' });
    // 佬 alone could be 仫佬 or 仡佬: no proof.
    expect(ethnicity('佬', 90)).toMatchObject({ value: '佬', flag: 'invalid' });
    expect(ethnicity('仡佬', 90)).toEqual({ value: '仡佬', confidence: 90 });
  });
});

describe('the licence with alternatives', () => {
  it('fixes the places of the address and of the name by them, both marked', () => {
    const address = '山西省长治市路州区阳新巷148号';
    const name = '长治市路州区福满烟酒店';
    const out = licenceFields({
      name: { text: name, confidence: 99, alts: altsFor(name, { 路: '潞露' }) },
      address: { text: address, confidence: 95, alts: altsFor(address, { 路: '潞' }) },
    });
    expect(out.address).toMatchObject({ value: '山西省长治市潞州区阳新巷148号', flag: 'low' });
    expect(out.name).toMatchObject({ value: '长治市潞州区福满烟酒店', flag: 'low' });
  });

  it('leaves both as read, marked, without an alternative that fits', () => {
    const address = '山西省长治市路州区阳新巷148号';
    const out = licenceFields({
      name: { text: '长治市路州区福满烟酒店', confidence: 99 },
      address: { text: address, confidence: 95, alts: altsFor(address, { 路: '露' }) },
    });
    expect(out.address).toMatchObject({ value: address, flag: 'low' });
    expect(out.name).toMatchObject({ value: '长治市路州区福满烟酒店', flag: 'low' });
  });
});
