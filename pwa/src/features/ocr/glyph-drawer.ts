/**
 * Draws single characters for the shape check of rare name characters (worker/core/ocr/
 * shapes.ts), on whatever 2D canvas the platform has: an OffscreenCanvas in the PWA's OCR
 * worker (the device's own typeface, nothing downloaded), @napi-rs/canvas in Node.
 */
import type { Gray } from '../../../../worker/core/ocr/image';
import type { GlyphDrawer } from '../../../../worker/core/ocr/shapes';

/** The part of a 2D context this needs (OffscreenCanvas and @napi-rs/canvas both have it). */
export interface Context2D {
  fillStyle: unknown;
  font: string;
  textAlign: unknown;
  textBaseline: unknown;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}

/** Characters are drawn this many pixels high on a square this wide. */
const EM = 64;
const SIDE = 96;

/**
 * A drawer in `family` on the 2D context `make` gives for a square canvas of `side`; each
 * character is drawn once and kept. Undefined when no context can be had.
 */
export function canvasDrawer(
  make: (side: number) => Context2D | null,
  family: string,
): GlyphDrawer | undefined {
  const context = make(SIDE);
  if (!context) return undefined;
  const drawn = new Map<string, Gray | null>();
  return (ch) => {
    if (drawn.has(ch)) return drawn.get(ch)!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, SIDE, SIDE);
    context.fillStyle = '#000';
    context.font = `${EM}px ${family}`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(ch, SIDE / 2, SIDE / 2);
    const rgba = context.getImageData(0, 0, SIDE, SIDE).data;
    const data = new Uint8Array(SIDE * SIDE);
    for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4]!;
    const g = data.some((v) => v < 128) ? { width: SIDE, height: SIDE, data } : null;
    drawn.set(ch, g);
    return g;
  };
}

/**
 * The device's serif Chinese face, by the names desktops install it under, then the generic
 * family (Android's serif falls back to its Noto Serif CJK). Chromium's generic `serif` alone
 * drew a sans-serif 垚 on this Debian machine, though Noto Serif CJK is installed.
 */
export const SERIF_FAMILIES =
  '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", STSong, SimSun, serif';

/**
 * The OCR worker's drawers: the device's sans-serif face (a 黑体) and its serif face (a 宋体, as
 * licences print their values; where the device has none, a sans-serif one again), or none
 * without OffscreenCanvas. Local faces only: nothing is downloaded.
 */
export function offscreenDrawer(): GlyphDrawer[] | undefined {
  if (typeof OffscreenCanvas === 'undefined') return undefined;
  const make = (side: number) =>
    new OffscreenCanvas(side, side).getContext('2d', { willReadFrequently: true });
  const faces = ['sans-serif', SERIF_FAMILIES].map((family) =>
    canvasDrawer(make as (side: number) => Context2D | null, family),
  );
  return faces.every((f) => f) ? (faces as GlyphDrawer[]) : undefined;
}
