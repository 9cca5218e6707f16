/**
 * What the layout rules (合理布局, PRODUCT.md §3) are about: the kinds of market grid and of
 * school. Free of zod, so screens that only name a kind do not download the rule schemas.
 */

/** A market grid is a default H3 cell or an official polygon imported by the admin. */
export const GRID_KINDS = ['h3', 'polygon'] as const;
export type GridKind = (typeof GRID_KINDS)[number];

/** The schools whose entrances have a no-licence zone around them. */
export const SCHOOL_KINDS = ['primary', 'secondary', 'kindergarten'] as const;
export type SchoolKind = (typeof SCHOOL_KINDS)[number];

export const SCHOOL_KIND_LABELS: Record<SchoolKind, { zh: string; en: string }> = {
  primary: { zh: '小学', en: 'Primary' },
  secondary: { zh: '中学', en: 'Secondary' },
  kindergarten: { zh: '幼儿园', en: 'Kindergarten' },
};
