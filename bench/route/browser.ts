/**
 * The 60-stop days in Chromium's Web Worker: bundles browser-days.ts with esbuild (tsx's own
 * bundler, already installed), starts it as a dedicated worker in a blank page and returns
 * each day's time. Null when no Chromium is installed.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../../pwa/e2e/chromium.mjs';

export interface BrowserDay {
  seed: number;
  windows: number;
  visited: number;
  /** One time per repetition, in order. */
  ms: number[];
}

/** Every seed with each share of windowed stops, each day planned `repeat` times. */
export interface BrowserPass {
  windowed: number[];
  repeat: number;
}

/** The days of each pass, all in one worker (so later passes run optimised code). */
export async function browserDays(
  stops: number,
  seeds: number[],
  passes: BrowserPass[],
): Promise<BrowserDay[][] | null> {
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) return null;
  const bundle = await build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'browser-days.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]!.text;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    return await page.evaluate(
      ({ code, stops, seeds, passes }) =>
        new Promise<BrowserDay[][]>((resolve, reject) => {
          const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
          const worker = new Worker(url);
          worker.onmessage = (e: MessageEvent<BrowserDay[][]>) => {
            worker.terminate();
            resolve(e.data);
          };
          worker.onerror = (e) => reject(new Error(e.message));
          worker.postMessage({ stops, seeds, passes });
        }),
      { code, stops, seeds, passes },
    );
  } finally {
    await browser.close();
  }
}
