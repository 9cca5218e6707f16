/**
 * The benchmark's page: the PWA's own OCR bridge and worker (tuned tesseract plus the PP-OCR line
 * model, as on a phone with 4 GB or more); the low-memory profile (as on a phone with less, run
 * from this page with the PWA's engine factory); the pipeline with tesseract only (the fallback
 * when the line model cannot load); and plain tesseract.js with
 * default settings (same local files, no CDN) for comparison. Driven by bench/ocr/bench.ts.
 */
import { createWorker } from 'tesseract.js';
import { recognise, releaseOcr } from '../../../pwa/src/features/ocr/bridge';
import { OCR_ASSETS, REC_WEIGHTS, type RecWeights } from '../../../pwa/src/features/ocr/assets';
import { createTesseractEngine } from '../../../pwa/src/features/ocr/tesseract-engine';
import { browserRecSource } from '../../../pwa/src/features/ocr/rec-source';
import { extract } from '../../../worker/core/ocr/pipeline';
import { parseDefaults, runOf, type BenchRun } from '../defaults';
import type { OcrKind } from '../../../worker/core/ocr/types';

const abs = (p: string) => new URL(p, location.origin).href;
let plain: ReturnType<typeof createWorker> | null = null;
let tessOnly: ReturnType<typeof createTesseractEngine> | null = null;
let lite: ReturnType<typeof createTesseractEngine> | null = null;
let full: ReturnType<typeof createTesseractEngine> | null = null;
// The line model's weights (?weights=int8|fp32); other than the PWA's, `tuned` runs the PWA's
// engine factory on this page instead of the PWA's worker, which always serves its own.
const weights = (new URLSearchParams(location.search).get('weights') ?? REC_WEIGHTS) as RecWeights;

const ownEngine = (lowMemory: boolean) =>
  createTesseractEngine({
    workerPath: abs(OCR_ASSETS.worker),
    corePath: abs(OCR_ASSETS.core),
    langPath: { chi_sim: abs(OCR_ASSETS.lang), eng: abs(OCR_ASSETS.lang) },
    cacheMethod: 'none',
    rec: browserRecSource(location.origin, undefined, weights),
    lowMemory,
  });

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
    if (weights !== REC_WEIGHTS) {
      full ??= ownEngine(false);
      const engine = await full;
      const t0 = performance.now();
      const img = await decode(new Blob([bytes as BlobPart], { type: 'image/jpeg' }));
      const out = await extract(kind, img, engine);
      return runOf(out, (performance.now() - t0) / 1000, engine.lineThreads);
    }
    const t0 = performance.now();
    const out = await recognise(kind, new Blob([bytes as BlobPart], { type: 'image/jpeg' }));
    return runOf(out, (performance.now() - t0) / 1000, out.lineThreads);
  },
  async lite(bytes: Uint8Array, kind: OcrKind): Promise<BenchRun> {
    // As a phone under 4 GB runs it: the PWA's worker (full profile) is ended first.
    if (!lite) {
      releaseOcr();
      await (await full)?.terminate();
      full = null;
    }
    lite ??= ownEngine(true);
    const engine = await lite;
    const t0 = performance.now();
    const img = await decode(new Blob([bytes as BlobPart], { type: 'image/jpeg' }));
    const out = await extract(kind, img, engine);
    return runOf(out, (performance.now() - t0) / 1000, engine.lineThreads);
  },
  async tesseract(bytes: Uint8Array, kind: OcrKind): Promise<BenchRun> {
    if (!tessOnly) {
      releaseOcr();
      await (await lite)?.terminate();
      lite = null;
    }
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
