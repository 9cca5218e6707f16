/**
 * TSPLIB 95 distance functions, to the letter (section 2 of the TSPLIB documentation): results
 * are integers, and a published optimum only holds under exactly these roundings.
 */
import type { TsplibInstance, TsplibMetric } from './tsplib';

/** TSPLIB's nint: round half up, as (int)(x + 0.5) for the non-negative values used here. */
const nint = (v: number) => Math.floor(v + 0.5);

/** TSPLIB's own π for GEO (not Math.PI: the optima were computed with this one). */
const GEO_PI = 3.141592;
const GEO_RRR = 6378.388;

/** DDD.MM (degrees and minutes) → radians, truncating toward zero as the TSPLIB code does. */
export function geoRadians(v: number): number {
  const deg = Math.trunc(v);
  const min = v - deg;
  return (GEO_PI * (deg + (5 * min) / 3)) / 180;
}

export function tsplibDistance(
  metric: TsplibMetric,
  xi: number,
  yi: number,
  xj: number,
  yj: number,
): number {
  switch (metric) {
    // sqrt of the sum, not Math.hypot: the reference C code's rounding, bit for bit.
    case 'EUC_2D':
      return nint(Math.sqrt((xi - xj) ** 2 + (yi - yj) ** 2));
    case 'CEIL_2D':
      return Math.ceil(Math.sqrt((xi - xj) ** 2 + (yi - yj) ** 2));
    case 'ATT': {
      const r = Math.sqrt(((xi - xj) ** 2 + (yi - yj) ** 2) / 10);
      const t = nint(r);
      return t < r ? t + 1 : t;
    }
    case 'GEO': {
      const [lati, loni, latj, lonj] = [
        geoRadians(xi),
        geoRadians(yi),
        geoRadians(xj),
        geoRadians(yj),
      ];
      const q1 = Math.cos(loni - lonj);
      const q2 = Math.cos(lati - latj);
      const q3 = Math.cos(lati + latj);
      // Clamped: rounding can push the cosine of two equal points just past 1 (acos → NaN).
      const cos = Math.min(1, Math.max(-1, 0.5 * ((1 + q1) * q2 - (1 - q1) * q3)));
      return Math.trunc(GEO_RRR * Math.acos(cos) + 1);
    }
  }
}

/** Row-major n×n matrix of an instance's distances. */
export function tsplibMatrix(inst: TsplibInstance): Float64Array {
  const n = inst.x.length;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = tsplibDistance(inst.metric, inst.x[i]!, inst.y[i]!, inst.x[j]!, inst.y[j]!);
      d[i * n + j] = v;
      d[j * n + i] = v;
    }
  }
  return d;
}

/** Length of a closed tour of 1-based node ids, in the instance's metric. */
export function tsplibTourLength(inst: TsplibInstance, tour: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < tour.length; k++) {
    const a = tour[k]! - 1;
    const b = tour[(k + 1) % tour.length]! - 1;
    s += tsplibDistance(inst.metric, inst.x[a]!, inst.y[a]!, inst.x[b]!, inst.y[b]!);
  }
  return s;
}
