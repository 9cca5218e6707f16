/** The seven business types (事项) of a tobacco retail licence. */
export const BUSINESS_TYPES = [
  'new',
  'renewal',
  'change',
  'suspension',
  'resume',
  'reissue',
  'closure',
] as const;
export type BusinessType = (typeof BUSINESS_TYPES)[number];

export const BUSINESS_TYPE_LABELS: Record<BusinessType, { zh: string; en: string }> = {
  new: { zh: '新办', en: 'New application' },
  renewal: { zh: '延续', en: 'Renewal' },
  change: { zh: '变更', en: 'Change' },
  suspension: { zh: '停业', en: 'Suspension' },
  resume: { zh: '恢复营业', en: 'Resume business' },
  reissue: { zh: '补办', en: 'Reissue' },
  closure: { zh: '歇业', en: 'Closure' },
};

/** Types that start from one of the applicant's existing licences. */
export function needsExistingLicence(type: BusinessType): boolean {
  return type !== 'new';
}

/**
 * Whether a decision on a case of this type waits for an inspection (PRODUCT.md §2: a 新办 is
 * decided only after its check, on site or remote). The other types keep the holder and the
 * premises (a real move or a new operator is a 新办), so their check is the window's review;
 * an approver may still send any case for inspection.
 */
export const INSPECTION_BEFORE_DECISION: Readonly<Record<BusinessType, boolean>> = {
  new: true,
  renewal: false,
  change: false,
  suspension: false,
  resume: false,
  reissue: false,
  closure: false,
};

export const LICENCE_STATUSES = ['active', 'suspended', 'cancelled', 'expired'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

/** A licence's status as the applicant's licence card, the form and the refusals name it. */
export const LICENCE_STATUS_LABELS: Record<LicenceStatus, { zh: string; en: string }> = {
  active: { zh: '有效', en: 'Active' },
  suspended: { zh: '停业中', en: 'Suspended' },
  cancelled: { zh: '已注销', en: 'Cancelled' },
  expired: { zh: '已过期', en: 'Expired' },
};
