/**
 * Writes a half of the synthetic OCR benchmark: ID card fronts and business licences (both
 * families) with their ground truth, as flat scans, phone photos (tilted up to ~15°, rotated,
 * on varied tables, uneven light, slight blur, JPEG) and hard photos (perspective up to ~25°,
 * strong blur, glare, dim light, or cut off by the frame). The `tune` and `holdout` halves use
 * different seeds and different layouts (layouts.ts). Deterministic: same half, same files.
 * More samples of a half come from later indexes of its own seeds and layouts (`from`, e.g.
 * 1000: samples 1000…): a tuning slice never draws on the held-out half's, and a later held-out
 * slice holds documents no one has looked at.
 *
 *   npx tsx bench/ocr/generate.ts [tune|holdout] [count per kind = 40] [outDir] [from = 0]
 *
 * `face` draws the same documents (same seeds, layouts, photos) in another typeface (draw.ts),
 * `tableKind` photographs them on light tables (see `TABLES`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { homography, warp, type Quad, type Rgba } from '../../worker/core/ocr/image';
import { idTruth, licenceTruth, pick, rng, type Business, type Rand } from './corpus';
import { drawIdCard, drawLicence, faceFamily, type Face } from './draw';
import {
  ID_LAYOUTS,
  LICENCE_LAYOUTS,
  type Half,
  type IdLayout,
  type LicenceLayout,
} from './layouts';

export type Variant = 'scan' | 'photo' | 'hard';
export type Hardship = 'perspective' | 'blur' | 'glare' | 'dark' | 'cut_off';

export interface Sample {
  file: string;
  kind: 'id' | 'licence';
  variant: Variant;
  hardship?: Hardship;
  layout: string;
  family?: 'individual' | 'company';
  truth: Record<string, string>;
}

const SEEDS: Record<Half, { id: number; licence: number }> = {
  tune: { id: 1000, licence: 5000 },
  holdout: { id: 71000, licence: 77000 },
};

const jitter = (r: Rand, n: number) => (r() * 2 - 1) * n;

/**
 * What the document lies on in a photo: the usual tables, darker than paper, or (`--table
 * light`) a white desk or a pale cloth nearly as light as the paper itself.
 */
export const TABLES = ['light'] as const;
export type Table = (typeof TABLES)[number];

/** Table colours and patterns under the document. */
function table(
  ctx: ReturnType<Canvas['getContext']>,
  w: number,
  h: number,
  r: Rand,
  kindOf?: Table,
): void {
  const hue = Math.floor(r() * 360);
  // The same draws either way, so a light table changes nothing else in the picture.
  const light = kindOf === 'light' ? 72 + r() * 20 : 18 + r() * 45;
  ctx.fillStyle = `hsl(${hue},${15 + r() * 30}%,${light}%)`;
  ctx.fillRect(0, 0, w, h);
  const kind = r();
  ctx.strokeStyle = `hsla(${hue},20%,${light + (r() < 0.5 ? 12 : -12)}%,0.6)`;
  ctx.lineWidth = 2 + r() * 6;
  if (kind < 0.35) {
    // Wood grain or stripes.
    for (let y = 0; y < h; y += 10 + r() * 30) {
      ctx.beginPath();
      ctx.moveTo(0, y);
      ctx.bezierCurveTo(w / 3, y + jitter(r, 20), (2 * w) / 3, y + jitter(r, 20), w, y);
      ctx.stroke();
    }
  } else if (kind < 0.55) {
    // A checked cloth.
    for (let x = 0; x < w; x += 40) ctx.strokeRect(x, 0, 20, h);
    for (let y = 0; y < h; y += 40) ctx.strokeRect(0, y, w, 20);
  }
}

interface Shot {
  tilt: number;
  yaw: number;
  rotate: number;
  fill: number;
  blur: number;
  light: number;
  glare: boolean;
  shift: [number, number];
  noise: number;
  quality: number;
}

function shot(r: Rand, variant: Variant, hardship?: Hardship): Shot {
  const base: Shot = {
    tilt: 0,
    yaw: 0,
    rotate: jitter(r, 1),
    fill: 0.95,
    blur: 0,
    light: 0,
    glare: false,
    shift: [0, 0],
    noise: 0,
    quality: 92,
  };
  if (variant === 'scan') return { ...base, fill: r() < 0.5 ? 1.02 : 0.93 + r() * 0.04 };
  const photo: Shot = {
    ...base,
    tilt: jitter(r, 15),
    yaw: jitter(r, 10),
    rotate: jitter(r, 6),
    fill: 0.72 + r() * 0.14,
    blur: r() < 0.7 ? 0.3 + r() * 0.8 : 0,
    light: 0.15 + r() * 0.3,
    shift: [jitter(r, 0.03), jitter(r, 0.03)],
    noise: 5,
    quality: Math.round(60 + r() * 30),
  };
  if (variant === 'photo') return photo;
  switch (hardship) {
    case 'perspective':
      return {
        ...photo,
        tilt: (r() < 0.5 ? -1 : 1) * (18 + r() * 7),
        yaw: jitter(r, 14),
        fill: 0.78,
      };
    case 'blur':
      return { ...photo, blur: 1.6 + r() * 1.8 };
    case 'glare':
      return { ...photo, glare: true };
    case 'dark':
      return { ...photo, light: 0.6 + r() * 0.25, quality: 55 };
    default:
      return {
        ...photo,
        fill: 0.95,
        shift: [(r() < 0.5 ? -1 : 1) * (0.14 + r() * 0.08), jitter(r, 0.04)],
      };
  }
}

/** Places the flat document in a scene: a table, a card seen in perspective, light, blur, JPEG. */
function photograph(
  doc: Canvas,
  r: Rand,
  outW: number,
  outH: number,
  s: Shot,
  photo: boolean,
  tableKind?: Table,
): Buffer {
  const scene = createCanvas(outW, outH);
  const ctx = scene.getContext('2d');
  if (photo) table(ctx, outW, outH, r, tableKind);
  else {
    ctx.fillStyle = '#f2f2f2';
    ctx.fillRect(0, 0, outW, outH);
  }
  const bg = ctx.getImageData(0, 0, outW, outH);
  const aspect = doc.width / doc.height;
  let w = outW * s.fill;
  let h = w / aspect;
  if (h > outH * s.fill) {
    h = outH * s.fill;
    w = h * aspect;
  }
  // The card's corners turned in 3-D (tilt about the horizontal axis, yaw about the vertical)
  // and projected by a camera at ~1.6 card widths: a real perspective, not a random quad.
  const f = 1.6 * Math.max(w, h);
  const ct = Math.cos((s.tilt * Math.PI) / 180);
  const st = Math.sin((s.tilt * Math.PI) / 180);
  const cy = Math.cos((s.yaw * Math.PI) / 180);
  const sy = Math.sin((s.yaw * Math.PI) / 180);
  const rot = (s.rotate * Math.PI) / 180;
  const cx0 = outW / 2 + s.shift[0] * outW;
  const cy0 = outH / 2 + s.shift[1] * outH;
  const corners = (
    [
      [-w / 2, -h / 2],
      [w / 2, -h / 2],
      [w / 2, h / 2],
      [-w / 2, h / 2],
    ] as const
  ).map(([x, y]) => {
    const y1 = y * ct;
    const z1 = y * st;
    const x2 = x * cy + z1 * sy;
    const z2 = -x * sy + z1 * cy;
    const k = f / (f + z2);
    const u = x2 * k;
    const v = y1 * k;
    return [
      cx0 + u * Math.cos(rot) - v * Math.sin(rot),
      cy0 + u * Math.sin(rot) + v * Math.cos(rot),
    ];
  }) as Quad;
  const src: Quad = [
    [0, 0],
    [doc.width - 1, 0],
    [doc.width - 1, doc.height - 1],
    [0, doc.height - 1],
  ];
  const docPx: Rgba = doc.getContext('2d').getImageData(0, 0, doc.width, doc.height);
  // warp() fills outside with 0: alpha 0 there, so the card blends onto the table.
  const placed = warp(docPx, homography(corners, src), outW, outH, 0);
  const light = s.light ? { x: r() * outW, y: r() * outH, k: s.light } : null;
  const glare = s.glare
    ? {
        x: cx0 + jitter(r, w * 0.25),
        y: cy0 + jitter(r, h * 0.2),
        rx: w * (0.12 + r() * 0.1),
        ry: h * (0.1 + r() * 0.1),
      }
    : null;
  const diag = Math.hypot(outW, outH);
  for (let i = 0; i < outW * outH; i++) {
    const a = placed.data[i * 4 + 3]! / 255;
    const x = i % outW;
    const y = (i - x) / outW;
    const shade = light
      ? 1 - light.k * Math.min(1, Math.hypot(x - light.x, y - light.y) / diag + light.k * 0.6)
      : 1;
    let add = 0;
    if (glare) {
      const d = ((x - glare.x) / glare.rx) ** 2 + ((y - glare.y) / glare.ry) ** 2;
      add = 255 * Math.exp(-d * 1.5) * 1.1;
    }
    for (let c = 0; c < 3; c++) {
      const v = placed.data[i * 4 + c]! * a + bg.data[i * 4 + c]! * (1 - a);
      bg.data[i * 4 + c] = Math.max(
        0,
        Math.min(255, v * shade + add + (s.noise ? jitter(r, s.noise) : 0)),
      );
    }
  }
  ctx.putImageData(bg, 0, 0);
  if (s.blur) {
    const blurred = createCanvas(outW, outH);
    const b = blurred.getContext('2d');
    b.filter = `blur(${s.blur.toFixed(2)}px)`;
    b.drawImage(scene, 0, 0);
    return blurred.encodeSync('jpeg', s.quality);
  }
  return scene.encodeSync('jpeg', s.quality);
}

const HARDSHIPS: Hardship[] = ['perspective', 'blur', 'glare', 'dark', 'cut_off'];
const BUSINESSES: Record<Half, Business[]> = {
  tune: ['individual', 'company', 'individual', 'sole', 'partnership', 'branch'],
  holdout: ['individual', 'individual', 'company', 'partnership', 'branch', 'sole'],
};

/** Scan, photo, hard photo in the ratio 2 : 2 : 1. */
function variantOf(i: number): Variant {
  const k = i % 5;
  return k < 2 ? 'scan' : k < 4 ? 'photo' : 'hard';
}

function jitterId(L: IdLayout, r: Rand): IdLayout {
  const j = (n: number) => Math.round(jitter(r, n));
  return {
    ...L,
    labelX: L.labelX + j(8),
    valueX: L.valueX + j(12),
    ethnicityX: L.ethnicityX + j(10),
    valueSize: L.valueSize + j(2),
    top: L.top + j(6),
    pitch: L.pitch + j(4),
    addressChars: L.addressChars + j(2),
    numberX: L.numberX + j(15),
    numberY: L.numberY + j(8),
  };
}

/** A printing's own offsets: the same template prints a little differently batch to batch. */
function jitterLicence(L: LicenceLayout, r: Rand): LicenceLayout {
  const j = (n: number) => Math.round(jitter(r, n));
  return {
    ...L,
    font: L.font + j(1),
    top: L.top + j(10),
    pitch: L.pitch + j(4),
    columns: L.columns.map((c) => ({ ...c, x: c.x + j(6), valueX: c.valueX + j(10) })),
    code: { ...L.code, x: L.code.x + j(8), y: L.code.y + j(8) },
  };
}

/**
 * Samples `from` … `from + count − 1` of a half (more tuning samples: the same half from a
 * later index, never overlapping the first `from`).
 */
export function generate(
  half: Half,
  count: number,
  outDir: string,
  from = 0,
  face?: Face,
  tableKind?: Table,
): Sample[] {
  mkdirSync(outDir, { recursive: true });
  const samples: Sample[] = [];
  const seeds = SEEDS[half];
  // Another typeface (`--font`): every label, value and title in it, all else as drawn.
  const family = face ? faceFamily(face) : null;
  const inFace = <L extends { labelFont: string; valueFont: string }>(l: L): L =>
    family
      ? {
          ...l,
          labelFont: family,
          valueFont: family,
          ...('titleFont' in l ? { titleFont: family } : {}),
        }
      : l;
  for (let i = from; i < from + count; i++) {
    const r = rng(seeds.id + i);
    const truth = idTruth(r);
    // The tuning half also moves each card's fields a little (printings and card batches
    // differ), so tuning cannot settle on exact positions; the held-out layouts stay as drawn.
    const base = pick(r, ID_LAYOUTS[half]);
    const layout = half === 'tune' ? jitterId(base, r) : base;
    const variant = variantOf(i);
    const hardship =
      variant === 'hard' ? HARDSHIPS[Math.floor(i / 5) % HARDSHIPS.length] : undefined;
    const file = `id-${String(i).padStart(3, '0')}.jpg`;
    const s = shot(r, variant, hardship);
    const img = photograph(
      drawIdCard(truth, inFace(layout), r),
      r,
      1000,
      variant === 'scan' ? 660 : 750,
      s,
      variant !== 'scan',
      tableKind,
    );
    writeFileSync(join(outDir, file), img);
    samples.push({
      file,
      kind: 'id',
      variant,
      ...(hardship ? { hardship } : {}),
      layout: layout.name,
      truth: { ...truth },
    });
  }
  for (let i = from; i < from + count; i++) {
    const r = rng(seeds.licence + i);
    const business = BUSINESSES[half][i % BUSINESSES[half].length]!;
    const { capital, term, scope, business: b, ...truth } = licenceTruth(r, business);
    const layouts = LICENCE_LAYOUTS[half].filter((l) => l.businesses.includes(business));
    // As on the ID cards, only the tuning half moves the fields a little.
    const layout = half === 'tune' ? jitterLicence(pick(r, layouts), r) : pick(r, layouts);
    const variant = variantOf(i);
    const hardship =
      variant === 'hard' ? HARDSHIPS[Math.floor(i / 5) % HARDSHIPS.length] : undefined;
    const file = `licence-${String(i).padStart(3, '0')}.jpg`;
    const doc = drawLicence({ ...truth, capital, term, scope, business: b }, inFace(layout), r);
    const s = shot(r, variant, hardship);
    const height = variant === 'scan' ? 940 : 1000;
    const img = photograph(doc, r, 1300, height, s, variant !== 'scan', tableKind);
    writeFileSync(join(outDir, file), img);
    samples.push({
      file,
      kind: 'licence',
      variant,
      ...(hardship ? { hardship } : {}),
      layout: layout.name,
      family: business === 'individual' ? 'individual' : 'company',
      truth: { ...truth },
    });
  }
  writeFileSync(join(outDir, 'truth.json'), JSON.stringify(samples, null, 1));
  return samples;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const half = (process.argv[2] ?? 'tune') as Half;
  if (half !== 'tune' && half !== 'holdout') throw new Error('half: tune | holdout');
  const count = Number(process.argv[3] ?? 40);
  const offset = Number(process.argv[5] ?? 0);
  const out = process.argv[4] ?? `bench/out/ocr/${half}-${count}${offset ? `-s${offset}` : ''}`;
  const s = generate(half, count, out, offset);
  console.log(`wrote ${s.length} images and truth.json to ${out}`);
}
