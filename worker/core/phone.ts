/**
 * Mainland China mobile numbers: 11 digits starting with 1[3-9]. Free of zod, so the PWA's
 * sign-in screen checks a number with the server's rule without downloading zod first.
 */
export const MOBILE_PHONE_PATTERN = /^1[3-9]\d{9}$/;

/** @example isMobilePhone('13800000001') === true; isMobilePhone('12800000001') === false */
export function isMobilePhone(s: string): boolean {
  return MOBILE_PHONE_PATTERN.test(s);
}
