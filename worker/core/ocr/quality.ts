/**
 * Whether a photo can be read, and if not why, in terms the applicant can act on: too dark,
 * blurred, the document cut off by the frame, glare over the text, or no document found. Some
 * are plain before reading (a black or badly shaken picture); the others are given only when
 * the reading then failed, as the most likely cause.
 */
import { edgeSpread, SOFT_EDGES } from './focus';
import type { Gray } from './image';

export const REFUSALS = ['dark', 'blurred', 'cut_off', 'glare', 'not_found', 'unreadable'] as const;
export type Refusal = (typeof REFUSALS)[number];

export interface Quality {
  /** A document outline was found, or the frame itself has the document's shape. */
  found: boolean;
  /** The document's region touches the photo's edge. */
  cutOff: boolean;
  /** The paper's brightness on the page (0–255, before the light is evened out). */
  paper: number;
  /** Edge steepness: strong gradients relative to the page's contrast (sharp ≈ 0.3 and up). */
  sharpness: number;
  /** Share of the page blown out to white. */
  glare: number;
  /** How far the text's edges spread (focus.ts): SOFT_EDGES and up, the photo is out of focus. */
  spread: number;
}

/** Below these the picture is refused before reading. */
const DARK = 45;
const VERY_BLURRED = 0.06;
/** From these a picture has an issue (`issueOf`), to which a failed reading is put down. */
const DIM = 90;
const BLURRED = 0.12;
const GLARE = 0.04;

function percentile(hist: number[], total: number, p: number): number {
  let n = 0;
  for (let v = 0; v < hist.length; v++) {
    n += hist[v]!;
    if (n >= p * total) return v;
  }
  return hist.length - 1;
}

/**
 * Measures a rectified page (grey, not yet flattened); the edges' spread on `text`, the page
 * with its light evened out where given.
 */
export function measure(page: Gray, found: boolean, cutOff: boolean, text = page): Quality {
  const { width: W, height: H, data } = page;
  const hist = new Array<number>(256).fill(0);
  for (const v of data) hist[v]!++;
  const paper = percentile(hist, data.length, 0.9);
  const contrast = Math.max(20, paper - percentile(hist, data.length, 0.02));
  const grad = new Array<number>(256).fill(0);
  let n = 0;
  for (let y = 1; y < H - 1; y += 2) {
    for (let x = 1; x < W - 1; x += 2) {
      const i = y * W + x;
      const g = Math.max(
        Math.abs(data[i + 1]! - data[i - 1]!),
        Math.abs(data[i + W]! - data[i - W]!),
      );
      grad[Math.min(255, g)]!++;
      n++;
    }
  }
  // Central differences span two pixels: a sharp edge gives about the full contrast.
  const sharpness = percentile(grad, n, 0.995) / contrast;
  const glare = (hist[255]! + hist[254]! + hist[253]!) / data.length;
  return { found, cutOff, paper, sharpness, glare, spread: edgeSpread(text) };
}

/**
 * The reason to refuse, or null to go on. Before reading (`read` null) only a picture that is
 * plainly unreadable; after, when the number failed its check and fewer than half the other
 * fields were read, the likeliest cause.
 */
export function refusalOf(
  q: Quality,
  read: { numberOk: boolean; found: number; of: number } | null,
): Refusal | null {
  if (q.paper < DARK) return 'dark';
  if (q.sharpness < VERY_BLURRED) return 'blurred';
  if (!read) return null;
  // Out of focus and the one value with a check failed it: what else was read is guesswork.
  if (!read.numberOk && q.spread >= SOFT_EDGES) return 'blurred';
  if (read.numberOk || read.found * 2 >= read.of) return null;
  // A picture with an issue of its own (issueOf) is refused for it: the applicant can act on
  // "too dark", not on "unreadable", and a page refused as unreadable is read up to three more
  // times turned (orientation.ts), which a dim or soft photo never needed (a dim tuning
  // licence read four ways up, then refused anyway: 14 s in `ocr:extract`, now 5 s).
  return issueOf(q) ?? (q.found ? 'unreadable' : 'not_found');
}

/** What was poor about a picture that was still read. */
export type PhotoIssue = 'cut_off' | 'dark' | 'blurred' | 'glare';

/**
 * What is poor about a picture that was read (cut off, dim, soft or with glare), the most
 * actionable first, or null for a good one. Values with no check of their own (names,
 * addresses, dates) are then marked for the applicant to compare, and where a value could not
 * be read the check screen says why and offers a retake.
 */
export function issueOf(q: Quality): PhotoIssue | null {
  if (q.cutOff) return 'cut_off';
  if (q.paper < DIM + 20) return 'dark';
  if (q.sharpness < BLURRED + 0.05 || q.spread >= SOFT_EDGES) return 'blurred';
  if (q.glare > GLARE) return 'glare';
  return null;
}
