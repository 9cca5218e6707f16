/**
 * Rebuilds rows of text from word boxes. Sparse-text mode (PSM 11) finds more words on cards
 * with a patterned background but returns them without line structure.
 */
import type { OcrLine, OcrWord } from './types';

const CJK = /[\u3400-\u9fff]/;

/** Groups words whose vertical centres fall within half a word height, left to right. */
export function rowsFromWords(words: readonly OcrWord[]): OcrLine[] {
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
  return rows.map((r) => {
    r.sort((a, b) => a.bbox.x0 - b.bbox.x0);
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
