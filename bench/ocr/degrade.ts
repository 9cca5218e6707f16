/**
 * Other ways the same documents reach us, made from a generated set: what a tuned pipeline
 * meets on real phones and scanners and the generator never draws.
 *   bw:    the scans through a scanner's black-and-white mode (one fixed threshold, no grey),
 *          saved as JPEG at quality 90;
 *   small: every image at half its size and saved at JPEG quality 70, as a messaging app
 *          sends a photo on.
 * The derived set sits beside the original (`<dir>-bw`, `<dir>-small`) with the same truth.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { Sample } from './generate';

export const DEGRADES = ['bw', 'small'] as const;
export type Degrade = (typeof DEGRADES)[number];

/** The black-and-white mode's threshold (0–255): grey under it prints black. */
export const BW_THRESHOLD = 160;

/** The derived set's folder and samples, made once (kept while its truth.json exists). */
export async function degraded(
  dir: string,
  samples: readonly Sample[],
  how: Degrade,
): Promise<{ dir: string; samples: Sample[] }> {
  const out = `${dir}-${how}`;
  const kept = how === 'bw' ? samples.filter((s) => s.variant === 'scan') : [...samples];
  if (existsSync(join(out, 'truth.json'))) {
    const done: Sample[] = JSON.parse(readFileSync(join(out, 'truth.json'), 'utf8'));
    return { dir: out, samples: done.filter((s) => kept.some((k) => k.file === s.file)) };
  }
  mkdirSync(out, { recursive: true });
  for (const s of kept) {
    const img = await loadImage(readFileSync(join(dir, s.file)));
    const scale = how === 'small' ? 0.5 : 1;
    const c = createCanvas(Math.round(img.width * scale), Math.round(img.height * scale));
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0, c.width, c.height);
    if (how === 'bw') {
      const px = ctx.getImageData(0, 0, c.width, c.height);
      const d = px.data;
      for (let k = 0; k < d.length; k += 4) {
        const grey = 0.299 * d[k]! + 0.587 * d[k + 1]! + 0.114 * d[k + 2]!;
        d[k] = d[k + 1] = d[k + 2] = grey < BW_THRESHOLD ? 0 : 255;
      }
      ctx.putImageData(px, 0, 0);
    }
    // Scanner software saves black and white as JPEG too, at a higher quality.
    writeFileSync(join(out, s.file), c.toBuffer('image/jpeg', how === 'bw' ? 90 : 70));
  }
  writeFileSync(join(out, 'truth.json'), JSON.stringify(kept, null, 1));
  return { dir: out, samples: kept };
}
