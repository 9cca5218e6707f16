/**
 * One grid per H3 cell holding a retailer. Capacity is core's formula (core/capacity.ts
 * `computeCapacity`) with its default weights, the ones the admin starts from, so the first
 * yearly recompute leaves the demo grids as they are.
 *
 * The demo needs a believable mix of red / yellow / green grids, so the seed first picks each
 * grid's saturation band (denser grids more likely full), then chooses a population that gives a
 * capacity in that band; the formula read forwards gives exactly that capacity.
 */
import type { LicenceStatus } from '../../core/business-types';
import {
  computeCapacity,
  DEFAULT_WEIGHTS,
  LOCATION_CLASSES,
  type CapacityInputs,
  type LocationClass,
} from '../../core/capacity';
import { countsTowardSaturation, saturationLevel } from '../../core/saturation';
import { OVERRIDE_REASONS } from './lexicon';
import type { Rng } from './prng';

/** Target share of grids per band (the rest green). */
const RED_SHARE = 0.15;
const YELLOW_SHARE = 0.125;
/** Fewer retailers than this and a full grid would need an implausibly small population. */
const MIN_RED = 5;

export interface GridRow {
  id: string;
  unit: string;
  res: number;
  population: number;
  klass: LocationClass;
  consumptionIndex: number;
  operatingCostIndex: number;
  capacityComputed: number;
  capacityOverride: number | null;
  overrideReason: string | null;
  capacity: number;
  retailerCount: number;
}

export interface GridInput {
  unit: string;
  res: number;
  cell: string;
  klass: LocationClass;
  status: LicenceStatus;
}

/** Plausible populations for grids of each class and resolution, when nothing else decides. */
const POP_RANGE: Record<LocationClass, Record<number, [number, number]>> = {
  urban: { 8: [2000, 15000], 7: [15000, 60000] },
  town: { 8: [1500, 8000], 7: [5000, 30000] },
  rural: { 8: [800, 4000], 7: [3000, 25000] },
};

/** What core's capacity formula reads of a grid. */
type CapacityFacts = Pick<
  GridRow,
  'population' | 'klass' | 'consumptionIndex' | 'operatingCostIndex' | 'retailerCount'
>;

/** The formula's inputs for a grid: the seed's fields under core's names. */
function inputsOf(g: CapacityFacts): CapacityInputs {
  return {
    population: g.population,
    locationClass: g.klass,
    consumptionIndex: g.consumptionIndex,
    operatingCostIndex: g.operatingCostIndex,
    currentRetailers: g.retailerCount,
  };
}

/** A grid's computed capacity: core's formula and default weights, nothing of the seed's own. */
function capacityOf(g: CapacityFacts): number {
  return computeCapacity(inputsOf(g), DEFAULT_WEIGHTS).computed;
}

export function makeGrids(points: GridInput[], rng: Rng): GridRow[] {
  const cells = new Map<
    string,
    { unit: string; res: number; count: number; classes: Record<LocationClass, number> }
  >();
  for (const p of points) {
    let c = cells.get(p.cell);
    if (!c) {
      c = { unit: p.unit, res: p.res, count: 0, classes: { urban: 0, town: 0, rural: 0 } };
      cells.set(p.cell, c);
    }
    c.classes[p.klass]++;
    if (countsTowardSaturation(p.status)) c.count++;
  }
  const ids = [...cells.keys()].sort();
  const n = ids.length;

  // Weighted sampling without replacement (key = u^(1/w)): denser grids fill up first.
  const pickBand = (eligible: string[], want: number): Set<string> =>
    new Set(
      eligible
        .map((id) => [rng.next() ** (1 / (cells.get(id)?.count ?? 1)), id] as const)
        .sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? -1 : 1))
        .slice(0, want)
        .map(([, id]) => id),
    );
  const yellow = pickBand(
    ids.filter((id) => (cells.get(id)?.count ?? 0) >= 9),
    Math.round(n * YELLOW_SHARE),
  );
  const red = pickBand(
    ids.filter((id) => !yellow.has(id) && (cells.get(id)?.count ?? 0) >= MIN_RED),
    Math.round(n * RED_SHARE),
  );

  return ids.map((id) => {
    const c = cells.get(id) as NonNullable<ReturnType<typeof cells.get>>;
    const klass = LOCATION_CLASSES.reduce((a, b) => (c.classes[b] > c.classes[a] ? b : a));
    const ci = round2(rng.range(0.8, 1.3));
    const oci = round2(rng.range(0.8, 1.3));
    const grid = { klass, consumptionIndex: ci, operatingCostIndex: oci, retailerCount: c.count };
    const [lo, hi] = POP_RANGE[klass][c.res] ?? [1000, 10000];
    let population: number;
    if (red.has(id) || yellow.has(id)) {
      const target = red.has(id)
        ? Math.max(1, Math.min(c.count, Math.floor(c.count / rng.range(1.0, 1.3))))
        : c.count + rng.int(1, Math.max(1, Math.floor(c.count / 0.9) - c.count));
      population = populationFor(target, grid);
    } else {
      // Green: a population that leaves room (≤ 85% full), at least the class minimum.
      const target = Math.ceil(c.count / rng.range(0.3, 0.85)) + 1;
      population = Math.max(
        populationFor(target, grid),
        c.count === 0 ? rng.int(lo, hi) : lo + rng.int(0, 50) * 10,
      );
    }
    const capacityComputed = capacityOf({ ...grid, population });
    let capacityOverride: number | null = null;
    let overrideReason: string | null = null;
    if (c.count >= 5 && rng.chance(0.015)) {
      const reason = rng.pick(OVERRIDE_REASONS);
      const up = reason.includes('增加');
      capacityOverride = Math.max(1, capacityComputed + (up ? 1 : -1) * rng.int(2, 5));
      overrideReason = reason;
    }
    return {
      id,
      unit: c.unit,
      res: c.res,
      population,
      klass,
      consumptionIndex: ci,
      operatingCostIndex: oci,
      capacityComputed,
      capacityOverride,
      overrideReason,
      capacity: capacityOverride ?? capacityComputed,
      retailerCount: c.count,
    };
  });
}

/** The smallest population (a multiple of 10) whose computed capacity is exactly `target`. */
function populationFor(target: number, g: Omit<CapacityFacts, 'population'>): number {
  const at = (population: number) => capacityOf({ ...g, population });
  // Before rounding, capacity is proportional to population: the base at 1,000 is the slope.
  const per1000 = computeCapacity(inputsOf({ ...g, population: 1000 }), DEFAULT_WEIGHTS).base;
  let pop = Math.max(10, Math.round((target * 1000) / per1000 / 10) * 10);
  while (pop > 10 && at(pop - 10) >= target) pop -= 10;
  while (at(pop) < target) pop += 10;
  return pop;
}

export const gridLevel = (g: GridRow): string => saturationLevel(g.retailerCount, g.capacity);

const round2 = (x: number): number => Math.round(x * 100) / 100;
