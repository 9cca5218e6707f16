/** Node set-up shared by the benchmark and `ocr:extract`: image decoding and local paths. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import type { Rgba } from '../../worker/core/ocr/image';
import { createTesseractEngine } from '../../pwa/src/features/ocr/tesseract-engine';

const require = createRequire(import.meta.url);
const dataDir = (lang: string) =>
  join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), '4.0.0_best_int');

export function nodeEngine() {
  return createTesseractEngine({
    langPath: { chi_sim: dataDir('chi_sim'), eng: dataDir('eng') },
    cacheMethod: 'none',
  });
}

export async function decode(file: string | Buffer): Promise<Rgba> {
  const img = await loadImage(file);
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, img.width, img.height);
}
