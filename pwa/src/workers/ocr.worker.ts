/**
 * The OCR worker: decodes the photo, runs the shared pipeline and tesseract.js off the main
 * thread, so the page never freezes. Tesseract's own workers are started from here, with every
 * asset from our origin under /ocr/ (no CDN). The page ends this worker when idle or to cancel.
 */
/// <reference lib="webworker" />
import { extract } from '../../../worker/core/ocr/pipeline';
import { type BrowserEngine, createTesseractEngine } from '../features/ocr/tesseract-engine';
import { OCR_ASSETS } from '../features/ocr/assets';
import type { OcrRequest, OcrResponse } from './ocr-protocol';

declare const self: DedicatedWorkerGlobalScope;

let engine: Promise<BrowserEngine> | null = null;
const post = (m: OcrResponse) => self.postMessage(m);

function getEngine(id: number): Promise<BrowserEngine> {
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
        post({ type: 'progress', id, progress: { phase: 'download', progress: p.progress } });
      }
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
  try {
    const [img, eng] = await Promise.all([decode(req.image), getEngine(req.id)]);
    const result = await extract(req.kind, img, eng, {
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
    post({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
};
