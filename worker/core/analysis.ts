/**
 * 办证智能分析: what the nightly roll-up keeps per county, business type and month (a cell),
 * how cells add up, and how the page's numbers come out of them: step timings as histograms of
 * working days (so a median and a p90 of any selection are exact), decisions, refusal reasons,
 * inspections per officer, ratings. Pure: the worker stores cells, the API merges them.
 */
import { z } from 'zod';
import { BUSINESS_TYPES, type BusinessType } from './business-types';
import { DEFAULT_CLOCK_RULES } from './clocks';
import { RATING_LEVELS, type RatingLevel } from './ratings';
import type { SaturationLevel } from './saturation';

type Text = { zh: string; en: string };

/** The steps a case's time is cut into (the PDCA / ECRS review looks at each). */
export const ANALYSIS_STEPS = ['acceptance', 'decision', 'delivery', 'total'] as const;
export type AnalysisStep = (typeof ANALYSIS_STEPS)[number];

export const ANALYSIS_STEP_LABELS: Record<AnalysisStep, Text> = {
  acceptance: { zh: '受理（提交至受理）', en: 'Acceptance (filed → accepted)' },
  decision: { zh: '决定（受理至决定）', en: 'Decision (accepted → decided)' },
  delivery: { zh: '送达（决定至送达）', en: 'Delivery (decided → delivered)' },
  total: { zh: '全程（提交至决定）', en: 'Whole case (filed → decided)' },
};

/** Statutory limits in working days (37号令, clocks.ts); an extension is not counted here. */
export const STATUTORY_STEP_DAYS: Record<AnalysisStep, number> = {
  acceptance: DEFAULT_CLOCK_RULES.correctionNoticeDays,
  decision: DEFAULT_CLOCK_RULES.decisionDays,
  delivery: DEFAULT_CLOCK_RULES.deliveryDays,
  total: DEFAULT_CLOCK_RULES.correctionNoticeDays + DEFAULT_CLOCK_RULES.decisionDays,
};

/** Histogram: working days (as a string key) → cases. */
export type Histogram = Record<string, number>;

/** What the roll-up keeps for one county, type and month. */
export interface AnalysisCell {
  /** Cases filed (submitted) in the month. */
  filed: number;
  /** In the all-types cell ('*'): the cases filed by business type, for the by-type chart. */
  filedByType: Partial<Record<BusinessType, number>>;
  approved: number;
  refused: number;
  /** Decided in the month within the statutory limits of every step so far (extension allowed). */
  onTime: number;
  late: number;
  /**
   * Decided in the month within the promised limit of every step so far (its SOP, or its guide
   * where no SOP was set: analysis-promises.ts), the extension allowed as for the law's clock.
   */
  keptPromise?: number;
  brokePromise?: number;
  /** Per step, cases timed against a promised limit, and those within it (by the step's end). */
  promisedCases?: Partial<Record<AnalysisStep, number>>;
  withinPromised?: Partial<Record<AnalysisStep, number>>;
  /** Working days per step, by the month the step ended. */
  steps: Partial<Record<AnalysisStep, Histogram>>;
  /** Refusal reason (first line) → cases refused in the month. */
  refusals: Record<string, number>;
  /** Officer (staff id) → inspections finished in the month (names: the run's `officers`). */
  inspections: Record<string, number>;
  /** Overall rating → ratings of cases ended in the month. */
  ratings: Partial<Record<RatingLevel, number>>;
}

export function emptyCell(): AnalysisCell {
  return {
    filed: 0,
    filedByType: {},
    approved: 0,
    refused: 0,
    onTime: 0,
    late: 0,
    keptPromise: 0,
    brokePromise: 0,
    promisedCases: {},
    withinPromised: {},
    steps: {},
    refusals: {},
    inspections: {},
    ratings: {},
  };
}

function addCounts<K extends string>(
  into: Partial<Record<K, number>>,
  from: Partial<Record<K, number>>,
) {
  for (const [k, n] of Object.entries(from) as [K, number][]) into[k] = (into[k] ?? 0) + n;
}

/** Adds `b` into `a` (a is changed and returned). */
export function mergeCell(a: AnalysisCell, b: AnalysisCell): AnalysisCell {
  a.filed += b.filed;
  addCounts(a.filedByType, b.filedByType);
  a.approved += b.approved;
  a.refused += b.refused;
  a.onTime += b.onTime;
  a.late += b.late;
  // Cells rolled up before promises were kept lack these counts.
  a.keptPromise = (a.keptPromise ?? 0) + (b.keptPromise ?? 0);
  a.brokePromise = (a.brokePromise ?? 0) + (b.brokePromise ?? 0);
  addCounts((a.promisedCases ??= {}), b.promisedCases ?? {});
  addCounts((a.withinPromised ??= {}), b.withinPromised ?? {});
  for (const step of ANALYSIS_STEPS) {
    const h = b.steps[step];
    if (h) addCounts((a.steps[step] ??= {}), h);
  }
  addCounts(a.refusals, b.refusals);
  addCounts(a.inspections, b.inspections);
  addCounts(a.ratings, b.ratings);
  return a;
}

/**
 * The q-quantile (0–1) of a histogram of whole days, nearest-rank: the smallest value with at
 * least q of the cases at or below it. Null for an empty histogram.
 *
 *   quantile({ '2': 1, '5': 3 }, 0.5) === 5
 */
export function quantile(h: Histogram, q: number): number | null {
  const entries = Object.entries(h)
    .map(([k, n]) => [Number(k), n] as const)
    .filter(([, n]) => n > 0)
    .sort((x, y) => x[0] - y[0]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const [days, n] of entries) {
    seen += n;
    if (seen >= rank) return days;
  }
  return entries[entries.length - 1]?.[0] ?? null;
}

/** The share of cases at or below `limit` days, 0–1 (null when none). */
export function shareWithin(h: Histogram, limit: number): number | null {
  let total = 0;
  let within = 0;
  for (const [k, n] of Object.entries(h)) {
    total += n;
    if (Number(k) <= limit) within += n;
  }
  return total === 0 ? null : within / total;
}

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month, YYYY-MM');
export const analysisQuerySchema = z
  .object({
    county: z
      .string()
      .regex(/^\d{6}$/, 'a six-digit county code')
      .optional(),
    type: z.enum(BUSINESS_TYPES).optional(),
    from: month.optional(),
    to: month.optional(),
  })
  .strict();
export type AnalysisQuery = z.infer<typeof analysisQuerySchema>;

/** The number of months from `from` to `to`, both included (0 when `to` is before `from`). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) [y, m] = [y + 1, 1];
    if (out.length > 120) break;
  }
  return out;
}

export const MAX_PERIOD_MONTHS = 36;

export interface StepRow {
  step: AnalysisStep;
  cases: number;
  median: number | null;
  p90: number | null;
  statutory: number;
  /**
   * The limit the bureau promises new cases today (the type's SOP, else its 办事指南); null
   * where none is promised or the selected types promise different limits.
   */
  promised: number | null;
  withinStatutory: number | null;
  /** The share of cases within the promise each ran under (its SOP version, else the guide). */
  withinPromised: number | null;
}

export interface SaturationMonth {
  month: string;
  levels: Record<SaturationLevel, number>;
}

/** `GET /api/analysis`: everything the analysis page draws, for one selection. */
export interface AnalysisData {
  builtAt: string | null;
  selection: { county: string | null; type: BusinessType | null; from: string; to: string };
  months: string[];
  /** Per month, cases filed by business type. */
  filed: { month: string; byType: Partial<Record<BusinessType, number>> }[];
  steps: StepRow[];
  /** Per month, decided cases within the law's limits or not, and within the promised ones. */
  onTime: {
    month: string;
    onTime: number;
    late: number;
    keptPromise: number;
    brokePromise: number;
  }[];
  decisions: {
    approved: number;
    refused: number;
    topRefusals: { reason: string; cases: number }[];
  };
  saturation: {
    latest: SaturationMonth | null;
    /** Grids by saturation in tenths: index 0 = under 10% … 9 = 90–99%, 10 = full or over. */
    buckets: number[];
    trend: SaturationMonth[];
  };
  inspections: { officer: string; name: string; inspections: number }[];
  ratings: { month: string; byLevel: Partial<Record<RatingLevel, number>> }[];
}

export { RATING_LEVELS };
