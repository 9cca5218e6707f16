import { describe, expect, it } from 'vitest';
import { idCheckDigit } from '../id-number';
import { parseIdCard } from './id-card';

const TODAY = '2026-11-27';
const line = (text: string, confidence = 90) => ({ text, confidence });
const ID = '37070219880307002' + idCheckDigit('37070219880307002'); // female (2 is even)

describe('parseIdCard', () => {
  it('reads every field from clean rows, spaces between characters included', () => {
    const out = parseIdCard(
      [
        line('姓 名 王 秀 英'),
        line('性 别 女 民 族 汉'),
        line('出 生 1988 年 3 月 7 日'),
        line('住 址 山东省潍坊市奎文区'),
        line('胜利东街 123 号'),
        line(`公民身份号码 ${ID}`),
      ],
      TODAY,
    );
    expect(out.name.value).toBe('王秀英');
    expect(out.sex.value).toBe('女');
    expect(out.ethnicity.value).toBe('汉');
    expect(out.birth.value).toBe('1988-03-07');
    expect(out.address.value).toBe('山东省潍坊市奎文区胜利东街123号');
    expect(out.id_number).toEqual({ value: ID, confidence: 90 });
  });

  it("reads a name's middle dot read as a hyphen or an apostrophe as the dot", () => {
    for (const read of ['古丽米拉-艾山', "古丽米拉'艾山", '古丽米拉．艾山']) {
      expect(parseIdCard([line(`姓名 ${read}`)], TODAY).name.value).toBe('古丽米拉·艾山');
    }
  });

  it('repairs letters only where a digit must stand', () => {
    const garbled = ID.replace(/0/g, 'O').replace(/1/g, 'I');
    const out = parseIdCard([line(`公民身份号码${garbled}`)], TODAY);
    expect(out.id_number.value).toBe(ID);
  });

  it('never changes a digit to satisfy the check: a wrong digit stays and is flagged', () => {
    const wrong = ID.slice(0, 5) + (ID[5] === '9' ? '8' : '9') + ID.slice(6);
    const out = parseIdCard([line(`公民身份号码 ${wrong}`)], TODAY);
    expect(out.id_number.value).toBe(wrong);
    expect(out.id_number.flag).toBe('invalid');
    // An invalid number lends nothing to birth or sex.
    expect(out.birth.value).toBe('');
    expect(out.sex.value).toBe('');
  });

  it('flags a printed birth date that disagrees with a valid ID number', () => {
    const out = parseIdCard([line('出生 1988年8月7日'), line(ID)], TODAY);
    expect(out.birth).toMatchObject({ value: '1988-03-07', flag: 'mismatch' });
  });

  it('leaves fields empty on partial or garbled text instead of guessing', () => {
    const out = parseIdCard(
      [
        line('姓名'),
        line('性别 民族 汊'),
        line('出生 19 年 月'),
        line('住址 山东'),
        line('37070219'),
      ],
      TODAY,
    );
    const { ethnicity, ...rest } = out;
    for (const f of Object.values(rest))
      expect(f).toEqual({ value: '', confidence: 0, flag: 'missing' });
    // No group of the 56 is that reading: it is shown as read, marked, never replaced.
    expect(ethnicity).toMatchObject({ value: '汊', flag: 'invalid' });
  });

  it('marks a name unless every character was near certain: a name has no check', () => {
    // Recorded on a tuning-side photo: 彭彧强 read 彭或强, the least sure character at 93.
    expect(parseIdCard([line('姓名 彭或强', 93)], TODAY).name).toEqual({
      value: '彭或强',
      confidence: 93,
      flag: 'low',
    });
    expect(parseIdCard([line('姓名 何雨宏', 99)], TODAY).name).toEqual({
      value: '何雨宏',
      confidence: 99,
    });
  });

  it('marks low-confidence readings', () => {
    const out = parseIdCard([line('姓名 李四', 40)], TODAY);
    expect(out.name).toEqual({ value: '李四', confidence: 40, flag: 'low' });
  });

  it('marks an address whose house number visibly lost its unit, never completing it', () => {
    // Recorded on a tuning-side scan: the final 号 of 红红巷831号 unread.
    const out = parseIdCard([line('住址 辽宁省沈阳市辽中区红红巷831', 99)], TODAY);
    expect(out.address).toMatchObject({ value: '辽宁省沈阳市辽中区红红巷831', flag: 'low' });
    const whole = parseIdCard([line('住址 辽宁省沈阳市辽中区红红巷831号', 99)], TODAY);
    expect(whole.address).toEqual({ value: '辽宁省沈阳市辽中区红红巷831号', confidence: 99 });
  });
});
