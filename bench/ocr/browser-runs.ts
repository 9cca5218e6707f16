/**
 * The Chromium half of the benchmark: builds the bench page (the PWA's OCR bridge, worker and
 * /ocr/ assets), serves it with `vite preview` on 8780–8785 and drives Debian's Chromium.
 * Peak memory is the summed PSS of the browser's process tree, sampled every 250 ms.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../pwa/e2e/chromium.mjs';
import { build, preview } from 'vite';
import type { BenchRun } from './defaults';
import type { Sample } from './generate';
import type { RecWeights } from '../../pwa/src/features/ocr/assets';

const CONFIG = 'bench/ocr/browser/vite.config.ts';

/** `tuned`: the PWA's worker (tesseract + line model); `lite`: the low-memory profile (under
 * 4 GB); `tesseract`: the pipeline without the line model; `defaults`: plain tesseract.js. */
export type BrowserMode = 'tuned' | 'lite' | 'tesseract' | 'defaults';
const MARK = '--xuke-ocr-bench';

function treePss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      /* process ended */
    }
  }
  let kb = 0;
  const walk = (pid: number) => {
    try {
      const m = /Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      /* gone */
    }
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(rootPid);
  return kb * 1024;
}

function browserPid(): number | null {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (cmd.includes(MARK) && !cmd.includes('--type=')) return Number(d);
    } catch {
      /* gone */
    }
  }
  return null;
}

export async function runBrowser(
  dir: string,
  samples: Sample[],
  modes: BrowserMode[],
  weights: RecWeights,
): Promise<{ runs: Record<string, BenchRun[]>; peakBytes: Record<string, number> }> {
  // The config imports pwa/vite.config without '.ts' (tsc forbids it): silence Vite's notice.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  await build({ configFile: CONFIG, logLevel: 'warn' });
  let server: Awaited<ReturnType<typeof preview>> | null = null;
  for (let port = 8780; port <= 8785 && !server; port++) {
    try {
      server = await preview({
        configFile: CONFIG,
        preview: { port, strictPort: true, host: '127.0.0.1' },
      });
    } catch {
      /* port busy: try the next */
    }
  }
  if (!server) throw new Error('no free port in 8780–8785');
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:8780/';
  const browser = await launchChromium([MARK]);
  let peak = 0;
  const pid = browserPid();
  const timer = setInterval(() => {
    if (pid) peak = Math.max(peak, treePss(pid));
  }, 250);
  const runs: Record<string, BenchRun[]> = {};
  const peaks: Record<string, number> = {};
  try {
    const page = await browser.newPage();
    // Any request leaving 127.0.0.1 (a CDN fallback) fails the run instead of passing quietly.
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
    await page.goto(`${url}?weights=${weights}`);
    await page.getByText('ready').waitFor();
    for (const mode of modes) {
      runs[mode] = [];
      // Per mode: the PWA's path alone is what a phone runs (defaults add their own worker).
      peak = 0;
      for (const s of samples) {
        const bytes = [...readFileSync(join(dir, s.file))];
        const run = await page.evaluate(
          ([b, kind, m]) => {
            const api = (
              window as unknown as Record<
                string,
                Record<string, (x: Uint8Array, k: string) => Promise<BenchRun>>
              >
            ).xukeOcr!;
            return api[m]!(new Uint8Array(b), kind);
          },
          [bytes, s.kind, mode] as const,
        );
        runs[mode].push(run);
      }
      peaks[mode] = peak;
    }
  } finally {
    clearInterval(timer);
    await browser.close();
    await server.close();
  }
  return { runs, peakBytes: peaks };
}
