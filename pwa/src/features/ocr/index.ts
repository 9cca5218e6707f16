/**
 * The form's entry to in-browser OCR. Everything heavy (the capture screen, the worker bridge,
 * tesseract) is behind dynamic imports, so the shell's initial JS does not grow.
 *
 *   const r = await openCapture('id');   // null when the applicant cancels
 *   if (r) form.name = r.fields.name;
 */
import type { KnownIdentity } from '../../../../worker/core/ocr/identity';
import type { OcrKind } from '../../../../worker/core/ocr/types';

export interface CaptureResult {
  /** The values the applicant confirmed (possibly edited), by the keys of `ocr:extract`. */
  fields: Record<string, string>;
  /** 0–100 per field as recognised (100 for a field the applicant typed). */
  confidence: Record<string, number>;
  /** The photo that was read, for the attachment upload. */
  image: Blob;
}

/** Opens the full-screen capture (camera or gallery), reads the document, lets the applicant check. */
export async function openCapture(kind: OcrKind): Promise<CaptureResult | null> {
  const { showCapture } = await import('./capture-dialog');
  return showCapture(kind);
}

/**
 * Reads an existing photo (e.g. from the form's photo field) without the camera screen. `known`:
 * the verified identity of an applicant applying in their own name; an ID card whose number is
 * theirs then takes its name from it, one that is not theirs is marked, and a 个体工商户
 * licence's operator is checked against their name (identity.ts).
 */
export async function readPhoto(
  kind: OcrKind,
  image: Blob,
  known?: KnownIdentity,
): Promise<CaptureResult | null> {
  const { showCapture } = await import('./capture-dialog');
  return showCapture(kind, image, known);
}
