/**
 * Messages between the page and the OCR worker: discriminated unions, each request answered
 * by `result` or `error` with the same id, with `progress` messages in between.
 */
import type { ExtractResult } from '../../../worker/core/ocr/pipeline';
import type { FieldReading, OcrKind } from '../../../worker/core/ocr/types';

export type OcrRequest = { type: 'extract'; id: number; kind: OcrKind; image: Blob };

/** `download` = one-time language data fetch; `recognise` = the pipeline's stages. */
export type OcrProgress =
  | { phase: 'download'; progress: number }
  | { phase: 'recognise'; stage: 'prepare' | 'read' | 'reread' | 'done' };

/**
 * The pipeline's result (fields, or the reason the photo was refused), its time, and the
 * threads the line model ran on (0 = tesseract alone), which tell a slow reading's cause.
 */
export type OcrOutcome = ExtractResult & { seconds: number; lineThreads: number };

/**
 * Why a reading failed: the one-time download did not arrive (`download`), the worker stopped
 * answering or crashed (`stalled`, told by the page's watchdog, see bridge.ts), or anything
 * else (`error`).
 */
export type OcrFailure = 'download' | 'stalled' | 'error';

/** `alive`: a step of the work finished (a page or line read), so the page's watchdog waits on. */
export type OcrResponse =
  | { type: 'progress'; id: number; progress: OcrProgress }
  | { type: 'alive'; id: number }
  | { type: 'result'; id: number; outcome: OcrOutcome }
  | { type: 'error'; id: number; message: string; failure: OcrFailure };

export type { FieldReading };
