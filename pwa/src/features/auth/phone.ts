/**
 * Mirrors `phoneSchema` in worker/core/api.ts. The PWA does not import the zod schema itself:
 * that would pull zod into the first download just to check eleven digits.
 */
export function isPhone(s: string): boolean {
  return /^1[3-9]\d{9}$/.test(s);
}
