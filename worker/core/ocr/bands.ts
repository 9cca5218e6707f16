/**
 * Where each field's text line sits on a rectified document, for the line recogniser: the
 * fixed layouts of the ID card front and of the two licence templates (2016 single-column,
 * 2019 two-column) give a window per field; the ink inside the window then gives the exact
 * line(s), and the blank gap after the printed label gives where the value starts. Positions
 * are fractions of the rectified page, so they hold at any resolution.
 */
import type { Gray } from './image';
import type { Box } from './types';

/**
 * Darker than this (0–255) counts as ink, on a light-evened page (`flatten(…, false)`): paper
 * and the faint security print stay above ~225 there, while blurred strokes of a phone photo
 * still fall below.
 */
const INK = 185;

/**
 * A field's window: rows whose centre lies in `y`; the value starts after the widest blank
 * gap found in `gap` (the label–value gap), or at `x[0]` when there is no label.
 */
export interface FieldWindow {
  y: [number, number];
  x: [number, number];
  gap?: [number, number];
  /** How many text lines the field may span (addresses wrap). */
  lines: number;
}

const dark = (g: Gray, x: number, y: number) => g.data[y * g.width + x]! < INK;

/**
 * Runs of rows holding ink inside `box` (absolute pixels): [y0, y1) pairs, gaps of up to
 * 4 px closed (a lone character like 号 has rows with only a stroke or two), runs under 10 px
 * dropped (specks, rules). A row counts when at least 0.3% of its pixels (and 2) are ink.
 * Columns inked over half the box's height are a printed frame or rule, not text, and are
 * ignored: a frame line touching every row would otherwise join all lines into one.
 */
export function inkRows(g: Gray, box: Box, rule = ruleColumns(g, box)): [number, number][] {
  const x0 = Math.max(0, Math.round(box.x0));
  const x1 = Math.min(g.width, Math.round(box.x1));
  const y0 = Math.max(0, Math.round(box.y0));
  const y1 = Math.min(g.height, Math.round(box.y1));
  const need = Math.max(2, 0.003 * (x1 - x0));
  const runs: [number, number][] = [];
  for (let y = y0; y < y1; y++) {
    let n = 0;
    for (let x = x0; x < x1; x++) if (!rule[x] && dark(g, x, y)) n++;
    if (n < need) continue;
    const last = runs.at(-1);
    if (last && y - last[1] <= 4) last[1] = y + 1;
    else runs.push([y, y + 1]);
  }
  return runs.filter(([a, b]) => b - a >= 10);
}

/** Per column of the page (1 = rule): columns of `box` inked over half its height. */
export function ruleColumns(g: Gray, box: Box): Uint8Array {
  const rule = new Uint8Array(g.width);
  const y0 = Math.max(0, Math.round(box.y0));
  const y1 = Math.min(g.height, Math.round(box.y1));
  for (let x = Math.max(0, Math.round(box.x0)); x < Math.min(g.width, Math.round(box.x1)); x++) {
    let n = 0;
    for (let y = y0; y < y1; y++) if (dark(g, x, y)) n++;
    rule[x] = n > 0.5 * (y1 - y0) ? 1 : 0;
  }
  return rule;
}

/**
 * Columns holding ink between rows y0 and y1, as a boolean per column of [x0, x1); columns
 * marked in `rule` count as paper.
 */
function inkColumns(
  g: Gray,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  rule?: Uint8Array,
): boolean[] {
  const cols: boolean[] = [];
  x0 = Math.max(0, Math.round(x0));
  x1 = Math.min(g.width, Math.round(x1));
  y0 = Math.max(0, Math.round(y0));
  y1 = Math.min(g.height, Math.round(y1));
  for (let x = x0; x < x1; x++) {
    if (rule?.[x]) {
      cols.push(false);
      continue;
    }
    let n = 0;
    for (let y = y0; y < y1; y++) if (dark(g, x, y)) n++;
    cols.push(n >= 2);
  }
  return cols;
}

/** The end of the widest blank run of columns in [x0, x1), or null if every column has ink. */
export function gapEnd(
  g: Gray,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  rule?: Uint8Array,
): number | null {
  const cols = inkColumns(g, x0, x1, y0, y1, rule);
  let best: [number, number] | null = null;
  let start = -1;
  cols.forEach((ink, i) => {
    if (!ink && start < 0) start = i;
    if ((ink || i === cols.length - 1) && start >= 0) {
      const end = ink ? i : i + 1;
      if (!best || end - start > best[1] - best[0]) best = [start, end];
      start = -1;
    }
  });
  return best ? Math.max(0, Math.round(x0)) + (best as [number, number])[1] : null;
}

/** Shrinks [x0, x1) to the columns holding ink (plus `pad`), or null when there is none. */
export function inkSpan(
  g: Gray,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  pad: number,
  rule?: Uint8Array,
): [number, number] | null {
  const cols = inkColumns(g, x0, x1, y0, y1, rule);
  const first = cols.indexOf(true);
  if (first < 0) return null;
  const last = cols.lastIndexOf(true);
  const at = Math.max(0, Math.round(x0));
  return [Math.max(0, at + first - pad), Math.min(g.width, at + last + 1 + pad)];
}

/**
 * The boxes of a field's value lines on page `g` (absolute pixels, padded for the
 * recogniser), top to bottom; empty when the window holds no ink.
 */
export function fieldLines(g: Gray, w: FieldWindow): Box[] {
  const W = g.width;
  const H = g.height;
  const span = (w.y[1] - w.y[0]) * H;
  // Rows are searched beyond the window so a line crossing its edge is kept whole; a row
  // belongs to the field when its centre is inside the window.
  const search = {
    x0: w.x[0] * W,
    x1: w.x[1] * W,
    y0: w.y[0] * H - span / 2,
    y1: w.y[1] * H + span / 2,
  };
  const rule = ruleColumns(g, search);
  const rows = inkRows(g, search, rule).filter(
    ([a, b]) => (a + b) / 2 >= w.y[0] * H && (a + b) / 2 < w.y[1] * H,
  );
  const boxes: Box[] = [];
  let start = w.x[0] * W;
  for (const [i, [y0, y1]] of rows.slice(0, w.lines).entries()) {
    // The label stands on the first line only; wrapped lines start where the value did.
    if (i === 0 && w.gap) {
      start = gapEnd(g, w.gap[0] * W, w.gap[1] * W, y0, y1, rule) ?? w.gap[1] * W;
    }
    const h = y1 - y0;
    const pad = Math.round(h / 3);
    const xs = inkSpan(g, Math.round(start), Math.round(w.x[1] * W), y0, y1, pad, rule);
    if (!xs) continue;
    const padY = Math.round(h * 0.25);
    boxes.push({ x0: xs[0], x1: xs[1], y0: Math.max(0, y0 - padY), y1: Math.min(H, y1 + padY) });
  }
  return boxes;
}

/** ID card front (values right of the labels, left of the portrait at x ≈ 0.65). */
export const ID_WINDOWS = {
  name: { y: [0.09, 0.22], x: [0.04, 0.64], gap: [0.12, 0.2], lines: 1 },
  // Sex and ethnicity share a row; the 民族 label stays in the crop and splits them.
  sexEthnicity: { y: [0.22, 0.34], x: [0.04, 0.64], gap: [0.12, 0.2], lines: 1 },
  birth: { y: [0.34, 0.46], x: [0.04, 0.64], gap: [0.12, 0.2], lines: 1 },
  address: { y: [0.46, 0.76], x: [0.04, 0.66], gap: [0.12, 0.2], lines: 3 },
  idNumber: { y: [0.76, 0.95], x: [0.25, 0.98], lines: 1 },
} satisfies Record<string, FieldWindow>;

export type LicenceTemplate = 2016 | 2019;
export type LicenceWindowKey =
  'credit_code' | 'name' | 'type' | 'legal_rep' | 'address' | 'reg_date';

const COL_2016 = { x: [0.13, 0.97], gap: [0.22, 0.3] } as const;
const LEFT_2019 = { x: [0.06, 0.535], gap: [0.14, 0.21] } as const;
const RIGHT_2019 = { x: [0.535, 0.97], gap: [0.595, 0.67] } as const;
// Two lines: on a scan framed with a margin the label row can take the first one; the label is
// stripped by the parser.
const credit = (): FieldWindow => ({ y: [0.255, 0.34], x: [0.04, 0.45], lines: 2 });

export const LICENCE_WINDOWS: Record<LicenceTemplate, Record<LicenceWindowKey, FieldWindow>> = {
  2016: {
    credit_code: credit(),
    name: { y: [0.365, 0.427], ...copy(COL_2016), lines: 1 },
    type: { y: [0.427, 0.489], ...copy(COL_2016), lines: 1 },
    legal_rep: { y: [0.489, 0.551], ...copy(COL_2016), lines: 1 },
    address: { y: [0.551, 0.614], ...copy(COL_2016), lines: 1 },
    reg_date: { y: [0.677, 0.739], ...copy(COL_2016), lines: 1 },
  },
  2019: {
    credit_code: credit(),
    name: { y: [0.36, 0.43], ...copy(LEFT_2019), lines: 1 },
    type: { y: [0.43, 0.5], ...copy(LEFT_2019), lines: 1 },
    legal_rep: { y: [0.5, 0.57], ...copy(LEFT_2019), lines: 1 },
    reg_date: { y: [0.43, 0.5], ...copy(RIGHT_2019), lines: 1 },
    address: { y: [0.572, 0.68], ...copy(RIGHT_2019), lines: 2 },
  },
};

function copy(c: { x: readonly [number, number]; gap: readonly [number, number] }) {
  return { x: [...c.x] as [number, number], gap: [...c.gap] as [number, number] };
}

/**
 * Which licence template a rectified page is: the 2019 layout prints its left labels at
 * x ≈ 0.08–0.17, where the 2016 layout (labels from x ≈ 0.16) has only paper.
 */
export function licenceTemplate(g: Gray): LicenceTemplate {
  const x0 = Math.round(0.075 * g.width);
  const x1 = Math.round(0.13 * g.width);
  const y0 = Math.round(0.37 * g.height);
  const y1 = Math.round(0.56 * g.height);
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (dark(g, x, y)) n++;
  return n / ((x1 - x0) * (y1 - y0)) > 0.01 ? 2019 : 2016;
}
