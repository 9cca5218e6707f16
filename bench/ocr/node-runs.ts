/**
 * The Node half of the benchmark: the shared pipeline (tesseract only, and with the PP-OCR line
 * model), and plain tesseract.js defaults.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker } from 'tesseract.js';
import { extract } from '../../worker/core/ocr/pipeline';
import { parseDefaults, runOf, type BenchRun } from './defaults';
import type { Sample } from './generate';
import { decode, nodeEngine } from './node-engine';
import type { RecWeights } from '../../pwa/src/features/ocr/assets';

const require = createRequire(import.meta.url);

/** The shared pipeline; `rec` adds the PP-OCR line model (the PWA's default where allowed). */
export async function runNodeTuned(
  dir: string,
  samples: Sample[],
  rec: boolean,
  lowMemory = false,
  weights?: RecWeights,
): Promise<BenchRun[]> {
  const engine = await nodeEngine(rec, lowMemory, weights);
  const runs: BenchRun[] = [];
  try {
    for (const s of samples) {
      const t0 = performance.now();
      const r = await extract(s.kind, await decode(join(dir, s.file)), engine, {
        today: '2026-11-27',
      });
      runs.push(runOf(r, (performance.now() - t0) / 1000));
    }
  } finally {
    await engine.terminate();
  }
  return runs;
}

/** Defaults except the language files: local copies of the same 4.0.0_best_int models. */
export async function runNodeDefaults(dir: string, samples: Sample[]): Promise<BenchRun[]> {
  const langDir = join(dir, '..', 'lang');
  mkdirSync(langDir, { recursive: true });
  for (const lang of ['chi_sim', 'eng']) {
    const pkg = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
    copyFileSync(
      join(pkg, '4.0.0_best_int', `${lang}.traineddata.gz`),
      join(langDir, `${lang}.traineddata.gz`),
    );
  }
  const w = await createWorker(['chi_sim', 'eng'], undefined, {
    langPath: langDir,
    cacheMethod: 'none',
  });
  const runs: BenchRun[] = [];
  try {
    for (const s of samples) {
      const t0 = performance.now();
      const { data } = await w.recognize(readFileSync(join(dir, s.file)));
      runs.push({
        fields: parseDefaults(s.kind, data.text),
        flags: {},
        refused: null,
        seconds: (performance.now() - t0) / 1000,
      });
    }
  } finally {
    await w.terminate();
  }
  return runs;
}
