/**
 * The bureau's seal drawn as vectors on a PDF page: a red ring, the bureau's name along the
 * upper arc, the five-pointed star and 行政许可专用章, as the PWA's seal (elicence/seal.tsx).
 * It is a demo seal and says so inside the ring: no real bureau's seal is reproduced.
 */
import { degrees, type PDFPage } from '@cantoo/pdf-lib';
import { SEAL_RED, type PdfSheet } from './pdf-kit';

export const DEMO_SEAL_MARK = '演示印章';

/** The star's outline as an SVG path around (0, 0), outer radius r (SVG's y points down). */
function starPath(r: number): string {
  const inner = r * 0.382;
  const pts = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(radius * Math.cos(a)).toFixed(2)} ${(radius * Math.sin(a)).toFixed(2)}`;
  });
  return `M ${pts.join(' L ')} Z`;
}

/** Draws the seal centred on (cx, cy) with radius r (points). */
export function drawSeal(
  sheet: PdfSheet,
  page: PDFPage,
  bureau: string,
  cx: number,
  cy: number,
  r: number,
): void {
  const color = SEAL_RED;
  const opacity = 0.85;
  page.drawCircle({
    x: cx,
    y: cy,
    size: r,
    borderColor: color,
    borderWidth: r * 0.06,
    borderOpacity: opacity,
  });
  // The name along 240° of the upper arc, each character upright towards the centre.
  const name = sheet.printable(bureau);
  const chars = [...name];
  const size = Math.min(r * 0.2, (r * 0.78 * 4.19) / Math.max(chars.length, 1));
  const span = Math.min(240, chars.length * ((size * 1.15) / (r * 0.78)) * (180 / Math.PI));
  const ring = r * 0.78;
  chars.forEach((ch, i) => {
    const theta = chars.length === 1 ? 0 : -span / 2 + (span * i) / (chars.length - 1);
    const t = (theta * Math.PI) / 180;
    const w = sheet.width(ch, size);
    // The glyph's centre on the ring, its baseline origin found by rotating back from there.
    const gx = cx + ring * Math.sin(t);
    const gy = cy + ring * Math.cos(t) - size * 0.05;
    const phi = -t;
    const vx = w / 2;
    const vy = size * 0.38;
    const ox = gx - (vx * Math.cos(phi) - vy * Math.sin(phi));
    const oy = gy - (vx * Math.sin(phi) + vy * Math.cos(phi));
    page.drawText(ch, {
      x: ox,
      y: oy,
      size,
      font: sheet.font,
      color,
      opacity,
      rotate: degrees(-theta),
    });
  });
  page.drawSvgPath(starPath(r * 0.3), { x: cx, y: cy + r * 0.05, color, opacity });
  const labelSize = r * 0.15;
  sheet.line(page, '行政许可专用章', {
    x: cx,
    y: cy - r * 0.48,
    size: labelSize,
    color,
    align: 'center',
  });
  sheet.line(page, DEMO_SEAL_MARK, {
    x: cx,
    y: cy - r * 0.7,
    size: labelSize * 0.8,
    color,
    align: 'center',
  });
}
