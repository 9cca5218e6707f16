import { describe, expect, it } from 'vitest';
import { idLayoutLines } from './layout';
import { parseIdCard } from './id-card';

const W = 1000;
const H = 631;
const word = (text: string, fx: number, fy: number) => ({
  text,
  confidence: 85,
  bbox: { x0: fx * W, y0: fy * H - 12, x1: fx * W + 30 * text.length, y1: fy * H + 12 },
});

describe('idLayoutLines', () => {
  it('places fields by position even when labels were misread', () => {
    const words = [
      word('娃各', 0.07, 0.16), // 姓名, misread
      word('王秀英', 0.18, 0.16),
      word('女', 0.18, 0.29),
      word('民旅', 0.3, 0.29),
      word('回', 0.41, 0.29),
      word('1988', 0.18, 0.41),
      word('年', 0.26, 0.41),
      word('3', 0.31, 0.41),
      word('月', 0.35, 0.41),
      word('7', 0.4, 0.41),
      word('日', 0.44, 0.41),
      word('山东省潍坊市奎文区胜利', 0.18, 0.53),
      word('东街5号', 0.18, 0.6),
      word('人像', 0.8, 0.3), // the portrait: ignored
    ];
    const out = parseIdCard(idLayoutLines(words, W, H), '2026-11-27');
    expect(out.name.value).toBe('王秀英');
    expect(out.sex.value).toBe('女');
    expect(out.ethnicity.value).toBe('回');
    expect(out.birth.value).toBe('1988-03-07');
    expect(out.address.value).toBe('山东省潍坊市奎文区胜利东街5号');
  });
});
