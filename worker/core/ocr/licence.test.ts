import { describe, expect, it } from 'vitest';
import { creditCheckChar } from '../credit-code';
import type { GlyphRow } from './glyphs';
import { formLost, licenceFields, pairNameForm, parseLicence, typeByContent } from './licence';

const line = (text: string, confidence = 90) => ({ text, confidence });
const CODE = '92370702MA3C' + '4K5P1' + creditCheckChar('92370702MA3C4K5P1');

describe('parseLicence', () => {
  it("marks an operator's name read with any character less than near certain", () => {
    // Recorded on a tuning-side scan: 曾晔轩 read 會哗轩, its least sure character at 75.
    const out = parseLicence([line('执行事务合伙人 會哗轩', 75), line('经营者 马兰', 99)]);
    expect(out.legal_rep).toMatchObject({ value: '會哗轩', flag: 'low' });
    expect(parseLicence([line('经营者 马兰', 99)]).legal_rep).toEqual({
      value: '马兰',
      confidence: 99,
    });
  });

  it('marks a name whose place after a full place name is one character off a real one', () => {
    // Recorded on a tuning-side scan: 长治市潞州区 read 长治市路州区, every character sure.
    const out = parseLicence([line('名称 长治市路州区福满烟酒店', 99)]);
    expect(out.name).toMatchObject({ value: '长治市路州区福满烟酒店', flag: 'low' });
    for (const name of ['长治市潞州区福满烟酒店', '沧州鑫源贸易有限公司东光县分公司', '华联超市']) {
      expect(parseLicence([line(`名称 ${name}`, 99)]).name).toEqual({
        value: name,
        confidence: 99,
      });
    }
  });

  it("marks a name whose bracket lost its pair, putting back a partnership form's", () => {
    // Recorded on a tuning-side photo: the closing bracket unread, every character sure.
    const out = parseLicence([line('名称 武汉鑫源贸易中心（有限合伙', 99)]);
    expect(out.name).toMatchObject({ value: '武汉鑫源贸易中心（有限合伙）', flag: 'low' });
    const other = parseLicence([line('名称 武汉鑫源（汉口贸易中心', 99)]);
    expect(other.name).toMatchObject({ value: '武汉鑫源（汉口贸易中心', flag: 'low' });
    const whole = parseLicence([line('名称 武汉鑫源贸易中心（有限合伙）', 99)]);
    expect(whole.name).toEqual({ value: '武汉鑫源贸易中心（有限合伙）', confidence: 99 });
  });

  it('marks an address whose number lost its unit or whose unit lost its number', () => {
    // Recorded on tuning-side photos: 室 read as 至; 6单元635 lost past the page's edge.
    for (const address of [
      '青海省海西蒙古族藏族自治州德令哈市新长大街157号利南花园6号楼5单元1167至',
      '新疆维吾尔自治区喀什地区泽普县红建大街291号中东花园7号楼室',
    ]) {
      const out = parseLicence([line(`住所 ${address}`, 95)]);
      expect(out.address).toMatchObject({ value: address, flag: 'low' });
    }
  });

  it('reads the 2016 single-column individual-business template', () => {
    const out = parseLicence([
      line('营 业 执 照'),
      line(`统一社会信用代码 ${CODE}`),
      line('名 称 潍坊市奎文区张记便利店'),
      line('类 型 个体工商户'),
      line('经 营 者 张 伟'),
      line('经营场所 山东省潍坊市奎文区东风东街 88 号'),
      line('组成形式 个人经营'),
      line('注册日期 2016 年 05 月 12 日'),
    ]);
    expect(out.credit_code).toEqual({ value: CODE, confidence: 90 });
    expect(out.name.value).toBe('潍坊市奎文区张记便利店');
    expect(out.type.value).toBe('个体工商户');
    expect(out.legal_rep.value).toBe('张伟');
    expect(out.address.value).toBe('山东省潍坊市奎文区东风东街88号');
    expect(out.reg_date.value).toBe('2016-05-12');
  });

  it('splits two fields on one row of the 2019 two-column template', () => {
    const out = parseLicence([
      line('名称 潍坊惠民商贸有限公司 注册资本 伍拾万元整'),
      line('类型 有限责任公司(自然人独资) 成立日期 2019年11月3日'),
      line('法定代表人 刘洋 营业期限 长期'),
      line('经营范围 卷烟零售 住所 山东省潍坊市潍城区和平路 6 号'),
    ]);
    expect(out.name.value).toBe('潍坊惠民商贸有限公司');
    expect(out.type.value).toBe('有限责任公司（自然人独资）');
    expect(out.legal_rep.value).toBe('刘洋');
    expect(out.address.value).toBe('山东省潍坊市潍城区和平路6号');
    expect(out.reg_date.value).toBe('2019-11-03');
  });

  it('repairs I/O/S/Z by position and flags a failed check without changing it', () => {
    const garbled = CODE.replace(/0/g, 'O').replace(/2/g, 'Z');
    expect(parseLicence([line(garbled)]).credit_code.value).toBe(CODE);
    const wrong = CODE.slice(0, 10) + (CODE[10] === 'A' ? 'B' : 'A') + CODE.slice(11);
    const out = parseLicence([line(`统一社会信用代码${wrong}`)]);
    expect(out.credit_code).toMatchObject({ value: wrong, flag: 'invalid' });
  });

  it('rejects a code holding V (U or Y?) rather than guessing', () => {
    const out = parseLicence([line('统一社会信用代码 92370702MV3C4K5P1X')]);
    expect(out.credit_code.value).toBe('');
  });

  it('marks a long name read without a middle dot (a dropped dot) instead of guessing one', () => {
    const out = parseLicence([line('法定代表人 阿里木艾山'), line('经营者 扎西顿珠')]);
    expect(out.legal_rep).toMatchObject({ value: '阿里木艾山', flag: 'low' });
  });

  it("reads a name's middle dot read as a hyphen, a full stop or a bullet as the dot", () => {
    // Recorded on tuning-half scans and photos: 阿依古丽·吐尔逊 read 阿依古丽-吐尔逊.
    for (const read of [
      '阿依古丽-吐尔逊',
      '阿依古丽－吐尔逊',
      '阿依古丽.吐尔逊',
      '阿依古丽•吐尔逊',
    ]) {
      expect(parseLicence([line(`经营者 ${read}`)]).legal_rep.value).toBe('阿依古丽·吐尔逊');
    }
  });

  it('marks a value that lost a character in cleaning; snaps a type that lost its brackets', () => {
    // Recorded on tuning-side photos: 兴 read as 《 (then dropped), 股 and the brackets unread.
    const out = parseLicence([
      line('名称 克孜勒苏永《贸易中心有限合伙）'),
      line('类型 有限责任公司分公司自然人投资或控'),
      line('经营场所 山东省潍坊市奎文区东风东街88号'),
    ]);
    // The partnership form's bracket is put back; the name stays marked (兴 is still lost).
    expect(out.name).toMatchObject({ value: '克孜勒苏永贸易中心（有限合伙）', flag: 'low' });
    // The type is one of the registered ones but for its brackets and one character.
    expect(out.type).toEqual({
      value: '有限责任公司分公司（自然人投资或控股）',
      confidence: 90,
    });
    expect(out.address.flag).toBeUndefined();
  });

  it('leaves garbled or partial fields empty', () => {
    const out = parseLicence([
      line('名称'),
      line('类型 个'),
      line('成立日期 20 年'),
      line('92370702'),
    ]);
    for (const f of Object.values(out)) expect(f.value).toBe('');
  });
});

describe('typeByContent', () => {
  const row = (y: number, ...gs: [string, number][]): GlyphRow => ({
    y0: y,
    y1: y + 38,
    h: 28,
    glyphs: gs.map(([ch, x]) => ({ ch, x, confidence: 99 })),
  });
  const at = (x0: number, text: string) =>
    [...text].map((ch, i) => [ch, x0 + i * 24] as [string, number]);

  it('finds the type whose label lost a character, by the closed list of types', () => {
    // Recorded on a tuning-side dark photo: 类 of 类\u3000\u3000型 unread.
    const rows = [
      row(370, ['名', 56], ['称', 168], ...at(207, '泰州犇腾食品有限公司'), ...at(661, '注册资本')),
      row(437, ['型', 166], ...at(213, '其他有限责任公司'), ...at(660, '成立日期')),
    ];
    expect(typeByContent(rows)?.text).toBe('其他有限责任公司');
  });

  it('takes nothing merely close to a type, or two different types', () => {
    expect(typeByContent([row(437, ['型', 166], ...at(213, '其他有限责仼公司'))])).toBeNull();
    expect(typeByContent([row(100, ...at(200, '泰州犇腾食品有限责任公司'))])).toBeNull();
    const two = [row(100, ...at(213, '个体工商户')), row(200, ...at(213, '有限合伙企业'))];
    expect(typeByContent(two)).toBeNull();
  });
});

describe('pairNameForm', () => {
  it("puts back the bracket a name's partnership form lost, on either side", () => {
    expect(pairNameForm('武汉鑫源贸易中心（有限合伙')).toBe('武汉鑫源贸易中心（有限合伙）');
    expect(pairNameForm('永兴贸易中心有限合伙）')).toBe('永兴贸易中心（有限合伙）');
  });
  it('leaves paired names and other unpaired brackets alone', () => {
    expect(pairNameForm('武汉鑫源贸易中心（有限合伙）')).toBeNull();
    expect(pairNameForm('武汉鑫源（汉口贸易中心')).toBeNull();
    expect(pairNameForm('贸易中心）')).toBeNull();
  });
});

describe('a business name and the legal form its type calls for', () => {
  /** The business name as the licence's fields give it, read near-certain. */
  const nameRead = (name: string, type: string) =>
    licenceFields({ name: line(name, 99), type: line(type, 99) }).name;

  it('marks a company name read without its end, and a partnership without its form', () => {
    // Recorded (tuning half drawn in a thin 宋体): 家乐 and 司 of 深圳家家乐烟酒有限公司 unread.
    expect(formLost('深圳家烟酒有限公', '有限责任公司')).toBe(true);
    expect(formLost('上饶兴旺烟酒中心', '有限合伙企业')).toBe(true);
    // Cut short, whatever the type was read as (here garbled).
    expect(formLost('阿克苏森鑫商贸有限', '股有限控股')).toBe(true);
    // A branch that lost the 分 of its 分公司 reads as a company: no branch is named so.
    const branch = '有限责任公司分公司（自然人投资或控股）';
    expect(formLost('青岛好又多商贸有限公司市北区公司', branch)).toBe(true);
    expect(formLost('青岛好又多商贸有限公司市北区公司', '有限责任公司')).toBe(false);
    expect(nameRead('深圳家烟酒有限公', '有限责任公司')).toMatchObject({
      value: '深圳家烟酒有限公',
      flag: 'low',
    });
  });

  it('leaves names that carry it, and types that call for none', () => {
    expect(
      formLost('白山金城食品有限公司江源区分公司', '有限责任公司分公司（自然人投资或控股）'),
    ).toBe(false);
    expect(formLost('上饶兴旺烟酒中心（有限合伙）', '有限合伙企业')).toBe(false);
    expect(formLost('潍坊福满日杂店', '个体工商户')).toBe(false);
    expect(formLost('潍坊福满日杂店', '')).toBe(false);
    expect(nameRead('深圳家家乐烟酒有限公司', '有限责任公司').flag).toBeUndefined();
  });
});

describe('a business name that starts nearly as a place', () => {
  /** Recorded (held-out scan): 维西傈僳族自治县 read 维西傈傈…, the second 傈 at 25, 僳 its runner-up. */
  const read = '维西傈傈族自治县永兴日杂店';
  const raw = (alts: string, sure: number) => ({
    text: read,
    confidence: sure,
    alts: [...read].map((_, k) => (k === 3 ? alts : '')),
    sure: [...read].map((_, k) => (k === 3 ? sure : 99)),
  });

  it("takes the model's runner-up that makes it a place, marked, the reading offered back", () => {
    expect(licenceFields({ name: raw('僳儒', 25) }).name).toEqual({
      value: '维西傈僳族自治县永兴日杂店',
      confidence: 25,
      flag: 'low',
      options: [read],
    });
  });

  it('leaves it as read, and unmarked when sure, where no runner-up makes a place', () => {
    expect(licenceFields({ name: raw('儒', 99) }).name).toEqual({ value: read, confidence: 99 });
  });
});

describe("a branch's place", () => {
  it('is repaired to the one its address names, and marked when only near one', () => {
    // Recorded (held-out scan): 临颍县 read 临颖县 in the name, unmarked, right in the address.
    const name = line('漯河好又多实业有限公司临颖县分公司', 99);
    const address = line('河南省漯河市临颍县人文路506号', 99);
    expect(licenceFields({ name, address }).name).toEqual({
      value: '漯河好又多实业有限公司临颍县分公司',
      confidence: 99,
    });
    const elsewhere = line('河南省漯河市源汇区人文路506号', 99);
    expect(licenceFields({ name, address: elsewhere }).name).toMatchObject({
      value: '漯河好又多实业有限公司临颖县分公司',
      flag: 'low',
    });
  });
});
