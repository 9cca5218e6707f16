import { describe, expect, it, vi } from 'vitest';
import type { FieldReading } from '../../../../worker/core/ocr/types';
import { O } from './ocr.strings';
import { issueText } from './result-fields';

// The strings' module sets <html lang> when loaded: Node has no document.
vi.hoisted(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: {} };
});

const sure = (value: string): FieldReading => ({ value, confidence: 97 });
const licence = (over: Record<string, FieldReading> = {}) => ({
  credit_code: sure('91350100M000100Y43'),
  name: sure('福州市鼓楼区便民超市'),
  type: sure('个体工商户'),
  legal_rep: sure('张三'),
  address: sure('福建省福州市鼓楼区五四路1号'),
  reg_date: sure('2020-01-02'),
  ...over,
});

describe('issueText', () => {
  it('says why an item was not read, and what a retake should change', () => {
    const missing = { value: '', confidence: 0, flag: 'missing' as const };
    expect(issueText('licence', 'cut_off', licence({ credit_code: missing }))).toBe(O.issueCutOff);
    expect(issueText('licence', 'dark', licence({ legal_rep: missing }))).toBe(O.issueDark);
    expect(issueText('licence', 'glare', licence({ address: missing }))).toBe(O.issueGlare);
  });

  it('counts a number failing its check as not read right', () => {
    const wrong = { ...sure('91350100M000100Y44'), flag: 'invalid' as const };
    expect(issueText('licence', 'blurred', licence({ credit_code: wrong }))).toBe(O.issueBlurred);
  });

  it('says nothing where every item was read, marked or not, or the photo was good', () => {
    const low = { ...sure('张叁'), flag: 'low' as const };
    expect(issueText('licence', 'cut_off', licence({ legal_rep: low }))).toBeNull();
    const missing = { value: '', confidence: 0, flag: 'missing' as const };
    expect(issueText('licence', null, licence({ credit_code: missing }))).toBeNull();
  });
});
