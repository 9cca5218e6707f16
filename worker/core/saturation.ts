/**
 * Grid saturation (合理布局, PRODUCT.md §3): current licensed retailers / grid capacity.
 * Red ≥ 100% (no new licences, applications queue), yellow 90–100%, green < 90%.
 */
import type { LicenceStatus } from './business-types';

/** The three levels, from room to spare to full; maps and filters list them in this order. */
export const SATURATION_LEVELS = ['green', 'yellow', 'red'] as const;
export type SaturationLevel = (typeof SATURATION_LEVELS)[number];

export const SATURATION_LABELS: Record<SaturationLevel, { zh: string; en: string }> = {
  green: { zh: '未饱和', en: 'Below 90%' },
  yellow: { zh: '接近饱和', en: 'Nearly full (90–100%)' },
  red: { zh: '已饱和', en: 'Full (100% or more)' },
};

/**
 * Level for a grid. Thresholds are compared in integers (count·10 ≥ capacity·9) so exactly 90%
 * is yellow without floating-point doubt. Capacity counts whole places (rounded down); 0 or less
 * means the grid has no places: red, whatever the count.
 */
export function saturationLevel(count: number, capacity: number): SaturationLevel {
  checkCount(count);
  const places = placesOf(capacity);
  if (places === 0 || count >= places) return 'red';
  if (count * 10 >= places * 9) return 'yellow';
  return 'green';
}

/**
 * count / capacity, for display. With no capacity (≤ 0) the ratio is Infinity when there are
 * retailers and 1 when there are none, so "full" shows as ≥ 100% consistently with the red level.
 */
export function saturationRatio(count: number, capacity: number): number {
  checkCount(count);
  const places = placesOf(capacity);
  if (places === 0) return count > 0 ? Infinity : 1;
  return count / places;
}

/** Places left before the grid is full (never negative). */
export function freePlaces(count: number, capacity: number): number {
  checkCount(count);
  return Math.max(0, placesOf(capacity) - count);
}

/** Active and suspended licences occupy a place (a suspended shop may resume); others do not. */
export function countsTowardSaturation(status: LicenceStatus): boolean {
  return status === 'active' || status === 'suspended';
}

// Capacity is a number of places: a computed 9.7 still admits only 9 retailers. NaN, negative
// and zero capacities all mean "no places".
function placesOf(capacity: number): number {
  return capacity > 0 ? Math.floor(capacity) : 0;
}

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`retailer count must be a non-negative integer: ${count}`);
  }
}
