/**
 * Rebuilds rows of text from word boxes. Sparse-text mode (PSM 11) finds more words on cards
 * with a patterned background but returns them without line structure.
 */
import type { OcrLine, OcrWord } from './types';

const CJK = /[\u3400-\u9fff]/;

/** Words whose vertical centres fall within half a word height, as rows left to right. */
export function groupRows(words: readonly OcrWord[]): OcrWord[][] {
  const sorted = words
    .filter((w) => w.text.trim())
    .slice()
    .sort((a, b) => a.bbox.y0 + a.bbox.y1 - (b.bbox.y0 + b.bbox.y1));
  const rows: OcrWord[][] = [];
  for (const w of sorted) {
    const cy = (w.bbox.y0 + w.bbox.y1) / 2;
    const h = w.bbox.y1 - w.bbox.y0;
    const row = rows.find((r) => {
      const ref = r[0]!;
      const rcy = (ref.bbox.y0 + ref.bbox.y1) / 2;
      const rh = ref.bbox.y1 - ref.bbox.y0;
      return Math.abs(rcy - cy) < Math.max(h, rh) / 2;
    });
    if (row) row.push(w);
    else rows.push([w]);
  }
  for (const r of rows) r.sort((a, b) => a.bbox.x0 - b.bbox.x0);
  return rows;
}

/** Rows of text rebuilt from words (see groupRows). */
export function rowsFromWords(words: readonly OcrWord[]): OcrLine[] {
  return groupRows(words).map((r) => {
    let text = '';
    for (const w of r) {
      const t = w.text.trim();
      const glue = text && !CJK.test(text.slice(-1)) && !CJK.test(t.charAt(0)) ? ' ' : '';
      text += glue + t;
    }
    const confidence = r.reduce((s, w) => s + w.confidence, 0) / r.length;
    const bbox = {
      x0: Math.min(...r.map((w) => w.bbox.x0)),
      y0: Math.min(...r.map((w) => w.bbox.y0)),
      x1: Math.max(...r.map((w) => w.bbox.x1)),
      y1: Math.max(...r.map((w) => w.bbox.y1)),
    };
    return { text, confidence, bbox };
  });
}
