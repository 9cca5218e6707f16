/**
 * The browser's source for the line model: ort's WASM and PP-OCR's model from our origin
 * (/ocr/, cached by the service worker on first use), fetched here with progress so the
 * one-time download shows like tesseract's language data. Every device runs it; those under
 * 4 GB in the low-memory profile (see tesseract-engine.ts).
 */
import { OCR_ASSETS, REC_WEIGHTS, type RecWeights } from './assets';
import { lineThreads, type PaddleSource } from './paddle-engine';

/**
 * Below this many GB (navigator.deviceMemory) the line model runs in its low-memory profile
 * (no memory arena: its buffers are given back after each line).
 */
export const REC_MIN_DEVICE_GB = 4;

/** Whether this device runs the full profile; unknown memory (Safari, Firefox) is enough. */
export function recAllowed(deviceMemory: number | undefined): boolean {
  return deviceMemory === undefined || deviceMemory >= REC_MIN_DEVICE_GB;
}

/** A model file did not arrive (no network, a dropped connection, or an error status). */
export class AssetDownloadError extends Error {
  override name = 'AssetDownloadError';
}

/** Fetches `url` as bytes, reporting the bytes received so far. */
async function fetchBytes(url: string, onBytes: (n: number) => void): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let n = 0;
  try {
    const res = await fetch(url);
    if (!res.ok || !res.body) throw new AssetDownloadError(`${url}: ${res.status}`);
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      n += value.length;
      onBytes(n);
    }
  } catch (err) {
    if (err instanceof AssetDownloadError) throw err;
    throw new AssetDownloadError(`${url}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The files' sizes, for the progress bar: Content-Length is the compressed size when the
 * server compresses, while the stream yields decompressed bytes, so it cannot be used.
 * rec-int8.test.ts checks the int8 model's against the build's output.
 */
export const EXPECTED_BYTES = {
  wasm: 14_239_897,
  model: { int8: 2_899_029, fp32: 10_822_323 } satisfies Record<RecWeights, number>,
};

export function browserRecSource(
  origin: string,
  onProgress?: (fraction: number) => void,
  weights: RecWeights = REC_WEIGHTS,
): PaddleSource {
  const abs = (p: string) => new URL(p, origin).href;
  const got = { wasm: 0, model: 0 };
  const total = EXPECTED_BYTES.wasm + EXPECTED_BYTES.model[weights];
  const report = () => onProgress?.(Math.min(1, (got.wasm + got.model) / total));
  // The WASM is fetched here (with progress) and handed to ort, which then loads only its
  // small .mjs glue from `wasmPaths`: nothing comes from a CDN.
  return {
    wasmPaths: abs(OCR_ASSETS.ort),
    wasm: () =>
      fetchBytes(abs(`${OCR_ASSETS.ort}ort-wasm-simd-threaded.wasm`), (n) => {
        got.wasm = n;
        report();
      }),
    model: () =>
      fetchBytes(abs(OCR_ASSETS.recModel[weights]), (n) => {
        got.model = n;
        report();
      }),
    dict: async () => (await fetch(abs(OCR_ASSETS.recDict))).text(),
    threads: lineThreads(
      (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated,
      globalThis.navigator?.hardwareConcurrency,
    ),
  };
}
