import { describe, expect, it } from 'vitest';
import { anchorValues } from './anchored';
import { findLabelHits, LICENCE_LABELS } from './labels';
import { MAX_LINES } from './pipeline';
import { H, row } from './rows.fixture';

/**
 * Recorded on a tuning-half photo of a licence cut off at its left edge (licence-249): the
 * labels' first characters are off the page or half there, so 类型 and 住所 were read by their
 * last character alone, 投资人 as 资人, 成立日期 as 立日期 and 经营范围 as 营范围.
 */
const cutOff = [
  row(334, [-5, '名'], [136, '称'], [197, '郑州犇腾便利店']),
  row(394, [133, '型'], [190, '个人独资企业']),
  row(455, [56, '资'], [127, '人'], [191, '迪丽娜尔·买买提']),
  row(515, [126, '所'], [188, '郑州市中原区江青街道民中村177号']),
  row(577, [1, '立日期'], [178, '2008年08月26日']),
  row(637, [1, '营范围'], [184, '卷烟、雪茄烟零售；预包装食品销售']),
];

const values = () => anchorValues(cutOff, LICENCE_LABELS, MAX_LINES.licence).values;

describe('a licence whose labels lost their first character off the frame', () => {
  it('finds a three-character label by its last two (资人 of 投资人)', () => {
    const hit = findLabelHits(cutOff, LICENCE_LABELS).find((k) => k.def.text === '投资人');
    expect(hit).toMatchObject({ row: 2, half: true });
    expect(values().legal_rep?.text).toBe('迪丽娜尔·买买提');
  });

  it("ends a value read by its label's last character at the next label's row", () => {
    // 型 and 所 alone stand a letter-spaced label's width right of where their labels start:
    // the rows below, with 资人 and 立日期 in the labels' column, are the next fields.
    const v = values();
    expect(v.type?.text).toBe('个人独资企业');
    expect(v.address?.text).toBe('郑州市中原区江青街道民中村177号');
    expect(v.reg_date?.text).toBe('2008年08月26日');
  });

  it('still wraps a value whose label was read by its last character', () => {
    const wrapped = [
      row(334, [136, '称'], [197, '郑州犇腾便利店']),
      row(394, [126, '所'], [188, '郑州市中原区江青街道民中村177号']),
      row(394 + 1.6 * H, [188, '3号楼2单元101室']),
      row(394 + 3.2 * H, [1, '成立日期'], [178, '2008年08月26日']),
    ];
    const v = anchorValues(wrapped, LICENCE_LABELS, MAX_LINES.licence).values;
    expect(v.address?.text).toBe('郑州市中原区江青街道民中村177号3号楼2单元101室');
  });

  it("finds a longer label by its last characters at the page's edge, where the frame cut it", () => {
    // Recorded on tuning-half photos cut off at the left: 法定代表人 read as 人 (licence-199),
    // 经营者 as 者 and 注册日期 as 期 (licence-224).
    const company = [
      row(352, [24, '称'], [76, '武汉永兴实业有限公司']),
      row(415, [25, '型'], [79, '其他有限责任公司']),
      row(475, [-7, '人'], [79, '孔兰奕']),
    ];
    expect(anchorValues(company, LICENCE_LABELS, MAX_LINES.licence).values.legal_rep?.text).toBe(
      '孔兰奕',
    );
    const individual = [
      row(417, [48, '型'], [107, '个体工商户']),
      row(477, [56, '者'], [114, '曹欣海']),
      row(533, [2, '所'], [112, '咸阳市兴平市人化街道幸江村103号']),
      row(649, [11, '期'], [117, '2015年06月26日']),
    ];
    const hits = findLabelHits(individual, LICENCE_LABELS);
    const v = anchorValues(individual, LICENCE_LABELS, MAX_LINES.licence).values;
    expect(v.legal_rep?.text).toBe('曹欣海');
    expect(v.reg_date?.text).toBe('2015年06月26日');
    // 期 ends 注册日期 (个体工商户) and 成立日期 (a company) alike: it tells no family.
    expect(hits.find((k) => k.def.field === 'reg_date')?.def.family).toBeUndefined();
    expect(hits.find((k) => k.def.field === 'legal_rep')?.def.family).toBe('individual');
  });

  it('takes no lone last character for a long label away from the edge', () => {
    const inside = [row(475, [90, '人'], [160, '孔兰奕'])];
    expect(findLabelHits(inside, LICENCE_LABELS)).toEqual([]);
  });

  it('takes no lone 资人 inside running text for a label', () => {
    const running = [row(334, [1, '名称'], [188, '郑州投资人服务有限公司'])];
    expect(findLabelHits(running, LICENCE_LABELS).map((k) => k.def.text)).toEqual(['名称']);
  });
});
