import { describe, expect, it } from 'vitest';
import { maskValue } from './field-labels';

describe('maskValue', () => {
  it('masks a mobile number like the server does', () => {
    expect(maskValue('13966871237')).toBe('139****1237');
  });
  it('keeps region and last four of an ID number', () => {
    expect(maskValue('370702198001011231')).toBe('370702********1231');
  });
  it('never shows a short value whole', () => {
    expect(maskValue('1234')).toBe('****');
  });
});
