/**
 * Grid capacity (合理承载量, PRODUCT.md §3): a visible formula with admin-set weights.
 *
 *   base     = population / 1000 × baseRate × classWeight[locationClass]
 *              × consumptionIndex ^ consumptionWeight / operatingCostIndex ^ costWeight
 *   computed = round((1 − retailerWeight) × base + retailerWeight × currentRetailers)
 *   capacity = override ?? computed
 *
 * With the default weights (exponents 1, retailer weight 0) it is the seed's formula, so the
 * demo grids keep their capacity on the first yearly recompute.
 */
import { z } from 'zod';

export const LOCATION_CLASSES = ['urban', 'town', 'rural'] as const;
export type LocationClass = (typeof LOCATION_CLASSES)[number];

export const capacityWeightsSchema = z.object({
  /** Retailers per 1,000 residents. */
  baseRate: z.number().min(0).max(100),
  classWeight: z.object({
    urban: z.number().min(0).max(10),
    town: z.number().min(0).max(10),
    rural: z.number().min(0).max(10),
  }),
  consumptionWeight: z.number().min(0).max(5),
  costWeight: z.number().min(0).max(5),
  /** 0..1: how far the computed value is pulled toward the retailers already there. */
  retailerWeight: z.number().min(0).max(1),
});
export type CapacityWeights = z.infer<typeof capacityWeightsSchema>;

export const DEFAULT_WEIGHTS: CapacityWeights = {
  baseRate: 4,
  classWeight: { urban: 1.2, town: 1, rural: 0.8 },
  consumptionWeight: 1,
  costWeight: 1,
  retailerWeight: 0,
};

export interface CapacityInputs {
  population: number;
  locationClass: string;
  consumptionIndex: number;
  operatingCostIndex: number;
  currentRetailers: number;
}

/** One computed capacity with every factor, for the "how was this number computed" panel. */
export interface CapacityComputation {
  inputs: CapacityInputs;
  weights: CapacityWeights;
  classWeight: number;
  base: number;
  computed: number;
  /** The same computation as one line of text, e.g. `12000/1000×4×1.2×1.1/0.9 = 70.4 → 70`. */
  formula: string;
}

/**
 * Capacity from the grid's inputs. An unknown location class weighs 1; a non-positive operating
 * cost index is treated as 1 (a divisor of 0 would make the grid limitless).
 * @example computeCapacity({population: 5000, locationClass: 'town', consumptionIndex: 1,
 *   operatingCostIndex: 1, currentRetailers: 3}).computed === 20
 */
export function computeCapacity(
  inputs: CapacityInputs,
  weights: CapacityWeights = DEFAULT_WEIGHTS,
): CapacityComputation {
  const cw = (weights.classWeight as Record<string, number>)[inputs.locationClass] ?? 1;
  const cost = inputs.operatingCostIndex > 0 ? inputs.operatingCostIndex : 1;
  const consumption = Math.max(0, inputs.consumptionIndex);
  const base =
    (Math.max(0, inputs.population) / 1000) *
    weights.baseRate *
    cw *
    (consumption ** weights.consumptionWeight / cost ** weights.costWeight);
  const blended =
    (1 - weights.retailerWeight) * base + weights.retailerWeight * inputs.currentRetailers;
  const computed = Math.max(0, Math.round(blended));
  const r = (x: number) => Math.round(x * 100) / 100;
  let formula =
    `${inputs.population}/1000×${weights.baseRate}×${cw}` +
    `×${consumption}^${weights.consumptionWeight}/${cost}^${weights.costWeight} = ${r(base)}`;
  if (weights.retailerWeight > 0) {
    formula += ` ; (1−${weights.retailerWeight})×${r(base)}+${weights.retailerWeight}×${inputs.currentRetailers} = ${r(blended)}`;
  }
  formula += ` → ${computed}`;
  return { inputs, weights, classWeight: cw, base, computed, formula };
}

/** The capacity in force: the admin's override when set, else the computed value. */
export function effectiveCapacity(computed: number, override: number | null): number {
  return override ?? computed;
}
