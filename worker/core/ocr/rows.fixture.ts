/** Recorded rows for the OCR tests: text as the line model reports it, glyph by glyph. */
import type { GlyphRow } from './glyphs';

/** Character height of the recorded rows, in page pixels. */
export const H = 30;

/**
 * A row as the line model reports it: each piece starts at its page x, one glyph per
 * character a character height apart, at `confidence` (95 unless given); a space (ASCII or
 * ideographic) is a blank character.
 */
export function row(y: number, ...pieces: [number, string, number?][]): GlyphRow {
  const glyphs = pieces.flatMap(([x0, text, confidence = 95]) =>
    [...text].flatMap((ch, i) =>
      /\s/.test(ch) ? [] : [{ ch, x: x0 + (i + 0.5) * H, confidence }],
    ),
  );
  return { y0: y, y1: y + H, h: H, glyphs };
}
