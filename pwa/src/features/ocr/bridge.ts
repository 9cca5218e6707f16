/**
 * The page's side of the OCR worker: one worker at a time, started on first use, ended after a
 * minute idle (tesseract holds ~100 MB) and ended at once to cancel a recognition.
 *
 * A watchdog ends the worker when a reading goes quiet for `STALL_MS`: no download bytes, no
 * stage, no page or line read. The slowest step on a cheap phone takes seconds, so a minute of
 * silence means the worker is stuck (a download that hangs, a runtime that never starts), and
 * the applicant is told rather than left watching a spinner.
 */
import type { OcrKind } from '../../../../worker/core/ocr/types';
import type {
  OcrFailure,
  OcrOutcome,
  OcrProgress,
  OcrRequest,
  OcrResponse,
} from '../../workers/ocr-protocol';

const IDLE_MS = 60_000;
export const STALL_MS = 60_000;

let worker: Worker | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;

interface Pending {
  resolve: (o: OcrOutcome) => void;
  reject: (e: Error) => void;
  onProgress?: (p: OcrProgress) => void;
  stall?: ReturnType<typeof setTimeout>;
}
const pending = new Map<number, Pending>();

export class OcrCancelledError extends Error {
  override name = 'OcrCancelledError';
}

/** A reading that failed, and why (see `OcrFailure`). */
export class OcrFailedError extends Error {
  override name = 'OcrFailedError';
  constructor(
    readonly failure: OcrFailure,
    message: string,
  ) {
    super(message);
  }
}

function stop(reason: Error): void {
  worker?.terminate();
  worker = null;
  clearTimeout(idleTimer);
  for (const p of pending.values()) {
    clearTimeout(p.stall);
    p.reject(reason);
  }
  pending.clear();
}

/** (Re)starts the request's watchdog: called when it is sent and at each sign of work. */
function watch(p: Pending): void {
  clearTimeout(p.stall);
  p.stall = setTimeout(
    () => stop(new OcrFailedError('stalled', `no progress for ${STALL_MS / 1000} s`)),
    STALL_MS,
  );
}

function start(): Worker {
  const w = new Worker(new URL('../../workers/ocr.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<OcrResponse>) => {
    const m = e.data;
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress' || m.type === 'alive') {
      watch(p);
      if (m.type === 'progress') p.onProgress?.(m.progress);
      return;
    }
    if (m.type === 'error') {
      // A failed load stays failed in that worker (its engines keep the rejected promise):
      // ending it rejects this request, and the next try starts a fresh one.
      stop(new OcrFailedError(m.failure, m.message));
      return;
    }
    clearTimeout(p.stall);
    pending.delete(m.id);
    p.resolve(m.outcome);
    if (pending.size === 0) idleTimer = setTimeout(() => stop(new Error('idle')), IDLE_MS);
  };
  // The worker itself failed: its script did not load (offline, before it was ever cached) or
  // it crashed, which is as stuck as a stall.
  w.onerror = (e) => {
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    stop(new OcrFailedError(offline ? 'download' : 'stalled', e.message || 'OCR worker failed'));
  };
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
    const p: Pending = { resolve, reject, onProgress: opts.onProgress };
    pending.set(id, p);
    watch(p);
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
