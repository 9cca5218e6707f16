/**
 * What the pipeline needs from a recogniser: read one grey image with a language, a page
 * segmentation mode and optionally a character whitelist. tesseract.js implements it in the
 * browser worker and in Node; tests can pass a fake.
 */
import type { Gray } from './image';
import type { LineReader } from './line-pass';
import type { GlyphFaces } from './shapes';
import type { OcrLine, OcrWord } from './types';

export type OcrLang = 'chi_sim' | 'eng';

/** Tesseract page segmentation: 6 block, 7 single line, 11 sparse text. */
export type Psm = '3' | '6' | '7' | '11';

export interface ReadRequest {
  image: Gray;
  lang: OcrLang;
  psm: Psm;
  whitelist?: string;
}

export interface ReadResult {
  text: string;
  /** 0–100, tesseract's mean word confidence. */
  confidence: number;
  words: OcrWord[];
  /** Tesseract's own lines (from its layout analysis). */
  lines: OcrLine[];
}

export interface OcrEngine {
  read(req: ReadRequest): Promise<ReadResult>;
  /**
   * A second recogniser for single text lines (PP-OCR), when the device can afford it: the
   * pipeline then reads each field's line with it and merges (see line-pass.ts).
   */
  readLine?: LineReader;
  /**
   * Draws one character in each of the device's typefaces, for checking a rare name
   * character's shape against the ink (shapes.ts); without it that check is left out.
   */
  drawGlyph?: GlyphFaces;
}

/** Thrown (as `name`) when a recognition is cancelled, so callers can tell it from a failure. */
export class OcrCancelled extends Error {
  override name = 'OcrCancelled';
}
