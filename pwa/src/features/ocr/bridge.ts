/**
 * The page's side of the OCR worker: one worker at a time, started on first use, ended after a
 * minute idle (tesseract holds ~100 MB) and ended at once to cancel a recognition.
 */
import type { OcrKind } from '../../../../worker/core/ocr/types';
import type { OcrOutcome, OcrProgress, OcrRequest, OcrResponse } from '../../workers/ocr-protocol';

const IDLE_MS = 60_000;

let worker: Worker | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;
const pending = new Map<
  number,
  {
    resolve: (o: OcrOutcome) => void;
    reject: (e: Error) => void;
    onProgress?: (p: OcrProgress) => void;
  }
>();

export class OcrCancelledError extends Error {
  override name = 'OcrCancelledError';
}

function stop(reason: Error): void {
  worker?.terminate();
  worker = null;
  clearTimeout(idleTimer);
  for (const p of pending.values()) p.reject(reason);
  pending.clear();
}

function start(): Worker {
  const w = new Worker(new URL('../../workers/ocr.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<OcrResponse>) => {
    const m = e.data;
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') p.onProgress?.(m.progress);
    else {
      pending.delete(m.id);
      if (m.type === 'result') p.resolve(m.outcome);
      else p.reject(new Error(m.message));
      if (pending.size === 0) idleTimer = setTimeout(() => stop(new Error('idle')), IDLE_MS);
    }
  };
  w.onerror = (e) => stop(new Error(e.message || 'OCR worker failed'));
  return w;
}

/** Reads a photo of `kind` in the OCR worker; `signal` cancels (the worker is ended). */
export function recognise(
  kind: OcrKind,
  image: Blob,
  opts: { onProgress?: (p: OcrProgress) => void; signal?: AbortSignal } = {},
): Promise<OcrOutcome> {
  clearTimeout(idleTimer);
  worker ??= start();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(new OcrCancelledError('cancelled'));
    pending.set(id, { resolve, reject, onProgress: opts.onProgress });
    opts.signal?.addEventListener('abort', () => stop(new OcrCancelledError('cancelled')), {
      once: true,
    });
    const req: OcrRequest = { type: 'extract', id, kind, image };
    worker!.postMessage(req);
  });
}

/** Ends the worker now (e.g. when the capture screen closes). */
export function releaseOcr(): void {
  if (pending.size === 0) stop(new Error('released'));
}
