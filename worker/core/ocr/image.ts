/**
 * Pure image operations on plain pixel arrays, so the same preprocessing runs in the browser's
 * worker and in Node: grey conversion, card detection, perspective rectification, uneven-light
 * flattening and PGM encoding (tesseract's leptonica reads PGM, so no canvas is needed).
 */

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

export type Point = [number, number];
/** Four corners: top-left, top-right, bottom-right, bottom-left. */
export type Quad = [Point, Point, Point, Point];

/**
 * Luminance, with light red lifted towards white: a red seal stamped over the page is paper to
 * the reader, while black text under it (dark in every channel) stays dark.
 */
export function toGray(img: Rgba): Gray {
  const n = img.width * img.height;
  const out = new Uint8Array(n);
  const d = img.data;
  for (let i = 0; i < n; i++) {
    const r = d[i * 4]!;
    const g = d[i * 4 + 1]!;
    const b = d[i * 4 + 2]!;
    const lum = (r * 77 + g * 150 + b * 29) >> 8;
    const red = r - Math.max(g, b);
    out[i] = red > 40 && lum > 90 ? Math.min(255, lum + 1.6 * red) : lum;
  }
  return { width: img.width, height: img.height, data: out };
}

/**
 * Grey for finding the document: bright and colourless is paper, so a red, brown or green
 * table stays dark however light it is (toGray lifts red to clear seals, which would lift a
 * red table too).
 */
export function paperGray(img: Rgba): Gray {
  const n = img.width * img.height;
  const out = new Uint8Array(n);
  const d = img.data;
  for (let i = 0; i < n; i++) {
    const r = d[i * 4]!;
    const g = d[i * 4 + 1]!;
    const b = d[i * 4 + 2]!;
    const lum = (r * 77 + g * 150 + b * 29) >> 8;
    out[i] = Math.max(0, lum - (Math.max(r, g, b) - Math.min(r, g, b)));
  }
  return { width: img.width, height: img.height, data: out };
}

/** Solves the 3×3 homography (h33 = 1) mapping each `from` corner onto its `to` corner. */
export function homography(from: Quad, to: Quad): number[] {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!;
    const [u, v] = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  // Gauss–Jordan with partial pivoting on the 8×9 augmented matrix.
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    const row = a[c]!;
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / row[c]!;
      for (let k = c; k < 9; k++) a[r]![k]! -= f * row[k]!;
    }
  }
  return [...a.map((r, i) => r[8]! / r[i]!), 1];
}

/**
 * Samples `src` (1 or 4 channels) through `h`, which maps output coordinates to source
 * coordinates, bilinearly; outside the source the `fill` value is used.
 */
export function warp<T extends Gray | Rgba>(
  src: T,
  h: number[],
  width: number,
  height: number,
  fill = 255,
): T {
  const ch = src.data.length / (src.width * src.height);
  const out = new Uint8Array(width * height * ch);
  const { width: sw, height: sh, data } = src;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const w = h[6]! * x + h[7]! * y + 1;
      const sx = (h[0]! * x + h[1]! * y + h[2]!) / w;
      const sy = (h[3]! * x + h[4]! * y + h[5]!) / w;
      const o = (y * width + x) * ch;
      if (sx < 0 || sy < 0 || sx > sw - 1 || sy > sh - 1) {
        for (let c = 0; c < ch; c++) out[o + c] = fill;
        continue;
      }
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const x1 = Math.min(x0 + 1, sw - 1);
      const y1 = Math.min(y0 + 1, sh - 1);
      const fx = sx - x0;
      const fy = sy - y0;
      for (let c = 0; c < ch; c++) {
        const p00 = data[(y0 * sw + x0) * ch + c]!;
        const p10 = data[(y0 * sw + x1) * ch + c]!;
        const p01 = data[(y1 * sw + x0) * ch + c]!;
        const p11 = data[(y1 * sw + x1) * ch + c]!;
        const top = p00 + (p10 - p00) * fx;
        const bot = p01 + (p11 - p01) * fx;
        out[o + c] = top + (bot - top) * fy;
      }
    }
  }
  return { width, height, data: out } as T;
}

/** Crops and scales a quad of `src` to a `width`×`height` rectangle. */
export function rectify(src: Gray, quad: Quad, width: number, height: number): Gray {
  const dst: Quad = [
    [0, 0],
    [width - 1, 0],
    [width - 1, height - 1],
    [0, height - 1],
  ];
  return warp(src, homography(dst, quad), width, height);
}

/** Turns an image by `angle` radians about its centre (counter-clockwise positive), on white. */
export function rotate(src: Gray, angle: number): Gray {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const cx = (src.width - 1) / 2;
  const cy = (src.height - 1) / 2;
  // Output pixel → source pixel: the inverse rotation about the centre.
  const h = [c, s, cx - c * cx - s * cy, -s, c, cy + s * cx - c * cy, 0, 0];
  return warp(src, h, src.width, src.height);
}

/** Scales by averaging blocks when shrinking (no aliasing), bilinear otherwise. */
export function resize(src: Gray, width: number, height: number): Gray {
  if (width >= src.width) {
    return rectify(
      src,
      [
        [0, 0],
        [src.width - 1, 0],
        [src.width - 1, src.height - 1],
        [0, src.height - 1],
      ],
      width,
      height,
    );
  }
  const out = new Uint8Array(width * height);
  const sx = src.width / width;
  const sy = src.height / height;
  for (let y = 0; y < height; y++) {
    const ya = Math.floor(y * sy);
    const yb = Math.max(ya + 1, Math.floor((y + 1) * sy));
    for (let x = 0; x < width; x++) {
      const xa = Math.floor(x * sx);
      const xb = Math.max(xa + 1, Math.floor((x + 1) * sx));
      let sum = 0;
      for (let yy = ya; yy < yb; yy++) {
        for (let xx = xa; xx < xb; xx++) sum += src.data[yy * src.width + xx]!;
      }
      out[y * width + x] = sum / ((yb - ya) * (xb - xa));
    }
  }
  return { width, height, data: out };
}

export function crop(src: Gray, x: number, y: number, w: number, h: number): Gray {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const cw = Math.min(src.width - x0, Math.round(w));
  const chh = Math.min(src.height - y0, Math.round(h));
  const out = new Uint8Array(cw * chh);
  for (let r = 0; r < chh; r++) {
    out.set(src.data.subarray((y0 + r) * src.width + x0, (y0 + r) * src.width + x0 + cw), r * cw);
  }
  return { width: cw, height: chh, data: out };
}

/** Binary PGM (P5): leptonica inside tesseract decodes it, in the browser and in Node alike. */
export function encodePgm(img: Gray): Uint8Array {
  // ASCII header; built by hand because core has no TextEncoder (no DOM or Node types).
  const header = Uint8Array.from(`P5\n${img.width} ${img.height}\n255\n`, (c) => c.charCodeAt(0));
  const out = new Uint8Array(header.length + img.data.length);
  out.set(header);
  out.set(img.data, header.length);
  return out;
}
