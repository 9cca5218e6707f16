import { describe, expect, it } from 'vitest';
import { flatten } from './light';
import type { Gray } from './image';

const W = 1000;
const H = 630;

/** A page of paper `paper` with rows of stroke "characters" in ink 40, and an optional glare. */
function page(paper: number, glare?: { x: number; y: number; rx: number; ry: number }): Gray {
  const data = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const row = [60, 150, 240, 330, 420, 510].find((r) => y >= r && y < r + 30);
      const inChar = row !== undefined && x >= 30 && x < 960 && (x - 30) % 32 < 28;
      const cx = (x - 30) % 32;
      const cy = row === undefined ? 0 : y - row;
      // A 口 with a cross: bars 3 px thick.
      const stroke =
        inChar &&
        (cx < 3 ||
          cx >= 25 ||
          cy < 3 ||
          cy >= 27 ||
          Math.abs(cx - 14) < 2 ||
          Math.abs(cy - 15) < 2);
      let v = stroke ? 40 : paper;
      if (glare) {
        const d = ((x - glare.x) / glare.rx) ** 2 + ((y - glare.y) / glare.ry) ** 2;
        v += 255 * 1.1 * Math.exp(-d * 1.5);
      }
      data[y * W + x] = Math.min(255, Math.round(v));
    }
  }
  return { width: W, height: H, data };
}

const at = (g: Gray, x: number, y: number) => g.data[y * W + x]!;
/** A stroke pixel (the left bar of a character) and a paper pixel inside the same character. */
const strokeOf = (col: number, row: number): [number, number] => [30 + col * 32 + 1, row + 10];
const paperOf = (col: number, row: number): [number, number] => [30 + col * 32 + 7, row + 8];

describe('flatten under a glare', () => {
  const glare = { x: 500, y: 165, rx: 150, ry: 110 };

  it('gives text under a glare back some of its contrast, and keeps the paper white', () => {
    const raw = page(200, glare);
    const out = flatten(raw, false);
    // Along the middle row the glare lifts ink 40 up to white at its core, and the paper
    // around is washed out to 255: dividing by the paper alone leaves the ink as lifted.
    let faint = 0;
    for (let c = 0; c < 30; c++) {
      const [sx, sy] = strokeOf(c, 150);
      const lifted = at(raw, sx, sy);
      if (lifted > 140 && lifted < 240) {
        faint++;
        expect(at(out, sx, sy)).toBeLessThan(lifted - 20);
      }
      // Every character's paper stays white, across the glare too.
      expect(at(out, ...paperOf(c, 150))).toBeGreaterThan(215);
    }
    expect(faint).toBeGreaterThanOrEqual(3);
    // Text away from the glare stays as the division leaves it (40 / 200 of white).
    const [fx, fy] = strokeOf(0, 510);
    expect(at(out, fx, fy)).toBe(Math.trunc((40 / 200) * 255));
  });

  it('leaves a page without a glare as dividing by its paper leaves it', () => {
    for (const paper of [200, 255]) {
      const raw = page(paper);
      const out = flatten(raw, false);
      for (const [x, y] of [strokeOf(0, 60), strokeOf(5, 150), paperOf(5, 150)]) {
        // Within one level: the paper's level is interpolated between cells.
        const divided = Math.min(255, (at(raw, x!, y!) / paper) * 255);
        expect(Math.abs(at(out, x!, y!) - divided)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('does not take the white padding of a turned page for a glare', () => {
    const raw = page(200);
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++)
        if (x < 20 || y < 20 || x >= W - 20 || y >= H - 20) raw.data[y * W + x] = 255;
    }
    const out = flatten(raw, false);
    const [x, y] = strokeOf(5, 150);
    expect(at(out, x, y)).toBe(Math.trunc((40 / 200) * 255));
  });

  it('does not take red seals, lifted to white, for a glare', () => {
    const raw = page(200);
    // White on the cream paper, as toGray leaves a red dot (a disc) and a seal (a ring 8 px
    // wide), each with a rim lifted only part of the way (170).
    const seals = [
      [500, 100, 30],
      [800, 450, 60],
      [200, 450, 60],
    ] as const;
    for (const [cx, cy, r] of seals) {
      // Blank paper around the seal, as on a licence's lower corner.
      for (let y = Math.max(0, cy - r - 60); y <= Math.min(H - 1, cy + r + 60); y++) {
        for (let x = cx - r - 60; x <= cx + r + 60; x++) raw.data[y * W + x] = 200;
      }
      for (let y = cy - r; y <= cy + r; y++) {
        for (let x = cx - r; x <= cx + r; x++) {
          const d = Math.hypot(x - cx, y - cy);
          const seal = r > 30;
          if (d <= r && (!seal || d > r - 8)) raw.data[y * W + x] = d > r - 4 ? 170 : 255;
        }
      }
    }
    const out = flatten(raw, false);
    // The rim stays as the division by the disc's white leaves it: a stretch would draw it as
    // a dark ring.
    for (const [cx, cy, r] of seals) expect(at(out, cx + r - 2, cy)).toBe(170);
  });
});
