/**
 * The analysis page's data from the roll-up (analysis.rollup.ts): the cells of the selection
 * (the city row when the caller sees the whole city and picks no county), merged. A handful of
 * rows whatever the size of the city.
 */
import {
  ANALYSIS_STEPS,
  emptyCell,
  mergeCell,
  monthsBetween,
  quantile,
  shareWithin,
  STATUTORY_STEP_DAYS,
  type AnalysisCell,
  type AnalysisData,
  type AnalysisQuery,
  type AnalysisStep,
  type SaturationMonth,
} from '../../../core/analysis';
import { BUSINESS_TYPES, type BusinessType } from '../../../core/business-types';
import type { SaturationLevel } from '../../../core/saturation';

type Promised = Partial<Record<BusinessType, Partial<Record<AnalysisStep, number>>>>;

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The default period: the twelve months up to today's. */
export function defaultPeriod(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const from = m === 12 ? `${y}-01` : `${y - 1}-${String(m + 1).padStart(2, '0')}`;
  return { from, to: today.slice(0, 7) };
}

function promisedFor(p: Promised, type: BusinessType | undefined, step: AnalysisStep) {
  if (type) return p[type]?.[step] ?? null;
  const values = new Set(BUSINESS_TYPES.map((t) => p[t]?.[step]));
  const [only] = values;
  return values.size === 1 && only !== undefined ? only : null;
}

export async function analysisData(
  db: D1Database,
  q: AnalysisQuery & { from: string; to: string },
  counties: readonly string[],
  wholeCity: boolean,
): Promise<AnalysisData> {
  const useCity = wholeCity && !q.county;
  const keys = useCity ? ['*'] : q.county ? counties.filter((c) => c === q.county) : [...counties];
  const months = monthsBetween(q.from, q.to);
  const wanted = q.type ?? '*';
  // One round trip: the selection's cells (one type, or the all-types cell that also carries
  // the by-type counts), its saturation snapshots, and the run (limits, officers' names).
  const inKeys = keys.map(() => '?').join(',') || "''";
  const [cellRes, satRes, runRes] = await db.batch([
    db
      .prepare(
        `SELECT month, cell_json AS cell FROM analysis_cells
         WHERE county IN (${inKeys}) AND type = ? AND month BETWEEN ? AND ?`,
      )
      .bind(...keys, wanted, q.from, q.to),
    db
      .prepare(
        `SELECT month, green, yellow, red, none, buckets_json AS buckets FROM analysis_saturation
         WHERE county IN (${inKeys}) AND month BETWEEN ? AND ? ORDER BY month`,
      )
      .bind(...keys, q.from, q.to),
    db.prepare(
      `SELECT built_at AS builtAt, promised_json AS run FROM analysis_runs WHERE id = 'city'`,
    ),
  ]);
  const cellRows = (cellRes?.results ?? []) as { month: string; cell: string }[];
  const satRows = (satRes?.results ?? []) as ({ month: string; buckets: string } & Record<
    SaturationLevel,
    number
  >)[];
  const run = (runRes?.results[0] ?? null) as { builtAt: string; run: string } | null;
  const total = emptyCell();
  const perMonth = new Map<string, AnalysisCell>(months.map((m) => [m, emptyCell()]));
  for (const r of cellRows) {
    const cell = JSON.parse(r.cell) as AnalysisCell;
    mergeCell(total, cell);
    const m = perMonth.get(r.month);
    if (m) mergeCell(m, cell);
  }
  const filedOf = (c: AnalysisCell): Partial<Record<BusinessType, number>> =>
    q.type ? { [q.type]: c.filed } : c.filedByType;
  const runInfo = JSON.parse(run?.run ?? '{}') as {
    limits?: Promised;
    officers?: Record<string, string>;
  };
  const promised = runInfo.limits ?? {};
  const steps = ANALYSIS_STEPS.map((step) => {
    const h = total.steps[step] ?? {};
    const p = promisedFor(promised, q.type, step);
    return {
      step,
      cases: Object.values(h).reduce((s, n) => s + n, 0),
      median: quantile(h, 0.5),
      p90: quantile(h, 0.9),
      statutory: STATUTORY_STEP_DAYS[step],
      promised: p,
      withinStatutory: shareWithin(h, STATUTORY_STEP_DAYS[step]),
      // Each case against the promise it ran under, which may differ from today's `promised`.
      withinPromised: share(total.withinPromised?.[step] ?? 0, total.promisedCases?.[step] ?? 0),
    };
  });
  // Saturation per month: the sum over the selected counties.
  const trend = new Map<string, SaturationMonth>();
  const buckets: Record<string, number[]> = {};
  for (const s of satRows) {
    const t = trend.get(s.month) ?? {
      month: s.month,
      levels: { green: 0, yellow: 0, red: 0, none: 0 },
    };
    for (const l of ['green', 'yellow', 'red', 'none'] as const) t.levels[l] += s[l];
    trend.set(s.month, t);
    const b = (buckets[s.month] ??= Array(11).fill(0) as number[]);
    (JSON.parse(s.buckets) as number[]).forEach((n, i) => (b[i] = (b[i] ?? 0) + n));
  }
  const trendList = [...trend.values()].sort((a, b) => a.month.localeCompare(b.month));
  const latest = trendList[trendList.length - 1] ?? null;
  const officers = Object.entries(total.inspections).sort((a, b) => b[1] - a[1]);
  const names = runInfo.officers ?? {};
  return {
    builtAt: run?.builtAt ?? null,
    selection: { county: q.county ?? null, type: q.type ?? null, from: q.from, to: q.to },
    months,
    filed: months.map((month) => ({ month, byType: filedOf(perMonth.get(month) ?? emptyCell()) })),
    steps,
    onTime: months.map((month) => {
      const c = perMonth.get(month) ?? emptyCell();
      return {
        month,
        onTime: c.onTime,
        late: c.late,
        keptPromise: c.keptPromise ?? 0,
        brokePromise: c.brokePromise ?? 0,
      };
    }),
    decisions: {
      approved: total.approved,
      refused: total.refused,
      topRefusals: Object.entries(total.refusals)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 5)
        .map(([reason, cases]) => ({ reason, cases })),
    },
    saturation: { latest, buckets: latest ? (buckets[latest.month] ?? []) : [], trend: trendList },
    inspections: officers.map(([officer, n]) => ({
      officer,
      name: names[officer] ?? officer,
      inspections: n,
    })),
    ratings: months.map((month) => ({ month, byLevel: perMonth.get(month)?.ratings ?? {} })),
  };
}
