/**
 * The benchmark's page: the PWA's own OCR bridge and worker (tuned), and plain tesseract.js with
 * default settings (same local files, no CDN) for comparison. Driven by bench/ocr/bench.ts.
 */
import { createWorker } from 'tesseract.js';
import { recognise } from '../../../pwa/src/features/ocr/bridge';
import { OCR_ASSETS } from '../../../pwa/src/features/ocr/assets';
import { parseDefaults, type BenchRun } from '../defaults';
import type { OcrKind } from '../../../worker/core/ocr/types';

const abs = (p: string) => new URL(p, location.origin).href;
let plain: ReturnType<typeof createWorker> | null = null;

const api = {
  async tuned(bytes: Uint8Array, kind: OcrKind): Promise<BenchRun> {
    const t0 = performance.now();
    const out = await recognise(kind, new Blob([bytes as BlobPart], { type: 'image/jpeg' }));
    const fields = Object.fromEntries(Object.entries(out.fields).map(([k, v]) => [k, v.value]));
    return { fields, seconds: (performance.now() - t0) / 1000 };
  },
  async defaults(bytes: Uint8Array, kind: OcrKind): Promise<BenchRun> {
    plain ??= createWorker(['chi_sim', 'eng'], undefined, {
      workerPath: abs(OCR_ASSETS.worker),
      corePath: abs(OCR_ASSETS.core),
      langPath: abs(OCR_ASSETS.lang),
      cacheMethod: 'none',
    });
    const w = await plain;
    const t0 = performance.now();
    const { data } = await w.recognize(new Blob([bytes as BlobPart], { type: 'image/jpeg' }));
    return { fields: parseDefaults(kind, data.text), seconds: (performance.now() - t0) / 1000 };
  },
};

(window as unknown as { xukeOcr: typeof api }).xukeOcr = api;
document.getElementById('state')!.textContent = 'ready';
