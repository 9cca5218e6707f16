import { describe, expect, it } from 'vitest';
import { fixNumberSuffix } from './text';
import { BUSINESS_TYPES, editDistance, snapBusinessType } from './vocabulary';

describe('snapBusinessType', () => {
  it('snaps to the one registered type within two edits', () => {
    expect(snapBusinessType('有限责任公司自然人独资）')).toBe('有限责任公司（自然人独资）');
    expect(snapBusinessType('个体工商尸')).toBe('个体工商户');
    expect(snapBusinessType('有限责任公司(自然人投资或控股)')).toBe(
      '有限责任公司（自然人投资或控股）',
    );
  });
  it('does not count lost brackets: no two types differ by them alone', () => {
    // Recorded on a hard photo of the tuning half: （, 股 and ） lost.
    expect(snapBusinessType('有限责任公司分公司自然人投资或控')).toBe(
      '有限责任公司分公司（自然人投资或控股）',
    );
    const bare = BUSINESS_TYPES.map((t) => t.replace(/[（）、]/g, ''));
    expect(new Set(bare).size).toBe(BUSINESS_TYPES.length);
  });
  it('keeps a type that is registered, and text near no type or near two', () => {
    expect(snapBusinessType('有限合伙企业')).toBe('有限合伙企业');
    expect(snapBusinessType('外商独资')).toBe('外商独资');
    // One edit from 有限合伙企业 and from 普通合伙企业 alike: no proof either way.
    expect(snapBusinessType('普限合伙企业')).toBe('普限合伙企业');
    // Recorded on a held-out glare photo: 资或控 lost, 有限责任公司分公司（自然人投股） is two
    // edits from …（自然人独资） and three from the printed …（自然人投资或控股）: not clear.
    expect(snapBusinessType('有限责任公司分公司（自然人投股）')).toBe(
      '有限责任公司分公司（自然人投股）',
    );
  });
  it("takes the one type the model's own alternatives spell", () => {
    // Recorded: 非 read 井 (非 its runner-up), the wrapped line's ） lost. One edit from both
    // 非上市 and 上市 types: edits alone prove nothing, the alternative does.
    const read = '股份有限公司（井上市、自然人投资或控股';
    expect(snapBusinessType(read)).toBe(read);
    const alts = [...read].map((ch) => (ch === '井' ? '非#' : ''));
    expect(snapBusinessType(read, alts)).toBe('股份有限公司（非上市、自然人投资或控股）');
    // An alternative no type takes changes nothing; neither do two types it would spell.
    expect(
      snapBusinessType(
        read,
        [...read].map((ch) => (ch === '井' ? '并' : '')),
      ),
    ).toBe(read);
    const two = '有限合伙企业'.replace('有限', '普限');
    const either = [...two].map((ch) => (ch === '普' ? '有' : ch === '限' ? '通' : ''));
    expect(snapBusinessType(two, either)).toBe(two);
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
