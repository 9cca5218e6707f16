/**
 * Writes the synthetic OCR dataset to bench/out/ocr/: ID card fronts and business licences with
 * their ground truth, half as flat scans and half as phone photos (rotation ±5°, perspective,
 * blur, uneven light, JPEG artefacts, ~1000 px wide). Deterministic: same seed, same files.
 *
 *   npx tsx bench/ocr/generate.ts [count per kind = 40] [outDir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { homography, warp, type Quad, type Rgba } from '../../worker/core/ocr/image';
import { idTruth, licenceTruth, rng, type Rand } from './corpus';
import { drawIdCard, drawLicence } from './draw';

export interface Sample {
  file: string;
  kind: 'id' | 'licence';
  variant: 'scan' | 'photo';
  template?: 2016 | 2019;
  truth: Record<string, string>;
}

const jitter = (r: Rand, n: number) => (r() * 2 - 1) * n;

/** Places the flat document in a scene: a table, a tilted card, light falloff, blur, JPEG. */
function photograph(doc: Canvas, r: Rand, outW: number, outH: number, photo: boolean): Buffer {
  const scene = createCanvas(outW, outH);
  const ctx = scene.getContext('2d');
  ctx.fillStyle = photo ? `hsl(${Math.floor(r() * 40) + 15},25%,${25 + r() * 20}%)` : '#f2f2f2';
  ctx.fillRect(0, 0, outW, outH);
  const bg = ctx.getImageData(0, 0, outW, outH);
  const fill = photo ? 0.82 : 0.96;
  const aspect = doc.width / doc.height;
  let w = outW * (photo ? fill - r() * 0.1 : fill);
  let h = w / aspect;
  if (h > outH * fill) {
    h = outH * fill;
    w = h * aspect;
  }
  const cx = outW / 2 + (photo ? jitter(r, outW * 0.03) : 0);
  const cy = outH / 2 + (photo ? jitter(r, outH * 0.03) : 0);
  const angle = ((photo ? jitter(r, 5) : jitter(r, 1)) * Math.PI) / 180;
  const persp = photo ? w * 0.04 : 0;
  const corners: Quad = [
    [-w / 2 + jitter(r, persp), -h / 2 + jitter(r, persp)],
    [w / 2 + jitter(r, persp), -h / 2 + jitter(r, persp)],
    [w / 2 + jitter(r, persp), h / 2 + jitter(r, persp)],
    [-w / 2 + jitter(r, persp), h / 2 + jitter(r, persp)],
  ].map(([x, y]) => [
    cx + x! * Math.cos(angle) - y! * Math.sin(angle),
    cy + x! * Math.sin(angle) + y! * Math.cos(angle),
  ]) as Quad;
  const src: Quad = [
    [0, 0],
    [doc.width - 1, 0],
    [doc.width - 1, doc.height - 1],
    [0, doc.height - 1],
  ];
  const dctx = doc.getContext('2d');
  const docPx: Rgba = dctx.getImageData(0, 0, doc.width, doc.height);
  // warp() fills outside with 0: alpha 0 there, so the card blends onto the table.
  const placed = warp(docPx, homography(corners, src), outW, outH, 0);
  const light = photo ? { x: r() * outW, y: r() * outH, k: 0.25 + r() * 0.25 } : null;
  const diag = Math.hypot(outW, outH);
  for (let i = 0; i < outW * outH; i++) {
    const a = placed.data[i * 4 + 3]! / 255;
    let shade = 1;
    if (light) {
      const x = i % outW;
      const y = (i - x) / outW;
      shade = 1 - light.k * (Math.hypot(x - light.x, y - light.y) / diag);
    }
    for (let c = 0; c < 3; c++) {
      const v = placed.data[i * 4 + c]! * a + bg.data[i * 4 + c]! * (1 - a);
      bg.data[i * 4 + c] = Math.min(255, v * shade + (photo ? jitter(r, 6) : 0));
    }
  }
  ctx.putImageData(bg, 0, 0);
  if (photo && r() < 0.7) {
    const blurred = createCanvas(outW, outH);
    const b = blurred.getContext('2d');
    b.filter = `blur(${(0.4 + r() * 0.8).toFixed(2)}px)`;
    b.drawImage(scene, 0, 0);
    return blurred.encodeSync('jpeg', Math.round(55 + r() * 30));
  }
  return scene.encodeSync('jpeg', photo ? Math.round(60 + r() * 30) : 92);
}

export function generate(count: number, outDir: string): Sample[] {
  mkdirSync(outDir, { recursive: true });
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const r = rng(1000 + i);
    const truth = idTruth(r);
    const variant = i % 2 === 0 ? 'scan' : 'photo';
    const file = `id-${String(i).padStart(3, '0')}.jpg`;
    const img = photograph(
      drawIdCard(truth, r),
      r,
      1000,
      variant === 'photo' ? 750 : 660,
      variant === 'photo',
    );
    writeFileSync(join(outDir, file), img);
    samples.push({ file, kind: 'id', variant, truth: { ...truth } });
  }
  for (let i = 0; i < count; i++) {
    const r = rng(5000 + i);
    const { individual, ...truth } = licenceTruth(r);
    const template = i % 4 < 2 ? 2016 : 2019;
    const variant = i % 2 === 0 ? 'scan' : 'photo';
    const file = `licence-${String(i).padStart(3, '0')}.jpg`;
    const doc = drawLicence({ ...truth, individual }, template, r);
    const img = photograph(doc, r, 1300, variant === 'photo' ? 1000 : 940, variant === 'photo');
    writeFileSync(join(outDir, file), img);
    samples.push({ file, kind: 'licence', variant, template, truth: { ...truth } });
  }
  writeFileSync(join(outDir, 'truth.json'), JSON.stringify(samples, null, 1));
  return samples;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 40);
  const out = process.argv[3] ?? 'bench/out/ocr/data';
  const s = generate(count, out);
  console.log(`wrote ${s.length} images and truth.json to ${out}`);
}
