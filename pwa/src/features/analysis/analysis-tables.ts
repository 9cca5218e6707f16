/** The analysis data as the page's charts and tables (pure: tested without a browser). */
import { ANALYSIS_STEP_LABELS, type AnalysisData } from '@core/analysis';
import { BUSINESS_TYPES, BUSINESS_TYPE_LABELS } from '@core/business-types';
import { RATING_LEVELS, RATING_LEVEL_LABELS } from '@core/ratings';
import { SATURATION_LABELS } from '@core/saturation';
import { t } from '../../app/i18n';
import type { ChartSpec } from './chart';
import type { TableData } from './panel';
import { S } from './analysis.strings';

const COLOURS = ['#1f6feb', '#b54708', '#1a7f37', '#8250df', '#b42318', '#0e7490', '#57606a'];
const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

export interface View {
  id: string;
  title: typeof S.title;
  chart?: ChartSpec;
  table: TableData;
}

export function analysisViews(d: AnalysisData): View[] {
  const types = BUSINESS_TYPES.filter((ty) => d.filed.some((m) => (m.byType[ty] ?? 0) > 0));
  const months = d.months;
  const onTimeRate = d.onTime.map((m) =>
    m.onTime + m.late ? pct(m.onTime / (m.onTime + m.late)) : null,
  );
  // Each case against the promise it ran under (its SOP version, else the guide).
  const keptRate = d.onTime.map((m) =>
    m.keptPromise + m.brokePromise ? pct(m.keptPromise / (m.keptPromise + m.brokePromise)) : null,
  );
  const decided = d.decisions.approved + d.decisions.refused;
  const ratingLevels = RATING_LEVELS.filter((l) => d.ratings.some((m) => (m.byLevel[l] ?? 0) > 0));
  const buckets = d.saturation.buckets.map(
    (n, i) => [i === 10 ? '≥100%' : `${i * 10}–${i * 10 + 9}%`, n] as const,
  );
  return [
    {
      id: 'filed',
      title: S.filed,
      chart: {
        kind: 'lines',
        labels: months,
        series: types.map((ty, i) => ({
          label: t(BUSINESS_TYPE_LABELS[ty]),
          values: d.filed.map((m) => m.byType[ty] ?? 0),
          colour: COLOURS[i % COLOURS.length] ?? '#000',
        })),
      },
      table: {
        header: [t(S.month), ...types.map((ty) => t(BUSINESS_TYPE_LABELS[ty])), t(S.total)],
        rows:
          types.length === 0
            ? []
            : d.filed.map((m) => [
                m.month,
                ...types.map((ty) => m.byType[ty] ?? 0),
                types.reduce((s, ty) => s + (m.byType[ty] ?? 0), 0),
              ]),
      },
    },
    {
      id: 'steps',
      title: S.steps,
      chart: {
        kind: 'bars',
        labels: d.steps.map((s) => t(ANALYSIS_STEP_LABELS[s.step]).split(/[（(]/)[0] ?? s.step),
        series: [
          {
            label: t(S.median),
            values: d.steps.map((s) => s.median),
            colour: COLOURS[0] ?? '#000',
          },
          { label: t(S.p90), values: d.steps.map((s) => s.p90), colour: COLOURS[1] ?? '#000' },
        ],
      },
      table: {
        header: [
          t(S.step),
          t(S.cases),
          t(S.median),
          t(S.p90),
          t(S.statutory),
          t(S.promised),
          `${t(S.withinStatutory)} %`,
          `${t(S.withinPromised)} %`,
        ],
        rows: d.steps.every((s) => s.cases === 0)
          ? []
          : d.steps.map((s) => [
              t(ANALYSIS_STEP_LABELS[s.step]),
              s.cases,
              s.median,
              s.p90,
              s.statutory,
              s.promised,
              pct(s.withinStatutory),
              pct(s.withinPromised),
            ]),
      },
    },
    {
      id: 'on-time',
      title: S.onTime,
      chart: {
        kind: 'lines',
        labels: months,
        unit: '%',
        series: [
          { label: t(S.rate), values: onTimeRate, colour: COLOURS[2] ?? '#000' },
          { label: t(S.keptRate), values: keptRate, colour: COLOURS[0] ?? '#000' },
        ],
      },
      table: {
        header: [
          t(S.month),
          t(S.onTimeCount),
          t(S.lateCount),
          `${t(S.rate)} %`,
          t(S.keptCount),
          t(S.brokeCount),
          `${t(S.keptRate)} %`,
        ],
        rows:
          decided === 0
            ? []
            : d.onTime.map((m, i) => [
                m.month,
                m.onTime,
                m.late,
                onTimeRate[i] ?? null,
                m.keptPromise,
                m.brokePromise,
                keptRate[i] ?? null,
              ]),
      },
    },
    {
      id: 'decisions',
      title: S.decisions,
      chart: {
        kind: 'bars',
        // A reason is a sentence: the bars carry its number, the table below the words.
        labels: d.decisions.topRefusals.map((_, i) => String(i + 1)),
        series: [
          {
            label: t(S.refused),
            values: d.decisions.topRefusals.map((r) => r.cases),
            colour: COLOURS[4] ?? '#000',
          },
        ],
      },
      table: {
        header: [t(S.reason), t(S.cases)],
        rows:
          decided === 0
            ? []
            : [
                [
                  `${t(S.approved)} / ${t(S.refused)}`,
                  `${d.decisions.approved} / ${d.decisions.refused}`,
                ],
                [t(S.approvalRate), `${pct(d.decisions.approved / decided)}%`],
                ...d.decisions.topRefusals.map((r, i) => [`${i + 1}. ${r.reason}`, r.cases]),
              ],
      },
    },
    {
      id: 'saturation',
      title: S.saturation,
      chart: {
        kind: 'bars',
        labels: buckets.map((_, i) => (i === 10 ? '≥100%' : `${i * 10}%`)),
        series: [
          { label: t(S.grids), values: buckets.map(([, n]) => n), colour: COLOURS[3] ?? '#000' },
        ],
      },
      table: {
        header: [t(S.band), t(S.grids)],
        rows: d.saturation.latest
          ? [
              ...(['green', 'yellow', 'red', 'none'] as const).map((l) => [
                t(SATURATION_LABELS[l]),
                d.saturation.latest?.levels[l] ?? 0,
              ]),
              ...buckets.map(([b, n]) => [b, n]),
            ]
          : [],
      },
    },
    {
      id: 'trend',
      title: S.trend,
      chart: {
        kind: 'lines',
        labels: d.saturation.trend.map((m) => m.month),
        series: (['yellow', 'red'] as const).map((l, i) => ({
          label: t(SATURATION_LABELS[l]),
          values: d.saturation.trend.map((m) => m.levels[l]),
          colour: COLOURS[i + 1] ?? '#000',
        })),
      },
      table: {
        header: [
          t(S.month),
          ...(['green', 'yellow', 'red', 'none'] as const).map((l) => t(SATURATION_LABELS[l])),
        ],
        rows: d.saturation.trend.map((m) => [
          m.month,
          m.levels.green,
          m.levels.yellow,
          m.levels.red,
          m.levels.none,
        ]),
      },
    },
    {
      id: 'inspections',
      title: S.inspections,
      chart: {
        kind: 'bars',
        // The name without its unit (孙丽, not 孙丽（潍城区稽查）): the table says the rest.
        labels: d.inspections.map((o) => o.name.replace(/[（(].*$/, '')),
        series: [
          {
            label: t(S.inspections),
            values: d.inspections.map((o) => o.inspections),
            colour: COLOURS[5] ?? '#000',
          },
        ],
      },
      table: {
        header: [t(S.officer), t(S.cases)],
        rows: d.inspections.map((o) => [o.name, o.inspections]),
      },
    },
    {
      id: 'ratings',
      title: S.ratings,
      chart: {
        kind: 'lines',
        labels: months,
        series: ratingLevels.map((l, i) => ({
          label: t(RATING_LEVEL_LABELS[l]),
          values: d.ratings.map((m) => m.byLevel[l] ?? 0),
          colour: COLOURS[i % COLOURS.length] ?? '#000',
        })),
      },
      table: {
        header: [t(S.month), ...ratingLevels.map((l) => t(RATING_LEVEL_LABELS[l]))],
        rows:
          ratingLevels.length === 0
            ? []
            : d.ratings.map((m) => [m.month, ...ratingLevels.map((l) => m.byLevel[l] ?? 0)]),
      },
    },
  ];
}
