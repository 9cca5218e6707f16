/**
 * Grid saturation (合理布局, PRODUCT.md §3): current licensed retailers / grid capacity.
 * Red ≥ 100% (no new licences, applications queue), yellow 90–100%, green < 90%; a grid whose
 * capacity comes to no place at all has no saturation ('none', see saturationLevel).
 */
import type { LicenceStatus } from './business-types';

/**
 * The levels, from room to spare to full, then "no places set"; maps and filters list them in
 * this order.
 */
export const SATURATION_LEVELS = ['green', 'yellow', 'red', 'none'] as const;
export type SaturationLevel = (typeof SATURATION_LEVELS)[number];

export const SATURATION_LABELS: Record<SaturationLevel, { zh: string; en: string }> = {
  green: { zh: '未饱和', en: 'Below 90%' },
  yellow: { zh: '接近饱和', en: 'Nearly full (90–100%)' },
  red: { zh: '已饱和', en: 'Full (100% or more)' },
  none: { zh: '未设名额', en: 'No places set' },
};

/**
 * Level for a grid. Thresholds are compared in integers (count·10 ≥ capacity·9) so exactly 90%
 * is yellow without floating-point doubt. Capacity counts whole places (rounded down).
 *
 * A capacity of no place at all (0, negative, NaN, or under 1) is 'none', not red: saturation is
 * retailers per place, and with no place there is nothing to be 90% or 100% of. Such a grid has
 * not had a capacity set (an imported polygon before the yearly recompute, a zero population, an
 * override to 0): calling it "已饱和" would tell an applicant the market is full of shops where
 * there may be none, and count it among the grids "turning red" instead of the ones an admin
 * must give a capacity. It still admits no new licence (freePlaces is 0), so applications queue.
 */
export function saturationLevel(count: number, capacity: number): SaturationLevel {
  checkCount(count);
  const places = placesOf(capacity);
  if (places === 0) return 'none';
  if (count >= places) return 'red';
  if (count * 10 >= places * 9) return 'yellow';
  return 'green';
}

/**
 * count / capacity, for display; null when the grid has no place (level 'none'): there is no
 * ratio to show, rather than a 100% that would read as "full".
 */
export function saturationRatio(count: number, capacity: number): number | null {
  checkCount(count);
  const places = placesOf(capacity);
  if (places === 0) return null;
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
