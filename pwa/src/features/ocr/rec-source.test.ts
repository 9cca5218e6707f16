import { describe, expect, it } from 'vitest';
import { recAllowed, REC_MIN_DEVICE_GB } from './rec-source';

describe('recAllowed', () => {
  it('runs the full profile only where the device reports enough memory, or does not say', () => {
    expect(recAllowed(undefined)).toBe(true);
    expect(recAllowed(8)).toBe(true);
    expect(recAllowed(REC_MIN_DEVICE_GB)).toBe(true);
    expect(recAllowed(2)).toBe(false);
    expect(recAllowed(0.5)).toBe(false);
  });
});
