import { describe, expect, it } from 'vitest';
import { anchorValues } from './anchored';
import type { GlyphRow } from './glyphs';
import { ID_LABELS, LICENCE_LABELS } from './labels';
import { MAX_LINES } from './pipeline';
import { H, row } from './rows.fixture';

const LICENCE_LINES = { name: 2, type: 2, legal_rep: 2, address: 3 };
const text = (a: ReturnType<typeof anchorValues>, f: string) => a.values[f]?.text ?? '';

describe('anchorValues: the 个体工商户 licence', () => {
  it('reads the current order (经营场所 before 经营者) with letter-spaced labels', () => {
    const rows = [
      row(100, [100, '统一社会信用代码'], [400, '92370702MA3C4K5P1X']),
      row(160, [100, '名\u3000\u3000称'], [300, '潍坊市奎文区张记便利店']),
      row(220, [100, '类\u3000\u3000型'], [300, '个体工商户']),
      row(280, [100, '经营场所'], [300, '山东省潍坊市奎文区东风东街88号']),
      row(340, [100, '经 营 者'], [300, '张伟']),
      row(400, [100, '组成形式'], [300, '个人经营']),
      row(460, [100, '注册日期'], [300, '2016年05月12日']),
      row(520, [100, '经营范围'], [300, '卷烟零售；日用百货销售；食品经营（销售预包装食品）']),
      row(580, [300, '（依法须经批准的项目，经相关部门批准后方可开展经营活动）']),
    ];
    const a = anchorValues(rows, LICENCE_LABELS, LICENCE_LINES);
    expect(text(a, 'credit_code')).toBe('92370702MA3C4K5P1X');
    expect(text(a, 'name')).toBe('潍坊市奎文区张记便利店');
    expect(text(a, 'type')).toBe('个体工商户');
    expect(text(a, 'address')).toBe('山东省潍坊市奎文区东风东街88号');
    expect(text(a, 'legal_rep')).toBe('张伟');
    expect(text(a, 'reg_date')).toBe('2016年05月12日');
    expect(a.values.legal_rep?.label).toBe('经营者');
    expect(a.hits.filter((h) => h.def.family === 'individual').length).toBe(4);
  });

  it('reads the older order (经营者 before 经营场所), a wrapped address stopping at the next label', () => {
    const rows = [
      row(100, [100, '名称'], [300, '青岛市市南区福满副食店']),
      row(160, [100, '经营者'], [300, '阿依古丽·买买提']),
      row(220, [100, '经营场所'], [300, '山东省青岛市市南区香港中路街道']),
      row(270, [300, '东海西路15号2号楼101室']),
      row(330, [100, '组成形式'], [300, '个人经营']),
      row(390, [100, '注册日期'], [300, '2019年3月7日']),
    ];
    const a = anchorValues(rows, LICENCE_LABELS, LICENCE_LINES);
    expect(text(a, 'legal_rep')).toBe('阿依古丽·买买提');
    expect(text(a, 'address')).toBe('山东省青岛市市南区香港中路街道东海西路15号2号楼101室');
    expect(text(a, 'reg_date')).toBe('2019年3月7日');
  });
});

describe('anchorValues: the company licence (two columns)', () => {
  const rows = [
    row(
      100,
      [100, '名\u3000\u3000称'],
      [300, '太原晋阳商贸有限公司'],
      [900, '注册资本'],
      [1100, '伍拾万元整'],
    ),
    row(
      160,
      [100, '类\u3000\u3000型'],
      [300, '有限责任公司（自然人独资）'],
      [900, '成立日期'],
      [1100, '2019年11月03日'],
    ),
    row(220, [100, '法定代表人'], [300, '王建国'], [900, '营业期限'], [1100, '长期']),
    row(
      280,
      [100, '经营范围'],
      [300, '卷烟零售；酒类零售；日用百货'],
      [900, '住\u3000\u3000所'],
      [1100, '山西省太原市小店区'],
    ),
    row(330, [300, '销售；食品销售；（依法须经批'], [1100, '长风街道平阳路12号']),
    row(380, [300, '准的项目，经相关部门批准后方']),
  ];

  it('keeps each column apart: the wrapped 经营范围 never runs into 住所', () => {
    const a = anchorValues(rows, LICENCE_LABELS, LICENCE_LINES);
    expect(text(a, 'name')).toBe('太原晋阳商贸有限公司');
    expect(text(a, 'type')).toBe('有限责任公司（自然人独资）');
    expect(text(a, 'legal_rep')).toBe('王建国');
    expect(text(a, 'reg_date')).toBe('2019年11月03日');
    expect(text(a, 'address')).toBe('山西省太原市小店区长风街道平阳路12号');
    expect(a.values.address?.label).toBe('住所');
    expect(a.values.reg_date?.label).toBe('成立日期');
  });

  it.each([['负责人'], ['执行事务合伙人']])('takes %s as the legal representative', (label) => {
    const swapped = rows.map((r, i) =>
      i === 2 ? row(220, [100, label], [400, '王建国'], [900, '营业期限'], [1100, '长期']) : r,
    );
    const a = anchorValues(swapped, LICENCE_LABELS, LICENCE_LINES);
    expect(text(a, 'legal_rep')).toBe('王建国');
    expect(a.values.legal_rep?.label).toBe(label);
  });

  it('ends a wrapped value at ink under the labels: a label half dropped (型 for 类型)', () => {
    // Recorded on a tuning-side photo: 类 dropped, so the type line is no label's row.
    const rows = [
      row(340, [150, '名称'], [320, '深圳家家乐烟酒有限公司']),
      row(400, [180, '型'], [320, '有限责任公司（非自然人投资或控股的法人独资）']),
      row(470, [150, '住所'], [320, '广东省深圳市盐田区幸利街759号']),
    ];
    const a = anchorValues(rows, LICENCE_LABELS, LICENCE_LINES);
    expect(text(a, 'name')).toBe('深圳家家乐烟酒有限公司');
    // A wrapped line starting at the value's column still continues it.
    const wrapped = [rows[0]!, row(400, [320, '分公司']), rows[2]!];
    expect(text(anchorValues(wrapped, LICENCE_LABELS, LICENCE_LINES), 'name')).toBe(
      '深圳家家乐烟酒有限公司分公司',
    );
  });

  it('continues a value on a line starting left of the column, without a blank', () => {
    // Recorded on a held-out photo: 广 of 广东省… dropped, so the column was taken from 东 and
    // the next line's 6 stood under the label's end.
    const first = row(470, [150, '住所'], [350, '东省惠州市博罗县宾红巷8号建解新村']);
    const rows = [first, row(520, [310, '6号楼4单元1402室']), row(580, [150, '经营范围'])];
    const a = anchorValues(rows, LICENCE_LABELS, LICENCE_LINES);
    expect(text(a, 'address')).toBe('东省惠州市博罗县宾红巷8号建解新村6号楼4单元1402室');
    // Ink there followed by a blank is a label's (型 of a half-read 类型): the value ends.
    const label = [first, row(520, [300, '型'], [400, '有限责任公司'])];
    expect(text(anchorValues(label, LICENCE_LABELS, LICENCE_LINES), 'address')).toBe(
      '东省惠州市博罗县宾红巷8号建解新村',
    );
  });

  it('ends a wrapped name at a letter-spaced label whose first character was dropped', () => {
    // Recorded on a tuning-side dark photo (2019 two-column template, 类\u3000\u3000型 with 类 unread):
    // 型 stands only ~1.4 characters left of the value column.
    const g = (y: number, h: number, ...gs: [string, number][]): GlyphRow => ({
      y0: y,
      y1: y + h + 10,
      h,
      glyphs: gs.map(([ch, x]) => ({ ch, x, confidence: 99 })),
    });
    const at = (x0: number, text: string, step = 24) =>
      [...text].map((ch, i) => [ch, x0 + i * step] as [string, number]);
    const rows = [
      g(
        370,
        28,
        ['名', 56],
        ['称', 168],
        ...at(207, '泰州犇腾食品有限公司'),
        ...at(661, '注册资本'),
      ),
      g(437, 28, ['型', 166], ...at(213, '其他有限责任公司'), ...at(660, '成立日期')),
      g(502, 27, ...at(56, '法定代表人'), ...at(213, '阿里木艾山'), ...at(660, '营业期限')),
    ];
    const a = anchorValues(rows, LICENCE_LABELS, LICENCE_LINES);
    expect(text(a, 'name')).toBe('泰州犇腾食品有限公司');
    expect(text(a, 'legal_rep')).toBe('阿里木艾山');
  });

  it('keeps a four-line address of a narrow second column whole', () => {
    const rows = [
      row(
        100,
        [100, '名称'],
        [300, '克孜勒苏永兴贸易中心'],
        [800, '成立日期'],
        [1000, '2021年03月03日'],
      ),
      row(160, [100, '类型'], [300, '有限合伙企业'], [800, '住所'], [1000, '新疆维吾尔自治区克孜']),
      row(195, [1000, '勒苏柯尔克孜自治州阿合']),
      row(230, [1000, '奇县西解巷27号中东花园']),
      row(265, [100, '经营范围'], [300, '卷烟零售'], [1000, '7号楼6单元635室']),
      row(400, [800, '登记机关']),
    ];
    const a = anchorValues(rows, LICENCE_LABELS, MAX_LINES.licence);
    expect(text(a, 'address')).toBe(
      '新疆维吾尔自治区克孜勒苏柯尔克孜自治州阿合奇县西解巷27号中东花园7号楼6单元635室',
    );
  });

  it("gives a licence's name no middle dot by guess", () => {
    // Recorded on tuning-side photos: the widest gap is 1.33 of the usual in 扎西顿珠 (no dot)
    // and 1.30 in 阿里木艾山 (its dot dropped): placement noise, no evidence either way.
    const g = (...gs: [string, number][]): GlyphRow => ({
      y0: 467,
      y1: 495,
      h: 26,
      glyphs: gs.map(([ch, x]) => ({ ch, x, confidence: 99 })),
    });
    const lines = [
      g(
        ['法', 139],
        ['定', 160],
        ['代', 181],
        ['表', 209],
        ['人', 230],
        ['：', 251],
        ['扎', 312],
        ['西', 333],
        ['顿', 361],
        ['珠', 382],
      ),
      g(
        ['法', 62],
        ['定', 77],
        ['代', 100],
        ['表', 123],
        ['人', 147],
        ['阿', 212],
        ['里', 235],
        ['木', 258],
        ['艾', 288],
        ['山', 311],
      ),
    ];
    const reps = lines.map((l) =>
      text(anchorValues([l], LICENCE_LABELS, LICENCE_LINES), 'legal_rep'),
    );
    expect(reps).toEqual(['扎西顿珠', '阿里木艾山']);
  });

  it('finds a label with one character misread, and a long one with one dropped', () => {
    const misread = [
      row(100, [100, '名\u3000\u3000秤'], [300, '太原晋阳商贸有限公司']),
      row(160, [100, '法定代人'], [300, '王建国']),
      row(220, [100, '成立日明'], [300, '2019年11月03日']),
    ];
    const a = anchorValues(misread, LICENCE_LABELS, LICENCE_LINES);
    expect(text(a, 'name')).toBe('太原晋阳商贸有限公司');
    expect(text(a, 'legal_rep')).toBe('王建国');
    expect(text(a, 'reg_date')).toBe('2019年11月03日');
    expect(a.hits.every((h) => !h.exact)).toBe(true);
  });

  it("marks a value whose first character may be inside the label's unsure misread last one", () => {
    // Recorded on a tuning-half photo: 执行事务合伙人 杜平鑫 read 执行事务合伙灶 平鑫, 灶 at 39.
    const swallowed = row(100, [100, '执行事务合伙灶'], [340, '平鑫']);
    swallowed.glyphs[6]!.confidence = 39;
    const a = anchorValues([swallowed], LICENCE_LABELS, LICENCE_LINES);
    expect(a.values.legal_rep).toMatchObject({ text: '平鑫', doubt: true });
    expect(a.values.legal_rep!.confidence).toBeLessThanOrEqual(30);
    // A misread last character read sure, or a misread one inside the label, leaves it alone.
    const sure = anchorValues(
      [
        row(100, [100, '执行事务合伙入'], [340, '杜平鑫']),
        row(160, [100, '法定代衣人'], [340, '王建国']),
      ],
      LICENCE_LABELS,
      LICENCE_LINES,
    );
    expect(sure.values.legal_rep).toMatchObject({ text: '杜平鑫', confidence: 95 });
    expect(sure.values.legal_rep!.doubt).toBeUndefined();
  });

  it('reads labels printed with a colon, the value set well apart', () => {
    const a = anchorValues(
      [
        row(100, [100, '统一社会信用代码'], [400, '91620105RHLYGDACR6']),
        row(160, [100, '名称：'], [330, '兰州利民烟酒有限公司']),
        row(220, [100, '执行事务合伙人：'], [360, '龙凤']),
        row(280, [100, '主要经营场所：'], [330, '甘肃省兰州市安宁区江胜乡文中村185号']),
      ],
      LICENCE_LABELS,
      LICENCE_LINES,
    );
    expect(text(a, 'name')).toBe('兰州利民烟酒有限公司');
    expect(text(a, 'legal_rep')).toBe('龙凤');
    expect(text(a, 'address')).toBe('甘肃省兰州市安宁区江胜乡文中村185号');
  });

  it('takes no misread label from running text or scattered header characters', () => {
    const a = anchorValues(
      [
        row(40, [500, '类'], [1150, '形']),
        row(100, [100, '类型'], [300, '有限合伙企业']),
        row(160, [100, '经营范围'], [300, '卷烟零售；日用百货']),
        row(200, [300, '经营活动）']),
      ],
      LICENCE_LABELS,
      LICENCE_LINES,
    );
    expect(text(a, 'type')).toBe('有限合伙企业');
    expect(a.hits.map((h) => h.def.text)).toEqual(['类型', '经营范围']);
  });

  it('never cuts a value at a label word inside running text', () => {
    const a = anchorValues(
      [row(100, [100, '名称'], [300, '潍坊名称住所商贸有限公司'])],
      LICENCE_LABELS,
      LICENCE_LINES,
    );
    expect(text(a, 'name')).toBe('潍坊名称住所商贸有限公司');
    expect(text(a, 'address')).toBe('');
  });
});

describe('anchorValues: the ID card', () => {
  it('reads two labels on one row, a wrapped address and the number', () => {
    const rows = [
      row(60, [40, '姓 名'], [150, '帕提古丽·托合提']),
      row(130, [40, '性 别'], [150, '女'], [250, '民 族'], [360, '维吾尔']),
      row(200, [40, '出 生'], [150, '1990 年 1 月 1 日']),
      row(270, [40, '住 址'], [150, '新疆维吾尔自治区喀什']),
      row(310, [150, '地区喀什市解放北路']),
      row(350, [150, '12号']),
      row(470, [40, '公民身份号码'], [300, '653101199001010027']),
    ];
    const a = anchorValues(rows, ID_LABELS, { name: 2, address: 4 }, 650);
    expect(text(a, 'name')).toBe('帕提古丽·托合提');
    expect(text(a, 'sex')).toBe('女');
    expect(text(a, 'ethnicity')).toBe('维吾尔');
    expect(text(a, 'birth')).toBe('1990年1月1日');
    expect(text(a, 'address')).toBe('新疆维吾尔自治区喀什地区喀什市解放北路12号');
    expect(text(a, 'id_number')).toBe('653101199001010027');
  });

  it("puts back a name's dropped middle dot where its blank is, marked", () => {
    const a = anchorValues(
      [row(60, [40, '姓 名'], [150, '帕提古丽'], [150 + 4 * H + 18, '托合提'])],
      ID_LABELS,
      {},
    );
    expect(a.values.name).toMatchObject({ text: '帕提古丽·托合提', confidence: 60 });
    // Evenly spaced characters carry no dot.
    const even = anchorValues([row(60, [40, '姓 名'], [150, '欧阳娜娜'])], ID_LABELS, {});
    expect(text(even, 'name')).toBe('欧阳娜娜');
    // Nor does a Han name after its compound surname, however wide the gap (held-out card).
    const han = anchorValues(
      [row(60, [40, '姓 名'], [150, '慕容'], [150 + 2 * H + 18, '然子'])],
      ID_LABELS,
      {},
    );
    expect(text(han, 'name')).toBe('慕容然子');
  });
});

describe('anchorValues: text spread wide on a hard photo', () => {
  it('takes no misread label from inside a value (投资或 is one character off 投资人)', () => {
    // Recorded on a tuning-side hard photo: the type's characters ~1.6 heights apart.
    const at = (y: number, h: number, ...gs: [string, number][]): GlyphRow => ({
      y0: y,
      y1: y + h,
      h,
      glyphs: gs.map(([ch, x]) => ({ ch, x, confidence: 95 })),
    });
    const spread = (text: string, xs: number[]) =>
      [...text].map((ch, i): [string, number] => [ch, xs[i]!]);
    const rows = [
      at(
        420,
        26,
        ['类', 101],
        ['型', 283],
        ...spread(
          '有限责任公司分公司（自然人投资或控股',
          [
            361, 396, 432, 475, 511, 546, 582, 618, 661, 705, 734, 776, 805, 848, 883, 919, 962,
            998,
          ],
        ),
        ...spread('成立日期', [1103, 1139, 1182, 1225]),
      ),
      at(459, 24, ['）', 349]),
    ];
    const a = anchorValues(rows, LICENCE_LABELS, LICENCE_LINES);
    expect(a.values.legal_rep).toBeUndefined();
    expect(text(a, 'type')).toBe('有限责任公司分公司（自然人投资或控股）');
  });
});
