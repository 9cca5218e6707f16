import { describe, expect, it } from 'vitest';
import { phoneSchema } from './api';
import { isMobilePhone } from './phone';

describe('isMobilePhone', () => {
  it.each([
    ['13800000001', true],
    ['19912345678', true],
    ['12800000001', false],
    ['1380000000', false],
    ['138000000012', false],
    ['1380000000a', false],
  ])('%s → %s, as the server schema decides', (phone, ok) => {
    expect(isMobilePhone(phone)).toBe(ok);
    expect(phoneSchema.safeParse(phone).success).toBe(ok);
  });
});
