import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_KINDS,
  DOCUMENT_NUMBER_CODES,
  bureauAbbreviation,
  chineseDate,
  documentNumber,
  remediesNotice,
} from './documents';

describe('official document numbers', () => {
  it('abbreviate the unit without its 区 / 县 / 市', () => {
    expect(bureauAbbreviation('潍城区')).toBe('潍城');
    expect(bureauAbbreviation('临朐县')).toBe('临朐');
    expect(bureauAbbreviation('青州市')).toBe('青州');
    expect(bureauAbbreviation('潍坊市')).toBe('潍坊');
    expect(bureauAbbreviation('区')).toBe('区');
  });

  it('read 潍城烟许受〔2026〕第0001号, one character per kind, four digits at least', () => {
    expect(documentNumber('潍城', 'acceptance', 2026, 1)).toBe('潍城烟许受〔2026〕第0001号');
    expect(documentNumber('奎文', 'refusal', 2027, 12345)).toBe('奎文烟许不〔2027〕第12345号');
    expect(new Set(DOCUMENT_KINDS.map((k) => DOCUMENT_NUMBER_CODES[k])).size).toBe(
      DOCUMENT_KINDS.length,
    );
  });
});

describe('the words of a document', () => {
  it('write dates as 2026年12月3日', () => {
    expect(chineseDate('2026-12-03')).toBe('2026年12月3日');
    expect(chineseDate('2027-01-10T02:00:00.000Z')).toBe('2027年1月10日');
  });

  it('tell a refused applicant of reconsideration within 60 days and a lawsuit within 6 months', () => {
    const n = remediesNotice('潍坊市烟草专卖局');
    expect(n).toContain('六十日内向潍坊市烟草专卖局申请行政复议');
    expect(n).toContain('六个月内依法向人民法院提起行政诉讼');
  });
});
