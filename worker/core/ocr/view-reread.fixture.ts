/** Line-model readings for the view re-read's tests (view-reread.ts). */
import type { LineResult } from './line-pass';

/** A view's reading as the line model reports it: each character with its confidence. */
export function view(...chars: [string, number][]): LineResult {
  return {
    text: chars.map(([ch]) => ch).join(''),
    confidence: 90,
    chars: chars.map(([ch, confidence], i) => ({ ch, x: 20 + 40 * i, confidence })),
  };
}

/** The same spread evenly over a view `width` pixels wide (characters across its crop). */
export function spread(width: number, r: LineResult): LineResult {
  const n = r.chars!.length;
  return { ...r, chars: r.chars!.map((c, i) => ({ ...c, x: ((i + 0.5) * width) / n })) };
}
