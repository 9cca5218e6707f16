/**
 * Mainland China mobile numbers: 11 digits starting with 1[3-9]. Free of zod, so the PWA's
 * sign-in screen checks a number with the server's rule without downloading zod first.
 */

/** The rule as a regular expression source, for patterns that find numbers inside a text. */
export const MOBILE_PHONE_DIGITS = '1[3-9]\\d{9}';

export const MOBILE_PHONE_PATTERN = new RegExp(`^${MOBILE_PHONE_DIGITS}$`);

/** @example isMobilePhone('13800000001') === true; isMobilePhone('12800000001') === false */
export function isMobilePhone(s: string): boolean {
  return MOBILE_PHONE_PATTERN.test(s);
}
