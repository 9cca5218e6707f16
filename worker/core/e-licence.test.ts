import { describe, expect, it } from 'vitest';
import { issuingBureau, verifyStatusOf, VERIFY_STATUSES, VERIFY_STATUS_LABELS } from './e-licence';
import { maskPersonName } from './masking';

describe('the e-licence rules', () => {
  it('a verify status follows the licence and the day it is asked on', () => {
    const l = { status: 'active' as const, expiresOn: '2026-03-01' };
    expect(verifyStatusOf(l, '2026-03-01')).toBe('valid');
    expect(verifyStatusOf(l, '2026-03-02')).toBe('expired');
    expect(verifyStatusOf({ ...l, status: 'suspended' }, '2026-02-01')).toBe('suspended');
    expect(verifyStatusOf({ ...l, status: 'suspended' }, '2026-04-01')).toBe('expired');
    expect(verifyStatusOf({ ...l, status: 'cancelled' }, '2026-04-01')).toBe('cancelled');
    expect(verifyStatusOf({ ...l, status: 'expired' }, '2026-01-01')).toBe('expired');
    expect(Object.keys(VERIFY_STATUS_LABELS)).toEqual([...VERIFY_STATUSES]);
  });

  it('masks a holder’s name for anyone who scans', () => {
    expect(maskPersonName('王建国')).toBe('王*国');
    expect(maskPersonName('李四')).toBe('李*');
    expect(maskPersonName('欧阳建国')).toBe('欧**国');
    expect(maskPersonName('王')).toBe('*');
    expect(maskPersonName(maskPersonName('王建国'))).toBe('王*国');
  });

  it('names the issuing bureau by the kind of unit', () => {
    expect(issuingBureau('潍坊市', { name: '潍城区', kind: 'district' })).toBe(
      '潍坊市潍城区烟草专卖局',
    );
    expect(issuingBureau('潍坊市', { name: '青州市', kind: 'county-level city' })).toBe(
      '青州市烟草专卖局',
    );
    expect(issuingBureau('潍坊市', { name: '临朐县', kind: 'county' })).toBe('临朐县烟草专卖局');
  });
});
