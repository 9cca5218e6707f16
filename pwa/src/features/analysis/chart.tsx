/**
 * A uPlot chart, loaded on first use (its chunk stays out of every install-time precache) and
 * sized to its container. Bars or lines over labelled x positions (months, steps, officers).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  colour: string;
}

export interface ChartSpec {
  kind: 'bars' | 'lines';
  labels: string[];
  series: ChartSeries[];
  /** Suffix of the y axis values, e.g. '%'. */
  unit?: string;
}

/** About how wide the longest label prints at the axis' 12 px (CJK full width), plus a gap. */
function labelWidth(labels: readonly string[]): number {
  const width = (l: string) =>
    [...l].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 12 : 7), 0);
  return Math.max(24, ...labels.map(width)) + 8;
}

const COUNT_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000];

let lib: Promise<typeof uPlot> | null = null;
function loadUPlot(): Promise<typeof uPlot> {
  lib ??= import('uplot').then((m) => m.default);
  return lib;
}

export function Chart({ spec, title }: { spec: ChartSpec; title: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let plot: uPlot | null = null;
    let gone = false;
    const observer = new ResizeObserver(() =>
      plot?.setSize({ width: el.clientWidth, height: 220 }),
    );
    loadUPlot()
      .then((U) => {
        if (gone) return;
        const n = spec.series.length;
        const x = spec.labels.map((_, i) => i);
        // Grouped bars: each series a narrower bar (align shifts them apart for two series).
        const barWidth = Math.min(0.7, 0.8 / Math.max(1, n));
        const opts: uPlot.Options = {
          width: el.clientWidth,
          height: 220,
          // Names only: a live legend printed ": 新办: --" until the pointer was over the chart.
          legend: { show: n > 1, live: false },
          cursor: { drag: { x: false, y: false } },
          scales: { x: { time: false, range: [-0.6, Math.max(0.6, x.length - 0.4)] } },
          axes: [
            {
              values: (_u, ticks) => ticks.map((t) => spec.labels[t] ?? ''),
              // Every label where they fit, else every 2nd, 3rd…: with one step only, uPlot
              // drew none at all once the labels were closer than its 50 px (eleven bars).
              incrs: [1, 2, 3, 4, 5, 10, 20, 50],
              space: labelWidth(spec.labels),
              grid: { show: false },
            },
            {
              values: (_u, ticks) => ticks.map((t) => `${t}${spec.unit ?? ''}`),
              size: 56,
              // Counts step in whole numbers (there is no half a rating); rates as uPlot likes.
              ...(spec.unit ? {} : { incrs: COUNT_STEPS }),
            },
          ],
          series: [
            {
              // A blank (not empty) label: uPlot would print "Value" for an empty one.
              label: ' ',
              value: (_u: uPlot, v: number | null) => (v === null ? '' : (spec.labels[v] ?? '')),
            },
            ...spec.series.map((s, i) => ({
              label: s.label,
              stroke: s.colour,
              fill: spec.kind === 'bars' ? s.colour : undefined,
              width: spec.kind === 'bars' ? 0 : 2,
              points: { show: spec.kind === 'lines' && x.length < 3 },
              paths:
                spec.kind === 'bars'
                  ? U.paths.bars?.({
                      size: [barWidth, 80],
                      align: n === 2 ? (i === 0 ? -1 : 1) : 0,
                    })
                  : undefined,
            })),
          ],
        };
        plot = new U(opts, [x, ...spec.series.map((s) => s.values)], el);
        observer.observe(el);
      })
      .catch(() => setFailed(true));
    return () => {
      gone = true;
      observer.disconnect();
      plot?.destroy();
    };
  }, [spec]);
  return (
    <div
      ref={box}
      class="analysis-chart"
      role="img"
      aria-label={title}
      data-testid="analysis-chart"
      data-failed={failed ? 'true' : undefined}
    />
  );
}
