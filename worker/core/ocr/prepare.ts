/**
 * From a photo to the pages the readers work on: grey (red seals lifted), the document found
 * and rectified to its shape, the light evened out (`page` binarised-like for tesseract,
 * `soft` for the line model and the segmenter), and the picture's quality measured.
 */
import { findCard, LIGHT_AROUND, skewAngle, TABLE_CLEAR } from './enhance';
import { SOFT_EDGES, unsharp } from './focus';
import { flatten } from './light';
import { paperGray, rectify, resize, rotate, toGray, type Gray, type Rgba } from './image';
import { measure, type Quality } from './quality';
import type { OcrKind } from './types';

/** Rectified sizes: text about 30 px high, where tesseract's LSTM reads best. */
export const LAYOUT = {
  id: { aspect: 85.6 / 54, width: 1000 },
  licence: { aspect: 1400 / 990, width: 1300 },
} as const;

/**
 * The share of a frame of the document's shape that its paper fills when the picture is a scan
 * or a photo cropped to the document. Tuning half (eight slices): scans 0.88 and up, licence
 * photos cut off at one edge 0.67 and down.
 */
const FRAMED_FILLED = 0.8;

export interface Prepared {
  page: Gray;
  soft: Gray;
  rectified: boolean;
  quality: Quality;
  /**
   * The page was rectified by an outline found in the photo (not a scan's frame, not the
   * whole photo for want of one). Where it runs off the frame or the reading comes out
   * incomplete, pipeline.ts also reads the frame as it is: on a table about as light as the
   * paper, the outline can take in the table's light parts or lose a shadowed corner.
   */
  outlined: boolean;
  /**
   * The outline lies free of the frame on a table clearly darker than the paper, with nothing
   * as light as the paper just outside it (TABLE_CLEAR, LIGHT_AROUND): it is the document's,
   * and the frame is not read as it is too.
   */
  clearOutline: boolean;
}

/**
 * Rectifies the document (or scales the whole image if no card outline is found). `whole`
 * skips the outline: the frame is read as it is.
 */
export function prepare(kind: OcrKind, img: Rgba, whole = false): Prepared {
  // Phone cameras give 12 MP: card detection and reading need far less.
  const small = (g: Gray) =>
    g.width > 2000 ? resize(g, 2000, Math.round((g.height * 2000) / g.width)) : g;
  const gray = small(toGray(img));
  const { aspect, width } = LAYOUT[kind];
  const height = Math.round(width / aspect);
  // A scan or a photo already cropped to the card has no table around it: when the frame has
  // the document's shape, the frame is taken as the document.
  const framed = Math.abs(gray.width / gray.height - aspect) / aspect < 0.1;
  const found = whole
    ? { quad: null, touches: false, share: 1 }
    : findCard(small(paperGray(img)), aspect);
  let raw = found.quad
    ? rectify(gray, found.quad, width, height)
    : resize(gray, width, Math.round((gray.height * width) / gray.width));
  let soft = flatten(raw, false);
  // What rectification left of a slope is turned out, so each printed line is one row.
  const skew = skewAngle(soft);
  if (Math.abs(skew) > 0.2 * (Math.PI / 180)) {
    raw = rotate(raw, -skew);
    soft = flatten(raw, false);
  }
  const rectified = found.quad !== null || framed;
  // A region filling the frame edge to edge is a scan, not a cut-off photo; so is one filling
  // most of a frame of the document's shape (a scan, or a photo cropped to the document). A
  // 4:3 phone photo has nearly a licence's shape, though: there the document touching the edge
  // with the table showing is cut off.
  const cutOff = found.touches && found.share < (framed ? FRAMED_FILLED : 0.9);
  const quality = measure(raw, rectified, cutOff, soft);
  // Out of focus: the line model reads the edges steepened (tuning half, blurred photos: 3 of
  // 14 read right instead of none, 44 of 84 values instead of 38). Sharpening a page in focus
  // doubles its strokes' edges into ghost characters, so only these pages are.
  if (quality.spread >= SOFT_EDGES) soft = flatten(unsharp(raw), false);
  const outlined = found.quad !== null;
  const clearOutline =
    outlined &&
    !found.touches &&
    (found.contrast ?? 0) >= TABLE_CLEAR &&
    (found.lightAround ?? 1) <= LIGHT_AROUND;
  return { page: flatten(raw), soft, rectified, quality, outlined, clearOutline };
}
