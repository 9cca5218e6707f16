import { describe, expect, it } from 'vitest';
import { parseCsv, rowsToObjects } from './import-rows';

describe('import rows', () => {
  it('parses CSV with quotes and maps Chinese titles', () => {
    const t = parseCsv(
      '\uFEFF许可证号,名称,地址,经度,纬度\r\n370702202100001,"好邻居, 便利店","胜利街""1""号",119.1,36.7\n',
    );
    expect(t).toHaveLength(2);
    expect(rowsToObjects(t)).toEqual([
      {
        number: '370702202100001',
        name: '好邻居, 便利店',
        address: '胜利街"1"号',
        lng: '119.1',
        lat: '36.7',
      },
    ]);
  });

  it('maps a school list’s titles', () => {
    const t = parseCsv('学校名称,学校类型,县市区,经度,纬度\n实验小学,小学,潍城区,119.1,36.7\n');
    expect(rowsToObjects(t)).toEqual([
      { name: '实验小学', kind: '小学', county: '潍城区', lng: '119.1', lat: '36.7' },
    ]);
  });
});
