import { describe, expect, test } from 'vitest';
import { toCsv } from './csv';

describe('CSV export', () => {
  test('quotes what needs quoting, keeps a BOM, and defuses formulas', () => {
    const csv = toCsv(
      ['原因', '件数'],
      [
        ['距离学校不足50米, 详见"记录"', 2],
        ['=cmd()', null],
        [-3, 4],
      ],
    );
    expect(csv.startsWith('\uFEFF原因,件数\r\n')).toBe(true);
    expect(csv).toContain('"距离学校不足50米, 详见""记录""",2\r\n');
    expect(csv).toContain("'=cmd(),\r\n");
    expect(csv).toContain('-3,4\r\n');
  });
});
