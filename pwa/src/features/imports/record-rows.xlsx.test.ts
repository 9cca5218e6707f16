/**
 * An XLSX export as the three systems write one (shared strings, a number cell and a date cell
 * with a date format) read by read-excel-file as the browser does, then mapped to record rows.
 */
import { readSheet } from 'read-excel-file/universal';
import { describe, expect, test } from 'vitest';
import { rowsToObjects } from '../map/import-rows';
import { recordRows } from './record-rows';
import { excelSerial, recordsWorkbook } from './xlsx.fixture';

describe('an XLSX record table', () => {
  test('reads titles, a number and a date cell into one record row', async () => {
    expect(excelSerial('2026-05-03')).toBe(46145);
    const zip = recordsWorkbook('370702100000001', '2026-05-03');
    const table = await readSheet(
      zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer,
    );
    expect(recordRows(rowsToObjects(table))).toEqual([
      {
        customerCode: 'WF0001',
        number: '370702100000001',
        monthlyVolume: 135,
        lastDeliveryOn: '2026-05-03',
        status: '正常',
      },
    ]);
  });
});
