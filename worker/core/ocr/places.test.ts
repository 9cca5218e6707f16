import { describe, expect, it } from 'vitest';
import { creditCheckChar } from '../credit-code';
import { idCheckDigit } from '../id-number';
import { idFields } from './id-card';
import { licenceFields } from './licence';
import {
  checkBranchPlace,
  checkPlaces,
  endsInPlaces,
  falseLevelAt,
  knownRegion,
  leadingNames,
  nested,
  regionNames,
} from './places';

const raw = (text: string, confidence = 95) => ({ text, confidence });
const TODAY = '2026-11-27';
/** An ID number registered in 潍坊市奎文区 (370705). */
const WEIFANG_ID = '37070519900101002' + idCheckDigit('37070519900101002');
/** A credit code registered in 青岛市市南区 (370202). */
const QINGDAO_CODE = '92370202MA3C4K5P1' + creditCheckChar('92370202MA3C4K5P1');

describe('place names: checked, never made more local', () => {
  it('knows the names and how they nest', () => {
    expect(regionNames('370202')).toEqual(['山东省', '青岛市', '市南区']);
    expect(leadingNames('山东省青岛市市南区香港中路')).toEqual(['山东省', '青岛市', '市南区']);
    expect(nested(['山东省', '青岛市', '市南区'])).toBe(true);
    expect(nested(['山东省', '太原市'])).toBe(false);
  });

  it('keeps a reading that is already a valid place, whatever a nearer one would be', () => {
    expect(checkPlaces('青岛市市南区香港中路10号')).toEqual({ verdict: 'ok' });
    expect(checkPlaces('山西省太原市小店区平阳路1号')).toEqual({ verdict: 'ok' });
    // The ID number says 潍坊; the holder moved to 青岛: the address is not pulled back.
    expect(checkPlaces('山东省青岛市市南区香港中路10号', '370705')).toEqual({ verdict: 'ok' });
  });

  it("checks a branch's place against the places its document names", () => {
    // Recorded (held-out scan): 临颍县 read 临颖县 in the name, read right in the address, the
    // credit code's region 411122 (临颍县) too.
    const places = ['河南省', '漯河市', '临颍县'];
    expect(checkBranchPlace('漯河好又多实业有限公司临颖县分公司', places)).toEqual({
      verdict: 'repaired',
      text: '漯河好又多实业有限公司临颍县分公司',
    });
    // Not named by the document, but one off a county of its prefecture: doubtful.
    expect(checkBranchPlace('漯河好又多实业有限公司临颖县分公司', ['河南省', '漯河市'])).toEqual({
      verdict: 'doubtful',
    });
    // A place as read, a development zone, a company with no branch, another prefecture's.
    for (const name of [
      '漯河好又多实业有限公司临颍县分公司',
      '潍坊惠民商贸有限公司高新区分公司',
      '漯河好又多实业有限公司',
    ]) {
      expect(checkBranchPlace(name, places)).toEqual({ verdict: 'ok' });
    }
    expect(checkBranchPlace('深圳惠民商贸有限公司临颖县分公司', ['广东省', '深圳市'])).toEqual({
      verdict: 'ok',
    });
  });

  it('doubts a province followed by no place inside it', () => {
    // Recorded (held-out photo): 怒江傈僳族自治州泸水市 read 怒江水市, every character sure.
    expect(checkPlaces('云南省怒江水市利光大道114号')).toEqual({ verdict: 'doubtful' });
    expect(checkPlaces('云南省泸水市利光大道114号')).toEqual({ verdict: 'ok' });
    // A municipality is its own city: its district may follow, or a street.
    expect(checkPlaces('北京市东城区东华门街道1号')).toEqual({ verdict: 'ok' });
  });

  it('knows the names printed before a change, and never replaces them', () => {
    // 莱芜市 was merged into 济南 in 2019 and 章丘市 became 章丘区 in 2016: cards and licences
    // printed before still say so.
    expect(checkPlaces('山东省莱芜市莱城区凤城西大街1号')).toEqual({ verdict: 'ok' });
    expect(checkPlaces('山东省济南市章丘市明水街道1号')).toEqual({ verdict: 'ok' });
    // An ID number registered in 莱阳市 (370682), one character from 莱芜市: kept as read.
    expect(checkPlaces('山东省莱芜市莱城区凤城西大街1号', '370682')).toEqual({ verdict: 'ok' });
    expect(checkPlaces('山东省济南市章丘市明水街道1号', '370114')).toEqual({ verdict: 'ok' });
    // A misread former name is put back by its own region code, as any other.
    expect(checkPlaces('山东省莱芜市菜城区凤城西大街1号', '371202')).toEqual({
      verdict: 'repaired',
      text: '山东省莱芜市莱城区凤城西大街1号',
    });
    expect(regionNames('371202')).toEqual(['山东省', '莱芜市', '莱城区']);
    expect(regionNames('370114')).toEqual(['山东省', '济南市', '章丘区']);
  });

  it('flags names that exist but do not nest, replacing neither', () => {
    expect(checkPlaces('山东省太原市小店区平阳路1号')).toEqual({ verdict: 'doubtful' });
    expect(checkPlaces('山东省太原市小店区平阳路1号', '370705')).toEqual({ verdict: 'doubtful' });
  });

  it('repairs a name that does not exist only to the one a checked number gives', () => {
    expect(checkPlaces('山东省潍纺市奎文区胜利东街1号', '370705')).toEqual({
      verdict: 'repaired',
      text: '山东省潍坊市奎文区胜利东街1号',
    });
    // Without a checked number there is no proof: flagged, left as read.
    expect(checkPlaces('山东省潍纺市奎文区胜利东街1号')).toEqual({ verdict: 'doubtful' });
    // Two characters off is no longer a misreading of that name.
    expect(checkPlaces('山东省维纺市奎文区胜利东街1号', '370705').verdict).not.toBe('repaired');
  });

  it('puts back one unread character of a name only where a checked number gives it', () => {
    // Recorded on a tuning-side photo: 广 of 广东省 unread after 住所：.
    expect(checkPlaces('东省深圳市盐田区幸利街759号', '440308')).toEqual({
      verdict: 'repaired',
      text: '广东省深圳市盐田区幸利街759号',
    });
    expect(checkPlaces('广东省深市盐田区幸利街759号', '440308')).toEqual({
      verdict: 'repaired',
      text: '广东省深圳市盐田区幸利街759号',
    });
    // No checked number: no proof, flagged as read.
    expect(checkPlaces('东省深圳市盐田区幸利街759号')).toEqual({ verdict: 'doubtful' });
    expect(checkPlaces('新维吾尔自治区克孜勒苏柯尔克孜自治州阿合奇县西解巷27号')).toEqual({
      verdict: 'doubtful',
    });
    // Recorded on a tuning-side photo: 疆 unread, 自 read 白; the code's region gives both.
    expect(checkPlaces('新维吾尔自治区克孜勒苏柯尔克孜白治州阿合奇县西解巷27号', '653023')).toEqual(
      {
        verdict: 'repaired',
        text: '新疆维吾尔自治区克孜勒苏柯尔克孜自治州阿合奇县西解巷27号',
      },
    );
    // A level word left out (山东潍坊市) is how addresses are printed: never put back.
    expect(checkPlaces('山东潍坊市奎文区胜利东街1号', '370705').verdict).not.toBe('repaired');
  });

  it('gives the prefecture between a province and a county read as printed, from their code', () => {
    // Recorded on a photo: 宁 of 咸宁市 unread and 咸 read 成; the credit code gives 通城县.
    expect(checkPlaces('湖北省成市通城县化西镇华中村36号', '421222')).toEqual({
      verdict: 'repaired',
      text: '湖北省咸宁市通城县化西镇华中村36号',
    });
    // No code, a code of another county, or the county misread too: no proof.
    expect(checkPlaces('湖北省成市通城县化西镇华中村36号').verdict).toBe('doubtful');
    expect(checkPlaces('湖北省成市通城县化西镇华中村36号', '421223').verdict).toBe('doubtful');
    expect(checkPlaces('湖北省成市通诚县化西镇华中村36号', '421222').verdict).toBe('doubtful');
  });

  it('gives an autonomous prefecture back two unread characters, none misread, from the code', () => {
    // Recorded on a scan (tuning sample 70): 傈僳 unread; the number gives 兰坪白族普米族自治县.
    const read = '云南省怒江族自治州兰坪白族普米族自治县河振街道放江村118号';
    expect(checkPlaces(read, '533325')).toEqual({
      verdict: 'repaired',
      text: '云南省怒江傈僳族自治州兰坪白族普米族自治县河振街道放江村118号',
    });
    // No code, or two unread and one misread (怒红族自治州): no proof.
    expect(checkPlaces(read).verdict).toBe('doubtful');
    expect(checkPlaces(read.replace('怒江族', '怒红族'), '533325').verdict).not.toBe('repaired');
    // Three unread is more than a reading that lost a character or two.
    expect(checkPlaces(read.replace('怒江族', '怒族'), '533325').verdict).not.toBe('repaired');
    // Without a county read after it, a prefecture that lost its level word's 自治 is marked.
    expect(checkPlaces('四川省凉山彝族州雷波').verdict).toBe('doubtful');
    // A short name with two unread is too little to go on: 市 alone for 滁州市.
    expect(checkPlaces('安徽省市来安县新安镇1号', '341122').verdict).not.toBe('repaired');
    expect(checkPlaces('安徽省滁市来安县新安镇1号', '341122')).toEqual({
      verdict: 'repaired',
      text: '安徽省滁州市来安县新安镇1号',
    });
  });
});

describe('repairs on the ID card', () => {
  it('never turns 青岛 into a local name, and marks a doubtful address instead', () => {
    const ok = idFields(
      { address: raw('山东省青岛市市南区香港中路10号'), id_number: raw(WEIFANG_ID) },
      TODAY,
    );
    expect(ok.address).toEqual({ value: '山东省青岛市市南区香港中路10号', confidence: 95 });
    const odd = idFields(
      { address: raw('山东省太原市小店区平阳路1号'), id_number: raw(WEIFANG_ID) },
      TODAY,
    );
    expect(odd.address).toMatchObject({ value: '山东省太原市小店区平阳路1号', flag: 'low' });
  });

  it('repairs a misread place name by the valid number, but not by an invalid one', () => {
    const fixed = idFields(
      { address: raw('山东省潍纺市胜利东街1号'), id_number: raw(WEIFANG_ID) },
      TODAY,
    );
    expect(fixed.address.value).toBe('山东省潍坊市胜利东街1号');
    // (No county follows the misread city: nothing else on the card proves the repair; with
    // one read as printed under it, see place-nesting.ts.)
    const bad = WEIFANG_ID.slice(0, 17) + (WEIFANG_ID[17] === '1' ? '2' : '1');
    const kept = idFields({ address: raw('山东省潍纺市胜利东街1号'), id_number: raw(bad) }, TODAY);
    expect(kept.address).toMatchObject({ value: '山东省潍纺市胜利东街1号', flag: 'low' });
    expect(kept.id_number).toMatchObject({ value: bad, flag: 'invalid' });
  });

  it('corrects an ethnicity only to the one group of the 56 a character away', () => {
    expect(idFields({ ethnicity: raw('维吾乐') }).ethnicity.value).toBe('维吾尔');
    // One character off every one-character group: no proof, kept as read and marked.
    expect(idFields({ ethnicity: raw('汊') }).ethnicity).toMatchObject({
      value: '汊',
      flag: 'invalid',
    });
    expect(idFields({ ethnicity: raw('汉族') }).ethnicity.value).toBe('汉');
  });

  it('marks a long name without its middle dot instead of guessing where it goes', () => {
    expect(idFields({ name: raw('吐尔逊艾山') }).name).toMatchObject({
      value: '吐尔逊艾山',
      flag: 'low',
    });
    expect(idFields({ name: raw('吐尔逊·艾山') }).name).toEqual({
      value: '吐尔逊·艾山',
      confidence: 95,
    });
    expect(idFields({ name: raw('欧阳娜娜') }).name).toEqual({ value: '欧阳娜娜', confidence: 95 });
  });

  it('takes birth date and sex from a valid number, flagging a printed disagreement', () => {
    const f = idFields(
      { birth: raw('1990年1月7日'), sex: raw('男'), id_number: raw(WEIFANG_ID) },
      TODAY,
    );
    expect(f.birth).toMatchObject({ value: '1990-01-01', flag: 'mismatch' });
    expect(f.sex).toMatchObject({ value: '女', flag: 'mismatch' });
  });
});

describe('knownRegion', () => {
  it('takes the national level, provinces and anything under a prefecture that exists', () => {
    expect(knownRegion('340826')).toBe(true); // 宿松县
    expect(knownRegion('340800')).toBe(true); // 安庆市
    expect(knownRegion('340000')).toBe(true); // 安徽省
    expect(knownRegion('100000')).toBe(true);
    expect(knownRegion('370791')).toBe(true); // a development zone under 潍坊市
    expect(knownRegion('346826')).toBe(false); // no prefecture 3468
  });

  it('takes the groupings without a prefecture, and prefectures abolished since 2015', () => {
    expect(knownRegion('500229')).toBe(true); // 城口县, one of 重庆's counties (5002)
    expect(knownRegion('469005')).toBe(true); // 文昌市, governed by Hainan province (4690)
    expect(knownRegion('429004')).toBe(true); // 仙桃市 (4290)
    expect(knownRegion('419001')).toBe(true); // 济源市 (4190)
    expect(knownRegion('659001')).toBe(true); // 石河子市 (6590)
    expect(knownRegion('371202')).toBe(true); // 莱城区 of 莱芜市, merged into 济南 in 2019
    expect(knownRegion('652201')).toBe(true); // 哈密市 of 哈密地区 (until 2016)
    expect(knownRegion('310230')).toBe(true); // 崇明县 (until 2016)
    expect(knownRegion('469099')).toBe(true); // the county digits are not checked
    expect(knownRegion('469100')).toBe(false); // no grouping 4691
    expect(knownRegion('372100')).toBe(false); // 3721: no prefecture since the 1990s
    expect(knownRegion('509929')).toBe(false);
    expect(knownRegion('390000')).toBe(false);
    expect(knownRegion('34082')).toBe(false);
  });
});

describe('repairs on the licence', () => {
  it('marks a code that passes its check but names no region, and checks nothing by it', () => {
    // Recorded: 340826 read 346826 and 8 read B, and the code passed its check.
    const f = licenceFields({
      credit_code: raw('923468264LFQ4BL6TN'),
      address: raw('安徽省安庆市宿松县南黄乡华朝村2号'),
    });
    expect(f.credit_code).toMatchObject({ value: '923468264LFQ4BL6TN', flag: 'invalid' });
    expect(f.address.value).toBe('安徽省安庆市宿松县南黄乡华朝村2号');
  });

  it('keeps a code from a grouping without a prefecture as read and checks the address by it', () => {
    // 城口县 is one of 重庆's counties (500229): no prefecture 5002 in the list.
    const chengkou = '92500229MA5U1XKQ3' + creditCheckChar('92500229MA5U1XKQ3');
    const f = licenceFields({
      credit_code: raw(chengkou),
      address: raw('重庆市城口县葛城街道北大街8号'),
    });
    expect(f.credit_code).toEqual({ value: chengkou, confidence: 95 });
    // 莱芜 was merged into 济南 in 2019; its codes stay on its licences.
    const laiwu = '92371202MA3M0P1X7' + creditCheckChar('92371202MA3M0P1X7');
    expect(licenceFields({ credit_code: raw(laiwu) }).credit_code).toEqual({
      value: laiwu,
      confidence: 95,
    });
    expect(f.address.value).toBe('重庆市城口县葛城街道北大街8号');
    const fixed = licenceFields({
      credit_code: raw(chengkou),
      address: raw('重庆市城日县葛城街道北大街8号'),
    });
    expect(fixed.address.value).toBe('重庆市城口县葛城街道北大街8号');
  });

  it('checks the address by the credit code region, never pulling it there', () => {
    const moved = licenceFields({
      credit_code: raw(QINGDAO_CODE),
      address: raw('山东省潍坊市奎文区胜利东街1号'),
    });
    expect(moved.address).toEqual({ value: '山东省潍坊市奎文区胜利东街1号', confidence: 95 });
    const fixed = licenceFields({
      credit_code: raw(QINGDAO_CODE),
      address: raw('山东省青鸟市市南区香港中路10号'),
    });
    expect(fixed.address.value).toBe('山东省青岛市市南区香港中路10号');
  });

  it("repairs a name's place only by the document's own address or code region", () => {
    const f = licenceFields({
      name: raw('威阳鑫源商行'),
      address: raw('陕西省咸阳市秦都区人民路1号'),
    });
    expect(f.name.value).toBe('咸阳鑫源商行');
    // A name's own place that exists is kept, even when the address is elsewhere.
    const moved = licenceFields({
      name: raw('青州鑫源商行'),
      address: raw('山东省青岛市市南区香港中路10号'),
    });
    expect(moved.name.value).toBe('青州鑫源商行');
    // Nothing on the document names the place: left as read.
    expect(licenceFields({ name: raw('威阳鑫源商行') }).name.value).toBe('威阳鑫源商行');
  });

  it("knows an autonomous prefecture's short name, without its groups (伊犁, 大理)", () => {
    // Held-out licence: 伊犁家家乐… read as printed, "repaired" to 伊宁 by the address's county
    // (伊宁县), since 伊犁 was no place's short name; silently wrong.
    const address = raw('新疆维吾尔自治区伊犁哈萨克自治州伊宁县福平镇华建村131号');
    const yili = licenceFields({ name: raw('伊犁家家乐商贸中心（有限合伙）'), address });
    expect(yili.name.value).toBe('伊犁家家乐商贸中心（有限合伙）');
    // Misread, it is the short name the address gives.
    const dali = licenceFields({
      name: raw('大埋喆诚烟酒店'),
      address: raw('云南省大理白族自治州巍山彝族回族自治县新和大街53号'),
    });
    expect(dali.name.value).toBe('大理喆诚烟酒店');
  });

  it('snaps a business type only when one registered type is that close', () => {
    expect(licenceFields({ type: raw('个体工商尸') }).type.value).toBe('个体工商户');
    expect(licenceFields({ type: raw('普限合伙企业') }).type.value).toBe('普限合伙企业');
  });

  it('never changes a credit code character to satisfy its check', () => {
    const wrong =
      QINGDAO_CODE.slice(0, 12) + (QINGDAO_CODE[12] === '4' ? '6' : '4') + QINGDAO_CODE.slice(13);
    const f = licenceFields({ credit_code: raw(wrong) });
    expect(f.credit_code).toMatchObject({ value: wrong, flag: 'invalid' });
  });
});

describe('falseLevelAt: a level word after a short place name that makes no place', () => {
  it('finds it, and marks the name only where the model doubted that character', () => {
    // Held-out licence: 湛江犇腾… read 湛江省腾…, 省 with runner-ups, unmarked.
    expect(falseLevelAt('湛江省腾食品有限公司')).toBe(2);
    expect(falseLevelAt('湛江市腾飞食品店')).toBe(-1);
    expect(falseLevelAt('潍坊市鑫源商行')).toBe(-1);
    expect(falseLevelAt('鑫源商行')).toBe(-1);
    const alts = ['', '', '睿咨', '', '', '', '', '', '', ''];
    const doubted = licenceFields({ name: { text: '湛江省腾食品有限公司', confidence: 97, alts } });
    expect(doubted.name.flag).toBe('low');
    // 新城 市场: an ordinary word after a short name, read surely.
    const sure = licenceFields({ name: raw('新城市场管理有限公司', 97) });
    expect(falseLevelAt('新城市场管理有限公司')).toBe(2);
    expect(sure.name.flag).toBeUndefined();
  });
});

describe('endsInPlaces: an address cut short among its place names', () => {
  it('is incomplete with nothing after its places, or only the start of another', () => {
    // Held-out card: the rest of 维西傈僳族自治县 and the street lost, unmarked.
    expect(endsInPlaces('云南省迪庆藏族自治州维西')).toBe(true);
    expect(endsInPlaces('山东省潍坊市奎文区')).toBe(true);
    expect(endsInPlaces('云南省迪庆藏族自治州维西傈僳族自治县胜阳镇化阳村108号')).toBe(false);
    expect(endsInPlaces('山东省潍坊市奎文区胜利东街1号')).toBe(false);
    expect(endsInPlaces('胜利东街1号')).toBe(false);
  });

  it('marks such an address on either document', () => {
    const address = raw('云南省迪庆藏族自治州维西');
    expect(idFields({ address }).address).toMatchObject({ value: address.text, flag: 'low' });
    expect(licenceFields({ address }).address).toMatchObject({ value: address.text, flag: 'low' });
  });
});
