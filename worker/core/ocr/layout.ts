/**
 * The ID card front's fixed layout, as fractions of the rectified card: once the card is found
 * and rectified, each field sits in a known band, so a misread or faint label (the labels are
 * printed in light blue) no longer loses the field. Bands are generous; words are assigned by
 * their centres.
 */
import { rowsFromWords } from './rows';
import type { OcrLine, OcrWord } from './types';

interface Band {
  label: string;
  y: [number, number];
  x: [number, number];
}

/** Values start right of the labels (x ≈ 0.17); the portrait starts at x ≈ 0.64. */
const ID_BANDS: Band[] = [
  { label: '姓名', y: [0.09, 0.22], x: [0.16, 0.64] },
  { label: '性别', y: [0.22, 0.34], x: [0.16, 0.28] },
  { label: '民族', y: [0.22, 0.34], x: [0.38, 0.64] },
  { label: '出生', y: [0.34, 0.46], x: [0.16, 0.64] },
  { label: '住址', y: [0.46, 0.76], x: [0.16, 0.66] },
];

function inBand(w: OcrWord, b: Band, width: number, height: number): boolean {
  const cx = (w.bbox.x0 + w.bbox.x1) / 2 / width;
  const cy = (w.bbox.y0 + w.bbox.y1) / 2 / height;
  return cx >= b.x[0] && cx < b.x[1] && cy >= b.y[0] && cy < b.y[1];
}

/**
 * Rows labelled by position for `parseIdCard`: '姓名<name words>', '性别<..>民族<..>', ...
 * Example: words at the name band → { text: '姓名王秀英' }.
 */
export function idLayoutLines(words: readonly OcrWord[], width: number, height: number): OcrLine[] {
  const lines: OcrLine[] = [];
  let pendingSex: OcrLine | null = null;
  for (const b of ID_BANDS) {
    const rows = rowsFromWords(words.filter((w) => inBand(w, b, width, height)));
    // The band's label may have been read into the value: drop a leading copy of it.
    const text = rows.map((r) => r.text.replace(/\s+/g, '')).join(b.label === '住址' ? '\n' : '');
    const confidence = rows.length ? Math.min(...rows.map((r) => r.confidence)) : 0;
    const body = text.startsWith(b.label) ? text.slice(b.label.length) : text;
    if (b.label === '性别') {
      pendingSex = { text: `性别${body}`, confidence };
      continue;
    }
    if (b.label === '民族' && pendingSex) {
      lines.push({
        text: `${pendingSex.text}民族${body}`,
        confidence: Math.min(pendingSex.confidence, confidence),
      });
      continue;
    }
    if (b.label === '住址') {
      body
        .split('\n')
        .forEach((part, i) => lines.push({ text: i === 0 ? `住址${part}` : part, confidence }));
      continue;
    }
    lines.push({ text: `${b.label}${body}`, confidence });
  }
  return lines;
}
