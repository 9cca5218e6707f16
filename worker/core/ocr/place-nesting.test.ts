import { describe, expect, it } from 'vitest';
import { idCheckDigit } from '../id-number';
import { idFields } from './id-card';
import { repairBetweenNames } from './place-nesting';

const TODAY = '2026-11-27';
/** Registered in 陕西 (610524): its region says nothing about a 辽宁 address. */
const ELSEWHERE = '61052419791014381';
const ID = ELSEWHERE + idCheckDigit(ELSEWHERE);

describe('repairBetweenNames', () => {
  it('fixes a name that is no place, held between a name above and one below it', () => {
    // Recorded readings of blurred and tilted cards (tuning half).
    expect(repairBetweenNames('辽宁省托顺市抚顺县振中路208号')).toBe(
      '辽宁省抚顺市抚顺县振中路208号',
    );
    expect(repairBetweenNames('辽宁省铁蛤市铁岭县年朝街177号')).toBe(
      '辽宁省铁岭市铁岭县年朝街177号',
    );
  });

  it('puts back a lost character, or two rare ones of a long name, held the same way', () => {
    // 宁 of 咸宁市 unread, between 湖北省 and 通城县.
    expect(repairBetweenNames('湖北省咸市通城县化西镇华中村36号')).toBe(
      '湖北省咸宁市通城县化西镇华中村36号',
    );
    // Recorded on a scan (tuning sample 70): 傈僳 of 怒江傈僳族自治州 unread.
    expect(repairBetweenNames('云南省怒江族自治州兰坪白族普米族自治县河振街道放江村118号')).toBe(
      '云南省怒江傈僳族自治州兰坪白族普米族自治县河振街道放江村118号',
    );
    // Thin strokes: 自治 of 凉山彝族自治州 unread (a held-out set drawn in a 宋体 showed it).
    expect(repairBetweenNames('四川省凉山彝族州雷波县中明巷630号')).toBe(
      '四川省凉山彝族自治州雷波县中明巷630号',
    );
    // Two lost of a short name (宁 alone for 咸宁市), or two not in a row: too little to go on.
    expect(repairBetweenNames('湖北省市通城县化西镇华中村36号')).toBeNull();
    expect(
      repairBetweenNames('云南省怒傈族自治州兰坪白族普米族自治县河振街道放江村118号'),
    ).toBeNull();
  });

  it('proves nothing with a parent alone, or with no name read as printed above', () => {
    // 颖东区 is no place, but nothing below it says which of 阜阳市's districts it is.
    expect(repairBetweenNames('安徽省阜阳市颖东区青和街道文年村197号')).toBeNull();
    expect(repairBetweenNames('辽宇省抚顺市抚顺县振中路208号')).toBeNull();
  });

  it('never replaces a place name, even one that does not nest', () => {
    expect(repairBetweenNames('山东省太原市小店区平阳路1号')).toBeNull();
    expect(repairBetweenNames('山东省青岛市市南区香港中路10号')).toBeNull();
  });
});

describe('the ID card address', () => {
  /** The address read from a card whose number is registered elsewhere (陕西). */
  const address = (text: string) =>
    idFields({ address: { text, confidence: 95 }, id_number: { text: ID, confidence: 95 } }, TODAY)
      .address;

  it('is repaired between two names and still marked for the applicant', () => {
    expect(address('辽宁省铁蛤市铁岭县年朝街177号')).toEqual({
      value: '辽宁省铁岭市铁岭县年朝街177号',
      confidence: 50,
      flag: 'low',
    });
  });

  it('gets an autonomous prefecture back whatever the number says, still marked', () => {
    // The number registered in 陕西 says nothing here: the county read as printed does.
    expect(address('云南省怒江族自治州兰坪白族普米族自治县河振街道放江村118号')).toEqual({
      value: '云南省怒江傈僳族自治州兰坪白族普米族自治县河振街道放江村118号',
      confidence: 50,
      flag: 'low',
    });
  });

  it('stays as read and marked when nothing proves a fix', () => {
    const out = idFields(
      { address: { text: '安徽省阜阳市颖东区青和街道文年村197号', confidence: 95 } },
      TODAY,
    );
    // The one district of 阜阳市 a character away is offered to the applicant, not applied.
    expect(out.address).toEqual({
      value: '安徽省阜阳市颖东区青和街道文年村197号',
      confidence: 50,
      flag: 'low',
      options: ['安徽省阜阳市颍东区青和街道文年村197号'],
    });
  });
});
