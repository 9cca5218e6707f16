import { describe, expect, it } from 'vitest';
import { maskFormValue, maskIdNumber, maskNumbersInText, maskPhone } from './masking';

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 characters', () => {
    expect(maskIdNumber('37070219850615123x')).toBe('370702********123X');
  });

  it('masks malformed input entirely', () => {
    expect(maskIdNumber('370702850615123')).toBe('***************');
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile', () => {
    expect(maskPhone('13966871237')).toBe('139****1237');
    expect(maskPhone(' 13800000001 ')).toBe('138****0001');
  });

  it('keeps only the last 4 of any other number, and hides short ones', () => {
    expect(maskPhone('0536-8881234')).toBe('********1234');
    expect(maskPhone('1234')).toBe('****');
    expect(maskPhone('')).toBe('');
  });
});

describe('masking is idempotent', () => {
  // The worker masks before sending and the PWA masks what it shows: both must agree.
  it.each([
    ['phone', '13966871237'],
    ['contactPhone', '0536-8881234'],
    ['idNumber', '370702198001011231'],
    ['agentIdNumber', '37070219850615123X'],
  ])('%s', (key, value) => {
    const once = maskFormValue(key, value);
    expect(once).not.toBe(value);
    expect(maskFormValue(key, once)).toBe(once);
  });
});

describe('maskFormValue', () => {
  it('masks phone and ID number fields by key, and nothing else', () => {
    expect(maskFormValue('contactPhone', '13966871237')).toBe('139****1237');
    expect(maskFormValue('idNumber', '370702198001011231')).toBe('370702********1231');
    expect(maskFormValue('agentIdNumber', '370702198001011231')).toBe('370702********1231');
    expect(maskFormValue('idNumberMasked', '370702********1231')).toBe('370702********1231');
    expect(maskFormValue('shopName', '13966871237')).toBe('13966871237');
    expect(maskFormValue('creditCode', '91370702MA3C4XYZ1K')).toBe('91370702MA3C4XYZ1K');
  });
});

describe('maskNumbersInText', () => {
  it('masks every ID and mobile number in a text, and nothing else', () => {
    expect(
      maskNumbersInText('张三 370702198001011231，电话13966871237；单号 20260301123456789012'),
    ).toBe('张三 370702********1231，电话139****1237；单号 20260301123456789012');
    expect(maskNumbersInText('XK-370702-2026-000123 12800000001')).toBe(
      'XK-370702-2026-000123 12800000001',
    );
  });

  it('is idempotent, as a redacted record may be redacted again', () => {
    const once = maskNumbersInText('13966871237 / 37070219850615123x');
    expect(maskNumbersInText(once)).toBe(once);
  });
});
