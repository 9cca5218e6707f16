import { describe, expect, it } from 'vitest';
import { anchorValues } from './anchored';
import { LICENCE_LABELS } from './labels';
import { row } from './rows.fixture';

const LINES = { name: 2, type: 2, legal_rep: 2, address: 3 };

describe('reachBack: a value that lost its first character', () => {
  it('marks a name starting a character right of the values under it, and reaches back to the column', () => {
    // 宁德兴旺商业有限公司 with nothing of 宁 read: the name starts at 330, the column at 300.
    const rows = [
      row(100, [100, '名称：'], [330, '德兴旺商业有限公司']),
      row(160, [100, '类型：'], [300, '股份有限公司（非上市、自然人投资或控股）']),
      row(220, [100, '法定代表人：'], [302, '阿里木·艾山']),
      row(280, [100, '住所：'], [298, '福建省宁德市福安市文人大街77号']),
    ];
    const a = anchorValues(rows, LICENCE_LABELS, LINES);
    expect(a.values.name?.text).toBe('德兴旺商业有限公司');
    expect(a.values.name?.doubt).toBe(true);
    expect(a.values.name!.confidence).toBeLessThanOrEqual(30);
    expect(a.values.name!.box.x0).toBe(300);
    for (const f of ['legal_rep', 'address']) expect(a.values[f]?.doubt, f).toBeUndefined();
  });

  it('leaves a column whose values start together (a few pixels either way)', () => {
    const rows = [
      row(100, [100, '名称：'], [306, '宁德兴旺商业有限公司']),
      row(160, [100, '类型：'], [300, '有限责任公司']),
      row(220, [100, '法定代表人：'], [296, '阿里木·艾山']),
      row(280, [100, '住所：'], [303, '福建省宁德市福安市文人大街77号']),
    ];
    const a = anchorValues(rows, LICENCE_LABELS, LINES);
    for (const f of ['name', 'legal_rep', 'address']) expect(a.values[f]?.doubt, f).toBeUndefined();
  });

  it('leaves values that follow their labels instead of forming a column', () => {
    // Each value one blank after its label: the longer label's value starts further right.
    const rows = [
      row(100, [100, '名称：'], [220, '宁德兴旺商业有限公司']),
      row(160, [100, '类型：'], [220, '有限责任公司']),
      row(220, [100, '法定代表人：'], [310, '阿里木·艾山']),
      row(280, [100, '住所：'], [220, '福建省宁德市福安市文人大街77号']),
    ];
    const a = anchorValues(rows, LICENCE_LABELS, LINES);
    expect(a.values.legal_rep?.text).toBe('阿里木·艾山');
    expect(a.values.legal_rep?.doubt).toBeUndefined();
  });

  it('marks a following value a character further from its label than the others', () => {
    const rows = [
      row(100, [100, '名称：'], [220, '宁德兴旺商业有限公司']),
      row(160, [100, '类型：'], [220, '有限责任公司']),
      row(220, [100, '法定代表人：'], [340, '里木·艾山']),
      row(280, [100, '住所：'], [220, '福建省宁德市福安市文人大街77号']),
    ];
    const a = anchorValues(rows, LICENCE_LABELS, LINES);
    expect(a.values.legal_rep?.doubt).toBe(true);
    // Back to just past the label (its end at 280), not into it.
    expect(a.values.legal_rep!.box.x0).toBeGreaterThan(280);
    expect(a.values.legal_rep!.box.x0).toBeLessThan(310);
  });

  it("reaches back over a label's misread last character standing in the values' column", () => {
    // 执行事务合伙人 杜平鑫 read 执行事务合伙灶 平鑫: 灶 (unsure) is 杜, in the column at 300.
    const rows = [
      row(100, [100, '名\u3000\u3000\u3000\u3000\u3000称'], [300, '河源犇腾实业中心（有限合伙）']),
      row(160, [100, '类\u3000\u3000\u3000\u3000\u3000型'], [300, '有限合伙企业']),
      row(220, [100, '执行事务合伙'], [300, '灶', 40], [330, '平鑫']),
    ];
    const a = anchorValues(rows, LICENCE_LABELS, LINES);
    expect(a.values.legal_rep?.text).toBe('平鑫');
    expect(a.values.legal_rep?.doubt).toBe(true);
    expect(a.values.legal_rep!.box.x0).toBe(300);
  });

  it('reaches back over a long label running into the column, its value pressed against it', () => {
    // 执行事务合伙人 唐芳昕 on a tuning licence photo: 唐 touching 人, read as part of it. The
    // label (20 pixels a character) ends at 245, past the column at 230; 芳昕 follows at once.
    const at = (x: number, text: string, step: number) =>
      [...text].map((ch, i) => ({ ch, x: x + (i + 0.5) * step, confidence: 95 }));
    const rows = [
      row(100, [100, '名\u3000称'], [230, '丽水利民实业中心（有限合伙）']),
      row(160, [100, '类\u3000型'], [230, '有限合伙企业']),
      { ...row(220), glyphs: [...at(100, '执行事务合伙人', 20), ...at(252, '芳昕', 24)] },
    ];
    const a = anchorValues(rows, LICENCE_LABELS, LINES);
    expect(a.values.legal_rep?.text).toBe('芳昕');
    expect(a.values.legal_rep?.doubt).toBe(true);
    expect(a.values.legal_rep!.box.x0).toBe(230);
    // The same label with its value at the column and nothing lost: left alone.
    rows[2] = { ...row(220), glyphs: [...at(100, '执行事务合伙人', 20), ...at(240, '唐芳昕', 24)] };
    expect(anchorValues(rows, LICENCE_LABELS, LINES).values.legal_rep?.doubt).toBeUndefined();
    // A value right after its label's colon starts there (执行事务合伙人：于德彧, tuning).
    rows[2] = {
      ...row(220),
      glyphs: [...at(100, '执行事务合伙人：', 20), ...at(264, '于德彧', 24)],
    };
    expect(anchorValues(rows, LICENCE_LABELS, LINES).values.legal_rep?.doubt).toBeUndefined();
  });

  it("never narrows a wrapped value's box: only its first line reaches back", () => {
    const rows = [
      row(100, [100, '名称：'], [300, '宁德兴旺商业有限公司']),
      row(160, [100, '类型：'], [300, '有限责任公司']),
      row(220, [100, '住所：'], [330, '建省宁德市福安市文人大街']),
      row(260, [298, '77号']),
      row(320, [100, '法定代表人：'], [300, '阿里木·艾山']),
    ];
    const a = anchorValues(rows, LICENCE_LABELS, LINES);
    expect(a.values.address?.text).toBe('建省宁德市福安市文人大街77号');
    expect(a.values.address?.doubt).toBe(true);
    expect(a.values.address!.box.x0).toBe(298);
    expect(a.values.address!.lines?.[0]?.box.x0).toBe(300);
  });

  it('needs two other values in the column to tell', () => {
    const rows = [
      row(100, [100, '名称：'], [330, '德兴旺商业有限公司']),
      row(160, [100, '类型：'], [300, '有限责任公司']),
    ];
    expect(anchorValues(rows, LICENCE_LABELS, LINES).values.name?.doubt).toBeUndefined();
  });
});
