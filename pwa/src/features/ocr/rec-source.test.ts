import { afterEach, describe, expect, it, vi } from 'vitest';
import { OCR_ASSETS, REC_WEIGHTS } from './assets';
import {
  createPaddleReader,
  lineThreads,
  MAX_LINE_THREADS,
  MAX_LINE_THREADS_LOW_MEMORY,
} from './paddle-engine';
import { browserRecSource, EXPECTED_BYTES, recAllowed, REC_MIN_DEVICE_GB } from './rec-source';

describe('recAllowed', () => {
  it('runs the full profile only where the device reports enough memory, or does not say', () => {
    expect(recAllowed(undefined)).toBe(true);
    expect(recAllowed(8)).toBe(true);
    expect(recAllowed(REC_MIN_DEVICE_GB)).toBe(true);
    expect(recAllowed(2)).toBe(false);
    expect(recAllowed(0.5)).toBe(false);
  });
});

describe('lineThreads', () => {
  it('runs one thread unless the page is cross-origin isolated', () => {
    expect(lineThreads(undefined, 8)).toBe(1);
    expect(lineThreads(false, 8)).toBe(1);
    expect(lineThreads(true, 2)).toBe(2);
  });

  it('takes every core up to the cap, and one when the core count is unknown or odd', () => {
    expect(lineThreads(true, 3)).toBe(3);
    expect(lineThreads(true, 8)).toBe(MAX_LINE_THREADS);
    expect(lineThreads(true, undefined)).toBe(1);
    expect(lineThreads(true, 0)).toBe(1);
    expect(lineThreads(true, 2.5)).toBe(2);
  });

  it('gives the low-memory profile two threads at most', () => {
    const src = { model: async () => new Uint8Array(), dict: async () => '', threads: 4 };
    expect(createPaddleReader(src, true).threads).toBe(MAX_LINE_THREADS_LOW_MEMORY);
    expect(createPaddleReader({ ...src, threads: 1 }, true).threads).toBe(1);
    expect(createPaddleReader(src, false).threads).toBe(4);
    expect(createPaddleReader({ ...src, threads: undefined }, false).threads).toBe(1);
  });
});

describe('browserRecSource', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers the line model the cores of an isolated page, and one thread elsewhere', () => {
    vi.stubGlobal('crossOriginIsolated', true);
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    expect(browserRecSource('http://127.0.0.1').threads).toBe(2);
    vi.stubGlobal('crossOriginIsolated', false);
    expect(browserRecSource('http://127.0.0.1').threads).toBe(1);
  });

  /** A server answering each URL with as many bytes as the real file has, in 1 MB chunks. */
  function serve(sizes: Record<string, number>) {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      const path = new URL(url).pathname;
      asked.push(path);
      let left = sizes[path] ?? 0;
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          if (left <= 0) return c.close();
          const n = Math.min(left, 1 << 20);
          left -= n;
          c.enqueue(new Uint8Array(n));
        },
      });
      return new Response(body, { status: sizes[path] === undefined ? 404 : 200 });
    });
    return asked;
  }

  it('fetches the weights the PWA serves, and its progress reaches 1 exactly at the end', async () => {
    const wasm = `${OCR_ASSETS.ort}ort-wasm-simd-threaded.wasm`;
    const model = OCR_ASSETS.recModel[REC_WEIGHTS];
    const asked = serve({
      [wasm]: EXPECTED_BYTES.wasm,
      [model]: EXPECTED_BYTES.model[REC_WEIGHTS],
    });
    const seen: number[] = [];
    const src = browserRecSource('http://127.0.0.1', (f) => seen.push(f));
    const [w, m] = await Promise.all([src.wasm!(), src.model()]);
    expect(w.length).toBe(EXPECTED_BYTES.wasm);
    expect(m.length).toBe(EXPECTED_BYTES.model[REC_WEIGHTS]);
    expect(asked.sort()).toEqual([model, wasm].sort());
    expect(seen.at(-1)).toBe(1);
    expect(seen.slice(0, -1).every((f) => f < 1)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('asks for the fp32 model only when told to', async () => {
    const asked = serve({ [OCR_ASSETS.recModel.fp32]: 10 });
    await browserRecSource('http://127.0.0.1', undefined, 'fp32').model();
    expect(asked).toEqual([OCR_ASSETS.recModel.fp32]);
  });
});
