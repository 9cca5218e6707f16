/**
 * The e-licence (电子许可证) and what a scan of its QR code tells anyone: one vocabulary of
 * verify statuses and the rule that picks one, shared by the worker and the PWA.
 */
import { compareDates } from './dates';
import type { LicenceStatus } from './business-types';
import type { JurisdictionKind } from './regions';

/** What the public verify page answers; `invalid` covers forged, altered and superseded codes. */
export const VERIFY_STATUSES = ['valid', 'suspended', 'cancelled', 'expired', 'invalid'] as const;
export type VerifyStatus = (typeof VERIFY_STATUSES)[number];

export const VERIFY_STATUS_LABELS: Record<VerifyStatus, { zh: string; en: string }> = {
  valid: { zh: '有效', en: 'Valid' },
  suspended: { zh: '停业中', en: 'Suspended' },
  cancelled: { zh: '已注销', en: 'Cancelled' },
  expired: { zh: '已过期', en: 'Expired' },
  invalid: { zh: '无效', en: 'Not valid' },
};

/** The business scope printed on every tobacco retail licence. */
export const BUSINESS_SCOPE = { zh: '卷烟、雪茄烟零售', en: 'Retail of cigarettes and cigars' };

/**
 * A licence's verify status on `today` (the app's date). A licence is valid through its
 * `expiresOn` day; a date past it is expired even before the nightly job marks it so.
 * @example verifyStatusOf({ status: 'active', expiresOn: '2026-03-01' }, '2026-03-02') === 'expired'
 */
export function verifyStatusOf(
  l: { status: LicenceStatus; expiresOn: string },
  today: string,
): Exclude<VerifyStatus, 'invalid'> {
  if (l.status === 'cancelled') return 'cancelled';
  if (l.status === 'expired' || compareDates(today, l.expiresOn) > 0) return 'expired';
  if (l.status === 'suspended') return 'suspended';
  return 'valid';
}

/**
 * The issuing bureau's name: a district's bureau carries the city's name, a county's or a
 * county-level city's stands alone.
 * @example issuingBureau('潍坊市', { name: '潍城区', kind: 'district' }) === '潍坊市潍城区烟草专卖局'
 */
export function issuingBureau(
  city: string,
  unit: { name: string; kind: JurisdictionKind },
): string {
  if (unit.kind === 'city') return `${unit.name}烟草专卖局`;
  return unit.kind === 'district' ? `${city}${unit.name}烟草专卖局` : `${unit.name}烟草专卖局`;
}

/** The longest verify token looked at; anything longer is `invalid` without more work. */
export const VERIFY_TOKEN_MAX = 200;
