/**
 * Messages between the page and the OCR worker: discriminated unions, each request answered
 * by `result` or `error` with the same id, with `progress` messages in between.
 */
import type { Extraction, FieldReading, OcrKind } from '../../../worker/core/ocr/types';

export type OcrRequest = { type: 'extract'; id: number; kind: OcrKind; image: Blob };

/** `download` = one-time language data fetch; `recognise` = the pipeline's stages. */
export type OcrProgress =
  | { phase: 'download'; progress: number }
  | { phase: 'recognise'; stage: 'prepare' | 'read' | 'reread' | 'done' };

export interface OcrOutcome {
  kind: OcrKind;
  fields: Extraction<string>;
  rectified: boolean;
  seconds: number;
}

export type OcrResponse =
  | { type: 'progress'; id: number; progress: OcrProgress }
  | { type: 'result'; id: number; outcome: OcrOutcome }
  | { type: 'error'; id: number; message: string };

export type { FieldReading };
