import { describe, expect, it } from 'vitest';
import { idFields } from './id-card';
import { licenceFields } from './licence';
import { misreadAutonomy, placeOptions } from './place-options';
import { PLACE_NAMES } from './places';

const raw = (text: string, confidence = 95) => ({ text, confidence });

describe('placeOptions: a misread place for the applicant to choose, never applied', () => {
  it('offers the places one character away inside the last name read', () => {
    // Recorded (tuning half): 掇, 郯 and 瀍 read as their look-alikes.
    expect(placeOptions('湖北省荆门市摄刀区民明大道924号')).toEqual([
      '湖北省荆门市掇刀区民明大道924号',
    ]);
    expect(placeOptions('山东省临沂市郑城县放年大街663号')).toEqual([
      '山东省临沂市郯城县放年大街663号',
    ]);
    expect(placeOptions('河南省洛阳市澳河回族区河红巷267号')).toEqual([
      '河南省洛阳市瀍河回族区河红巷267号',
    ]);
  });

  it('keeps those after which the names nest furthest', () => {
    expect(placeOptions('山朱省青岛市市南区香港中路10号')).toEqual([
      '山东省青岛市市南区香港中路10号',
    ]);
    // 新州市: 忻州市, 朔州市 and 霍州市 all fit; three are offered.
    expect(placeOptions('山西省新州市平市西用街道红西144号')).toHaveLength(3);
  });

  it('offers a place that lost one or two characters in a row inside the province read', () => {
    // Recorded (tuning half, id-070): 傈僳 lost.
    expect(placeOptions('云南省怒江族自治州兰坪白族普米族自治县河振街道放江村118号')).toEqual([
      '云南省怒江傈僳族自治州兰坪白族普米族自治县河振街道放江村118号',
    ]);
  });

  it('offers an autonomous area two characters away whose groups were misread into none', () => {
    // Recorded (tuning half): 巍 and 彝 misread, then 傈僳 misread.
    expect(placeOptions('云南省大理白族自治州赣山舞族回族自治县新和大街53号')).toEqual([
      '云南省大理白族自治州巍山彝族回族自治县新和大街53号',
    ]);
    expect(placeOptions('云南省怒江便怀族自治州贡山独龙族怒族自治县黄中巷240号')).toEqual([
      '云南省怒江傈僳族自治州贡山独龙族怒族自治县黄中巷240号',
    ]);
    // Groups that are groups: no certain misreading, so nothing two characters away. Nor
    // outside a named parent, nor for a name that is no autonomous area.
    expect(placeOptions('云南省大理白族自治州赣山白族回族自治县新和大街')).toEqual([]);
    expect(placeOptions('赣山舞族回族自治县新和大街53号')).toEqual([]);
    expect(placeOptions('山东省潍坊市葵大区胜利东街10号')).toEqual([]); // 奎文区, no autonomous area
  });

  it('tells an autonomous name whose groups are none of the 56 from every real one', () => {
    expect(misreadAutonomy('赣山舞族回族自治县')).toBe(true);
    expect(misreadAutonomy('怒江便怀族自治州')).toBe(true);
    const autonomous = PLACE_NAMES.filter((n) => /自治[州县旗]$/.test(n));
    expect(autonomous.length).toBeGreaterThan(100);
    // 东乡族自治县 (no name of its own before the group), 龙胜各族自治县 (all groups).
    expect(autonomous.filter(misreadAutonomy)).toEqual([]);
    expect(misreadAutonomy('潍坊市')).toBe(false);
  });

  it('gives none for an address whose places check, or where nothing one character away fits', () => {
    expect(placeOptions('山东省青岛市市南区香港中路10号')).toEqual([]);
    expect(placeOptions('山东省太原市小店区平阳路1号')).toEqual([]); // names that do not nest
    // Two lost characters with no named parent: nothing to choose among.
    expect(placeOptions('怒江族自治州兰坪白族普米族自治县河振街道')).toEqual([]);
  });

  it('puts them on a marked address of either document, its value as read', () => {
    const address = raw('湖北省荆门市摄刀区民明大道924号');
    expect(idFields({ address }).address).toMatchObject({
      value: '湖北省荆门市摄刀区民明大道924号',
      flag: 'low',
      options: ['湖北省荆门市掇刀区民明大道924号'],
    });
    expect(licenceFields({ address }).address).toMatchObject({
      value: '湖北省荆门市摄刀区民明大道924号',
      flag: 'low',
      options: ['湖北省荆门市掇刀区民明大道924号'],
    });
    expect(idFields({ address: raw('湖北省荆门市掇刀区民明大道924号') }).address.options).toBe(
      undefined,
    );
  });
});
