import { describe, expect, it } from 'vitest';
import { editDistance, fixNumberSuffix, snapBusinessType, snapPlaces } from './vocabulary';

describe('snapPlaces', () => {
  it('repairs one wrong character in each leading place name', () => {
    expect(snapPlaces('山东省滩坊市克文区胜利东街1号')).toBe('山东省潍坊市奎文区胜利东街1号');
    expect(snapPlaces('潍坊市寒训区宝通街2号')).toBe('潍坊市寒亭区宝通街2号');
  });
  it('leaves text alone when the suffix or more than one character differs', () => {
    expect(snapPlaces('北京市海淀区中关村')).toBe('北京市海淀区中关村');
    expect(snapPlaces('山东省滩坊县奎文区')).toBe('山东省滩坊县奎文区');
  });
  it("repairs a company name's 潍坊 but not a district name", () => {
    expect(snapPlaces('滩坊福满商贸有限公司')).toBe('潍坊福满商贸有限公司');
    expect(snapPlaces('潍城区惠民超市')).toBe('潍城区惠民超市');
  });
});

describe('snapBusinessType', () => {
  it('snaps to the one registered type within two edits', () => {
    expect(snapBusinessType('有限责任公司自然人独资）')).toBe('有限责任公司（自然人独资）');
    expect(snapBusinessType('个体工商尸')).toBe('个体工商户');
  });
  it('keeps text that is near no type', () => {
    expect(snapBusinessType('外商独资')).toBe('外商独资');
  });
});

describe('fixNumberSuffix', () => {
  it('only replaces a 号 look-alike after a final number', () => {
    expect(fixNumberSuffix('北王村28号楼3单元1706吨')).toBe('北王村28号楼3单元1706号');
    expect(fixNumberSuffix('和平路另')).toBe('和平路另');
    expect(fixNumberSuffix('后营村24吨楼1单元909号')).toBe('后营村24号楼1单元909号');
    expect(fixNumberSuffix('民生街572忆已')).toBe('民生街572号');
  });
  it('edit distance', () => expect(editDistance('潍坊', '滩坊市')).toBe(2));
});
