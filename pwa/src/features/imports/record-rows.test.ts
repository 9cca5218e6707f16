import { describe, expect, test } from 'vitest';
import { parseCsv, rowsToObjects } from '../map/import-rows';
import { recordRows } from './record-rows';

describe('record import tables', () => {
  test('Chinese titles of the three systems become the API’s fields', () => {
    const csv =
      '\uFEFF客户编码,许可证号,月订货量,最近送货日期,状态\r\nWF0001,370702100000001,120,2026/05/03,正常\r\n';
    expect(recordRows(rowsToObjects(parseCsv(csv)))).toEqual([
      {
        customerCode: 'WF0001',
        number: '370702100000001',
        monthlyVolume: '120',
        lastDeliveryOn: '2026/05/03',
        status: '正常',
      },
    ]);
  });

  test('an XLSX date cell becomes an ISO date; unknown titles are kept for the server to report', () => {
    const rows = recordRows([
      { 客户代码: 'WF2', 最后送货日期: new Date(Date.UTC(2026, 0, 9)), 备注: '新店' },
    ]);
    expect(rows).toEqual([{ customerCode: 'WF2', lastDeliveryOn: '2026-01-09', 备注: '新店' }]);
  });
});
