import { describe, expect, it } from 'vitest';
import { repairCreditCode, repairIdNumber } from './repair';
import { chineseDate, valueAfter } from './text';
import { rowsFromWords } from './rows';

describe('repairs', () => {
  it('maps look-alikes in ID numbers, X only last', () => {
    expect(repairIdNumber('37O7O2I988O3O7OO2x')).toBe('370702198803070022'.slice(0, 17) + 'X');
    expect(repairIdNumber('3707021988030X0021')).toBeNull();
    expect(repairIdNumber('37070219880307002')).toBeNull();
  });
  it('maps credit-code letters outside the alphabet, leaves V alone', () => {
    expect(repairCreditCode('9Z37O7OZMA3C4K5PIX')).toBe('92370702MA3C4K5P1X');
    expect(repairCreditCode('92370702MA3C4K5PVX')).toBeNull();
  });
});

describe('text', () => {
  it('parses Chinese dates, rejecting impossible ones', () => {
    expect(chineseDate('2019年11月3日')).toBe('2019-11-03');
    expect(chineseDate('1988年O3月7日')).toBe('1988-03-07');
    expect(chineseDate('2019年13月3日')).toBe('');
    expect(chineseDate('2019年')).toBe('');
  });
  it('stops a value at the next label', () => {
    expect(valueAfter('性别男民族回', '民族', ['性别', '民族'])).toBe('回');
    expect(valueAfter('性别男民族回', '住址', ['性别', '民族'])).toBeNull();
  });
  it('rebuilds rows from word boxes', () => {
    const w = (text: string, x0: number, y0: number) => ({
      text,
      confidence: 80,
      bbox: { x0, y0, x1: x0 + 20, y1: y0 + 20 },
    });
    const rows = rowsFromWords([w('汉', 200, 52), w('性别', 10, 50), w('姓名', 10, 10)]);
    expect(rows.map((r) => r.text)).toEqual(['姓名', '性别汉']);
  });
});

describe('repairAddressDigits', () => {
  it('turns a stroke between digits or before 号 into 1, nothing else', async () => {
    const { repairAddressDigits } = await import('./text');
    expect(repairAddressDigits('和平路86]号')).toBe('和平路861号');
    expect(repairAddressDigits('|2号楼')).toBe('12号楼');
    expect(repairAddressDigits('Il路')).toBe('Il路');
  });
});

describe('chineseDate with a stray mark', () => {
  it('skips one mark before 年', async () => {
    const { chineseDate } = await import('./text');
    expect(chineseDate('成立日期2020人年06月18日')).toBe('2020-06-18');
  });
});
