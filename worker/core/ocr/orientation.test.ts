import { describe, expect, it } from 'vitest';
import type { Rgba } from './image';
import {
  linesRunAcross,
  readAnyWayUp,
  readUpright,
  turnQuarters,
  UPRIGHT_MIN_HAN,
  UPRIGHT_SURE_SHARE,
} from './orientation';
import type { Refusal } from './quality';

/** A page of `lines` dark text lines across it (rows of short dark runs with gaps). */
function page(width: number, height: number, lines: number): Rgba {
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  const pitch = Math.floor(height / (lines + 1));
  for (let l = 1; l <= lines; l++) {
    for (let y = l * pitch; y < l * pitch + Math.floor(pitch / 2); y++) {
      // Characters: runs of 9 px with 3 px gaps, shifted per line so gaps do not line up.
      for (let x = 20 + ((l * 5) % 12); x < width - 20; x++) {
        if ((x + l * 5) % 12 < 9) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
      }
    }
  }
  return { width, height, data };
}

const pixel = (img: Rgba, x: number, y: number) => img.data[(y * img.width + x) * 4];

describe('turning a page', () => {
  it('turns by quarters clockwise, and four quarters give the page back', () => {
    // 3 × 2, each pixel's red channel its index.
    const img: Rgba = {
      width: 3,
      height: 2,
      data: Uint8ClampedArray.from([0, 1, 2, 3, 4, 5].flatMap((v) => [v, 0, 0, 255])),
    };
    const q1 = turnQuarters(img, 1);
    expect([q1.width, q1.height]).toEqual([2, 3]);
    // Clockwise: the bottom-left pixel (3) comes to the top-left.
    expect([0, 1, 2, 3, 4, 5].map((i) => q1.data[i * 4])).toEqual([3, 0, 4, 1, 5, 2]);
    expect([0, 1, 2, 3, 4, 5].map((i) => turnQuarters(img, 2).data[i * 4])).toEqual([
      5, 4, 3, 2, 1, 0,
    ]);
    expect([0, 1, 2, 3, 4, 5].map((i) => turnQuarters(img, 3).data[i * 4])).toEqual([
      2, 5, 1, 4, 0, 3,
    ]);
    const back = turnQuarters(turnQuarters(q1, 2), 1);
    expect(Array.from(back.data)).toEqual(Array.from(img.data));
  });

  it('tells lines running across a page from lines running up and down it', () => {
    const upright = page(600, 380, 8);
    expect(linesRunAcross(upright)).toBe(true);
    expect(linesRunAcross(turnQuarters(upright, 2))).toBe(true);
    expect(linesRunAcross(turnQuarters(upright, 1))).toBe(false);
    expect(linesRunAcross(turnQuarters(upright, 3))).toBe(false);
    expect(pixel(upright, 0, 0)).toBe(255);
  });
});

describe('reading a page any way up', () => {
  type R = { refused: Refusal | null; found: 'labels' | 'layout'; seen: number; upright?: boolean };
  /**
   * A reader that finds the labels only on `upright`; `seen` lists each page it was given as
   * the clockwise quarter turns that make it from `upright`.
   */
  function reader(upright: Rgba, refusal: Refusal = 'unreadable') {
    const seen: number[] = [];
    const read = async (img: Rgba): Promise<R> => {
      const q = [0, 1, 2, 3].find((k) => {
        const t = k === 0 ? upright : turnQuarters(upright, k as 1 | 2 | 3);
        return (
          t.width === img.width &&
          t.height === img.height &&
          t.data.every((v, i) => v === img.data[i])
        );
      })!;
      seen.push(q);
      return q === 0
        ? { refused: null, found: 'labels', seen: q }
        : { refused: refusal, found: 'layout', seen: q };
    };
    return { read, seen };
  }
  const upright = page(120, 80, 4);

  it('takes a page read as given without turning it', async () => {
    const { read, seen } = reader(upright);
    const r = await readAnyWayUp(upright, read);
    expect(r.turned).toBe(0);
    expect(seen).toEqual([0]);
  });

  it('reads a page on its side or upside down turned back, trying the likelier turns first', async () => {
    const side = reader(upright);
    // Turned a quarter anticlockwise (three clockwise): one clockwise turn puts it right.
    const r1 = await readAnyWayUp(turnQuarters(upright, 3), side.read);
    expect(r1).toMatchObject({ turned: 1, refused: null, found: 'labels' });
    expect(side.seen).toEqual([3, 0]);

    const flipped = reader(upright);
    const r2 = await readAnyWayUp(turnQuarters(upright, 2), flipped.read);
    expect(r2).toMatchObject({ turned: 2, refused: null });
    // Lines run across an upside-down page: half a turn is tried first.
    expect(flipped.seen).toEqual([2, 0]);
  });

  it('keeps the upright refusal when no turn finds the labels, or when turning cannot help', async () => {
    const blank: Rgba = {
      width: 60,
      height: 40,
      data: new Uint8ClampedArray(60 * 40 * 4).fill(255),
    };
    const none = async (): Promise<R> => ({ refused: 'unreadable', found: 'layout', seen: -1 });
    let calls = 0;
    const counted = async () => {
      calls++;
      return none();
    };
    expect(await readAnyWayUp(blank, counted)).toMatchObject({ refused: 'unreadable', turned: 0 });
    expect(calls).toBe(4);
    // Each reading is told how the page it reads was turned: upright first.
    const told: number[] = [];
    await readAnyWayUp(blank, (_img, quarters) => {
      told.push(quarters);
      return none();
    });
    expect(told[0]).toBe(0);
    expect([...told].sort()).toEqual([0, 1, 2, 3]);

    // A card on its side in a portrait frame seems cut off: turned, it is whole.
    const portrait = reader(upright, 'cut_off');
    expect(await readAnyWayUp(turnQuarters(upright, 1), portrait.read)).toMatchObject({
      turned: 3,
      refused: null,
    });

    // Refused as cut off, its text read surely (a licence whose labels the frame cut off).
    let sure = 0;
    const readSurely = async (): Promise<R> => {
      sure++;
      return { refused: 'cut_off', found: 'layout', seen: 0, upright: true };
    };
    expect(await readAnyWayUp(blank, readSurely)).toMatchObject({
      refused: 'cut_off',
      turned: 0,
    });
    expect(sure).toBe(1);

    // Too dark is too dark whichever way up: read once.
    const dark = reader(upright, 'dark');
    const r = await readAnyWayUp(turnQuarters(upright, 1), dark.read);
    expect(r).toMatchObject({ refused: 'dark', turned: 0 });
    expect(dark.seen).toEqual([1]);
  });
});

describe('readUpright', () => {
  const glyphs = (n: number, sure: number, ch = '营') =>
    Array.from({ length: n }, (_, i) => ({ ch, confidence: i < sure ? 97 : 60 }));

  it('says upright for many Chinese characters read mostly surely', () => {
    // Recorded (tuning licence 49, labels cut off): 118 read, 100 of them at 90 or more.
    expect(readUpright(glyphs(118, 100))).toBe(true);
    expect(readUpright(glyphs(UPRIGHT_MIN_HAN, UPRIGHT_MIN_HAN))).toBe(true);
  });

  it('says nothing for a turned page, too few characters, or digits and letters only', () => {
    // Recorded (tuning ID card 19 turned 270°): 48 read, 28 surely (58%).
    expect(readUpright(glyphs(48, 28))).toBe(false);
    expect(readUpright(glyphs(UPRIGHT_MIN_HAN - 1, UPRIGHT_MIN_HAN - 1))).toBe(false);
    expect(readUpright(glyphs(40, 40, '9'))).toBe(false);
    expect(readUpright(glyphs(100, Math.ceil(100 * UPRIGHT_SURE_SHARE) - 1))).toBe(false);
  });
});
