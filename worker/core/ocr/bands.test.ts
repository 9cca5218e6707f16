import { describe, expect, it } from 'vitest';
import { fieldLines, gapEnd, inkRows, inkSpan, licenceTemplate } from './bands';
import type { Gray } from './image';

/** A white page with black rectangles [x0, y0, x1, y1). */
function page(width: number, height: number, rects: [number, number, number, number][]): Gray {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, x1, y1] of rects) {
    for (let y = y0; y < y1; y++) data.fill(0, y * width + x0, y * width + x1);
  }
  return { width, height, data };
}

describe('inkRows', () => {
  it('finds text rows, closes small gaps and drops specks', () => {
    const g = page(200, 100, [
      [10, 10, 100, 20],
      [10, 23, 100, 30], // 3 px gap: same row
      [10, 50, 60, 70],
      [150, 90, 152, 93], // speck
    ]);
    expect(inkRows(g, { x0: 0, y0: 0, x1: 200, y1: 100 })).toEqual([
      [10, 30],
      [50, 70],
    ]);
  });
});

describe('rule columns', () => {
  it('does not let a printed frame line join the lines, nor widen a value', () => {
    const g = page(300, 200, [
      [280, 0, 282, 200], // frame
      [10, 40, 100, 60],
      [10, 80, 60, 100],
    ]);
    const box = { x0: 0, y0: 0, x1: 300, y1: 200 };
    expect(inkRows(g, box)).toEqual([
      [40, 60],
      [80, 100],
    ]);
    const boxes = fieldLines(g, { y: [0.15, 0.35], x: [0, 1], lines: 1 });
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.x1).toBeLessThan(120);
  });
});

describe('gapEnd and inkSpan', () => {
  // A label (x 10–40), a gap, a value (x 70–150), with a small gap inside the label.
  const g = page(200, 40, [
    [10, 10, 20, 30],
    [25, 10, 40, 30],
    [70, 10, 150, 30],
  ]);

  it('gives where the value starts after the widest blank run', () => {
    expect(gapEnd(g, 5, 100, 10, 30)).toBe(70);
  });

  it('returns null when every column has ink', () => {
    expect(gapEnd(g, 72, 140, 10, 30)).toBeNull();
  });

  it('shrinks a span to its ink, padded', () => {
    expect(inkSpan(g, 50, 200, 10, 30, 4)).toEqual([66, 154]);
    expect(inkSpan(g, 160, 200, 10, 30, 4)).toBeNull();
  });
});

describe('fieldLines', () => {
  it('gives each value line of a window, starting after the label, wrapped lines aligned', () => {
    // 1000×600 page: label at x 40–120, value at x 170–500 on two lines.
    const g = page(1000, 600, [
      [40, 300, 120, 330],
      [170, 300, 500, 330],
      [170, 345, 260, 375],
      [170, 420, 400, 450], // the next field, outside the window
    ]);
    const boxes = fieldLines(g, { y: [0.46, 0.66], x: [0.02, 0.66], gap: [0.1, 0.2], lines: 3 });
    expect(boxes).toHaveLength(2);
    expect(boxes[0]!.x0).toBeGreaterThan(150);
    expect(boxes[0]!.x0).toBeLessThan(170);
    expect(boxes[0]!.y0).toBeLessThan(300);
    expect(boxes[0]!.y1).toBeGreaterThan(330);
    expect(boxes[0]!.y1).toBeLessThan(345);
    expect(boxes[1]!.x0).toBe(boxes[0]!.x0);
    expect(boxes[1]!.x1).toBeGreaterThan(260);
    expect(boxes[1]!.x1).toBeLessThan(300);
  });

  it('is empty when the window holds no ink', () => {
    const g = page(400, 300, []);
    expect(fieldLines(g, { y: [0.1, 0.2], x: [0, 1], lines: 1 })).toEqual([]);
  });
});

describe('licenceTemplate', () => {
  it('tells the 2019 layout by its left label column', () => {
    const rows = [0.4, 0.47, 0.54].map((f) => Math.round(f * 900));
    const labels2019 = rows.map((y): [number, number, number, number] => [105, y, 230, y + 25]);
    const labels2016 = rows.map((y): [number, number, number, number] => [210, y, 330, y + 25]);
    expect(licenceTemplate(page(1300, 900, labels2019))).toBe(2019);
    expect(licenceTemplate(page(1300, 900, labels2016))).toBe(2016);
  });
});
