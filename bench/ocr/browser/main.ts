/**
 * The benchmark's page: the PWA's own OCR bridge and worker (tuned tesseract plus the PP-OCR line
 * model, as on a phone with enough memory); the same pipeline with tesseract only (as on a phone
 * with less, run from this page with the PWA's engine factory); and plain tesseract.js with
 * default settings (same local files, no CDN) for comparison. Driven by bench/ocr/bench.ts.
 */
import { createWorker } from 'tesseract.js';
import { recognise, releaseOcr } from '../../../pwa/src/features/ocr/bridge';
import { OCR_ASSETS } from '../../../pwa/src/features/ocr/assets';
import { createTesseractEngine } from '../../../pwa/src/features/ocr/tesseract-engine';
import { extract } from '../../../worker/core/ocr/pipeline';
import { parseDefaults, runOf, type BenchRun } from '../defaults';
import type { OcrKind } from '../../../worker/core/ocr/types';

const abs = (p: string) => new URL(p, location.origin).href;
let plain: ReturnType<typeof createWorker> | null = null;
let tessOnly: ReturnType<typeof createTesseractEngine> | null = null;

async function decode(blob: Blob) {
  const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

const api = {
  async tuned(bytes: Uint8Array, kind: OcrKind): Promise<BenchRun> {
    const t0 = performance.now();
    const out = await recognise(kind, new Blob([bytes as BlobPart], { type: 'image/jpeg' }));
    return runOf(out, (performance.now() - t0) / 1000);
  },
  async tesseract(bytes: Uint8Array, kind: OcrKind): Promise<BenchRun> {
    // The PWA's worker (with the line model) is ended first, so its memory is not counted here.
    if (!tessOnly) releaseOcr();
    tessOnly ??= createTesseractEngine({
      workerPath: abs(OCR_ASSETS.worker),
      corePath: abs(OCR_ASSETS.core),
      langPath: { chi_sim: abs(OCR_ASSETS.lang), eng: abs(OCR_ASSETS.lang) },
      cacheMethod: 'none',
      rec: null,
    });
    const engine = await tessOnly;
    const t0 = performance.now();
    const img = await decode(new Blob([bytes as BlobPart], { type: 'image/jpeg' }));
    const out = await extract(kind, img, engine);
    return runOf(out, (performance.now() - t0) / 1000);
  },
  async defaults(bytes: Uint8Array, kind: OcrKind): Promise<BenchRun> {
    if (!plain) {
      releaseOcr();
      await (await tessOnly)?.terminate();
      tessOnly = null;
    }
    plain ??= createWorker(['chi_sim', 'eng'], undefined, {
      workerPath: abs(OCR_ASSETS.worker),
      corePath: abs(OCR_ASSETS.core),
      langPath: abs(OCR_ASSETS.lang),
      cacheMethod: 'none',
    });
    const w = await plain;
    const t0 = performance.now();
    const { data } = await w.recognize(new Blob([bytes as BlobPart], { type: 'image/jpeg' }));
    return {
      fields: parseDefaults(kind, data.text),
      flags: {},
      refused: null,
      seconds: (performance.now() - t0) / 1000,
    };
  },
};

(window as unknown as { xukeOcr: typeof api }).xukeOcr = api;
document.getElementById('state')!.textContent = 'ready';
