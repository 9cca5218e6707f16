/**
 * The OCR worker: decodes the photo, runs the shared pipeline and tesseract.js off the main
 * thread, so the page never freezes. Tesseract's own workers are started from here, with every
 * asset from our origin under /ocr/ (no CDN). The page ends this worker when idle or to cancel.
 */
/// <reference lib="webworker" />
import type { OcrEngine } from '../../../worker/core/ocr/engine';
import { extract } from '../../../worker/core/ocr/pipeline';
import { type BrowserEngine, createTesseractEngine } from '../features/ocr/tesseract-engine';
import { OCR_ASSETS } from '../features/ocr/assets';
import { AssetDownloadError } from '../features/ocr/rec-source';
import type { OcrFailure, OcrRequest, OcrResponse } from './ocr-protocol';

declare const self: DedicatedWorkerGlobalScope;

let engine: Promise<BrowserEngine> | null = null;
const post = (m: OcrResponse) => self.postMessage(m);

/** The request being read, which tesseract's log and every finished read report as alive. */
let current = 0;
let lastBeat = 0;
function beat(): void {
  const now = performance.now();
  if (now - lastBeat < 1000) return;
  lastBeat = now;
  post({ type: 'alive', id: current });
}

/** The engine, telling the page each time a page or a line has been read. */
function beating(eng: BrowserEngine): OcrEngine {
  const readLine = eng.readLine;
  return {
    read: (req) => eng.read(req).finally(beat),
    ...(readLine ? { readLine: (line) => readLine(line).finally(beat) } : {}),
    ...(eng.drawGlyph ? { drawGlyph: eng.drawGlyph } : {}),
  };
}

/**
 * A download that failed: ours, tesseract's ("Failed to fetch" and kin), or anything at all
 * without a connection (tesseract's own worker script failing to load gives no reason).
 */
function failureOf(err: unknown): OcrFailure {
  if (err instanceof AssetDownloadError || !self.navigator.onLine) return 'download';
  const message = err instanceof Error ? err.message : String(err);
  return /failed to fetch|networkerror|load failed|network error/i.test(message)
    ? 'download'
    : 'error';
}

function getEngine(): Promise<BrowserEngine> {
  const abs = (p: string) => new URL(p, self.location.origin).href;
  engine ??= createTesseractEngine(
    {
      workerPath: abs(OCR_ASSETS.worker),
      corePath: abs(OCR_ASSETS.core),
      langPath: { chi_sim: abs(OCR_ASSETS.lang), eng: abs(OCR_ASSETS.lang) },
      // The service worker caches the files; a second IndexedDB copy would double the storage.
      cacheMethod: 'none',
    },
    (p) => {
      if (p.status.startsWith('loading language')) {
        post({
          type: 'progress',
          id: current,
          progress: { phase: 'download', progress: p.progress },
        });
      } else beat();
    },
  );
  return engine;
}

async function decode(blob: Blob) {
  // imageOrientation: phone photos carry EXIF rotation; without it cards arrive sideways.
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

self.onmessage = async (e: MessageEvent<OcrRequest>) => {
  const req = e.data;
  if (req.type !== 'extract') return;
  const started = performance.now();
  current = req.id;
  try {
    const [img, eng] = await Promise.all([decode(req.image), getEngine()]);
    const result = await extract(req.kind, img, beating(eng), {
      onStage: (stage) =>
        post({ type: 'progress', id: req.id, progress: { phase: 'recognise', stage } }),
    });
    post({
      type: 'result',
      id: req.id,
      outcome: {
        ...result,
        seconds: (performance.now() - started) / 1000,
        lineThreads: eng.lineThreads,
      },
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err ?? 'no reason given');
    post({ type: 'error', id: req.id, message, failure: failureOf(err) });
  }
};
