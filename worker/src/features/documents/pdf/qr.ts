/** The verify URL's QR code drawn as one vector path (uqr's module matrix, row runs merged). */
import { rgb, type PDFPage } from '@cantoo/pdf-lib';
import { encode } from 'uqr';
import { INK } from './pdf-kit';

/** Draws the code for `text` with its top-left corner at (x, top), `size` points square. */
export function drawQr(page: PDFPage, text: string, x: number, top: number, size: number): void {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  const n = data.length;
  let path = '';
  data.forEach((row, y) => {
    let start = -1;
    for (let i = 0; i <= n; i++) {
      const on = i < n && row[i];
      if (on && start < 0) start = i;
      if (!on && start >= 0) {
        path += `M${start} ${y}h${i - start}v1h${start - i}z`;
        start = -1;
      }
    }
  });
  // A quiet zone of white around the code so a scanner finds it on any background.
  const quiet = (size / n) * 2;
  page.drawRectangle({
    x: x - quiet,
    y: top - size - quiet,
    width: size + 2 * quiet,
    height: size + 2 * quiet,
    color: rgb(1, 1, 1),
  });
  page.drawSvgPath(path, { x, y: top, scale: size / n, color: INK });
}
