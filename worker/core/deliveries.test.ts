import { describe, expect, test } from 'vitest';
import { tokenRefusal } from './access';
import { splitToken, type TokenWho } from './api-tokens';
import { isQuiet, lastDelivery, monthsBefore, recordRowSchema } from './deliveries';

describe('records from the other systems', () => {
  test('six months back clamps to the end of a shorter month and crosses years', () => {
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2028-08-31', 6)).toBe('2028-02-29');
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15');
    expect(monthsBefore('2026-01-01', 12)).toBe('2025-01-01');
  });

  test('a row takes spreadsheet numbers, slashes in dates and the systems’ Chinese statuses', () => {
    const r = recordRowSchema.parse({
      customerCode: 37070001,
      number: 370702100000001,
      monthlyVolume: '120',
      lastDeliveryOn: '2026/05/03',
      status: '暂停',
    });
    expect(r).toEqual({
      customerCode: '37070001',
      number: '370702100000001',
      monthlyVolume: 120,
      lastDeliveryOn: '2026-05-03',
      status: 'paused',
    });
    for (const bad of [
      { monthlyVolume: -1 },
      { monthlyVolume: 1.5 },
      { lastDeliveryOn: '2026-02-30' },
      { status: '很好' },
      { number: '37070A' },
      { customerCode: 'C 1' },
    ]) {
      const ok = {
        customerCode: 'C001',
        number: '370702100000001',
        monthlyVolume: 1,
        status: '正常',
      };
      expect(recordRowSchema.safeParse({ ...ok, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  test('the last delivery is the newest over the sources', () => {
    expect(
      lastDelivery([
        { lastDeliveryOn: '2026-01-02' },
        { lastDeliveryOn: null },
        { lastDeliveryOn: '2026-03-01' },
      ]),
    ).toBe('2026-03-01');
    expect(lastDelivery([{ lastDeliveryOn: null }])).toBeNull();
  });
});

describe('a quiet licence', () => {
  const today = '2026-12-04';
  const old = { status: 'active', issuedOn: '2024-01-01' };
  test('active, known to the systems, nothing delivered for six months', () => {
    expect(isQuiet(old, [{ lastDeliveryOn: '2026-06-03' }], today)).toBe(true);
    expect(isQuiet(old, [{ lastDeliveryOn: null }], today)).toBe(true);
    expect(isQuiet(old, [{ lastDeliveryOn: '2026-06-04' }], today)).toBe(false);
    expect(isQuiet(old, [], today)).toBe(false);
    expect(isQuiet({ ...old, status: 'suspended' }, [{ lastDeliveryOn: null }], today)).toBe(false);
    expect(isQuiet({ ...old, issuedOn: '2026-07-01' }, [{ lastDeliveryOn: null }], today)).toBe(
      false,
    );
  });
});

describe('API tokens', () => {
  const token: TokenWho = {
    kind: 'token',
    id: 't1',
    scopes: ['imports:write'],
    counties: ['370702'],
  };

  test('the access rule names the refusal: scope first, then county', () => {
    expect(tokenRefusal(token, 'imports:write', ['370702'])).toBeNull();
    expect(tokenRefusal(token, 'licences:read', ['370702'])).toBe('TOKEN_SCOPE_MISSING');
    expect(tokenRefusal(token, 'imports:write', ['370702', '370705'])).toBe(
      'TOKEN_COUNTY_FORBIDDEN',
    );
  });

  test('only tokens shaped like ours are split', () => {
    const secret = 'a'.repeat(43);
    expect(splitToken(`xk_0123456789abcdef_${secret}`)).toEqual({ id: '0123456789abcdef', secret });
    expect(splitToken(`xk_0123456789abcdef_${'a'.repeat(10)}`)).toBeNull();
    expect(splitToken(`0123456789abcdef_${secret}`)).toBeNull();
  });
});
