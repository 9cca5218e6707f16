/**
 * A document photographed or scanned on its side or upside down: a landscape licence scanned
 * upright on an A4 flatbed, an ID card photographed with the phone held the other way, a file
 * whose EXIF rotation was lost on the way. The pipeline reads text lines left to right, so such
 * a page yields no labels and is refused. When the upright reading is refused for a cause that
 * turning could explain (nothing readable, no document found, or its edge seemingly cut off:
 * a card on its side fills a portrait frame; not darkness, blur or glare) and its text was
 * not read surely (`readUpright`), the page is read again turned (a quarter each way and
 * half, the likelier first); the first turn whose reading finds the printed labels is taken.
 * A page read the right way up costs nothing more; an unreadable one costs up to three more
 * readings before it is refused.
 */
import { resize, toGray, type Gray, type Rgba } from './image';
import type { Refusal } from './quality';

/** Refusals that a page on its side or upside down would also give. */
const TURNABLE: readonly Refusal[] = ['unreadable', 'not_found', 'cut_off'];

/**
 * How much a profile of ink shares (one per row, or per column) varies along its length after
 * smoothing over `window`: text lines make the profile across them alternate between line and
 * gap, while along them the gaps between characters fall at different places on each line and
 * average out.
 */
function variation(profile: Float64Array, window: number): number {
  const n = profile.length;
  const smooth = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let k = 0;
    for (let j = Math.max(0, i - window); j <= Math.min(n - 1, i + window); j++, k++) {
      sum += profile[j]!;
    }
    smooth[i] = sum / k;
  }
  const mean = smooth.reduce((a, b) => a + b, 0) / n;
  if (mean === 0) return 0;
  const sd = Math.sqrt(smooth.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
  return sd / mean;
}

/**
 * Whether the page's text lines seem to run across it (upright or upside down) rather than up
 * and down (on its side), from the ink's row and column profiles of a small copy. Only the
 * order in which turns are tried depends on it.
 */
export function linesRunAcross(img: Rgba): boolean {
  const full = toGray(img);
  const scale = 400 / Math.max(full.width, full.height);
  const g: Gray =
    scale < 1
      ? resize(full, Math.round(full.width * scale), Math.round(full.height * scale))
      : full;
  const sorted = Uint8Array.from(g.data).sort();
  const paper = sorted[Math.floor(sorted.length * 0.9)]!;
  const ink = paper * 0.6;
  const rows = new Float64Array(g.height);
  const cols = new Float64Array(g.width);
  for (let y = 0; y < g.height; y++) {
    for (let x = 0; x < g.width; x++) {
      if (g.data[y * g.width + x]! < ink) {
        rows[y]!++;
        cols[x]!++;
      }
    }
  }
  return variation(rows, 1) >= variation(cols, 1);
}

/** `img` turned clockwise by `quarters` quarter turns. */
export function turnQuarters(img: Rgba, quarters: 1 | 2 | 3): Rgba {
  const { width: W, height: H, data } = img;
  const out = new Uint8ClampedArray(W * H * 4);
  const w = quarters === 2 ? W : H;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      // Where the pixel (x, y) lands in the turned image.
      const [tx, ty] =
        quarters === 1 ? [H - 1 - y, x] : quarters === 2 ? [W - 1 - x, H - 1 - y] : [y, W - 1 - x];
      const from = (y * W + x) * 4;
      const to = (ty * w + tx) * 4;
      out[to] = data[from]!;
      out[to + 1] = data[from + 1]!;
      out[to + 2] = data[from + 2]!;
      out[to + 3] = data[from + 3]!;
    }
  }
  return { width: w, height: quarters === 2 ? H : W, data: out };
}

interface Reading {
  refused: Refusal | null;
  found: 'labels' | 'layout';
  /** A refused page's text was read the right way up (see `readUpright`): no turn helps. */
  upright?: boolean;
}

/** Chinese characters a reading must hold to tell which way up it was read. */
export const UPRIGHT_MIN_HAN = 20;
/** The share of them the line model must have read surely (≥ 90). */
export const UPRIGHT_SURE_SHARE = 0.8;

/**
 * Whether the line model read text the right way up: many Chinese characters, most of them
 * surely. Tuning pages read upright: 89–100% sure (a blurred one 0–13%, refused for its blur);
 * the same pages turned a quarter or half: 0–58%. A licence whose labels the frame cut off is
 * refused as cut off, and without this was turned three times more (27 s in `ocr:extract`).
 */
export function readUpright(glyphs: readonly { ch: string; confidence: number }[]): boolean {
  const han = glyphs.filter((g) => /^[\u3400-\u9fff]$/.test(g.ch));
  if (han.length < UPRIGHT_MIN_HAN) return false;
  return han.filter((g) => g.confidence >= 90).length >= UPRIGHT_SURE_SHARE * han.length;
}

/**
 * `read(img, 0)`, or when that is refused for a cause turning could explain, the first turned
 * reading that finds the document's labels (`read` is told how many quarter turns clockwise
 * the page it reads was turned); the upright refusal when none does.
 */
export async function readAnyWayUp<R extends Reading>(
  img: Rgba,
  read: (img: Rgba, quarters: 0 | 1 | 2 | 3) => Promise<R>,
): Promise<R & { turned: 0 | 1 | 2 | 3 }> {
  const upright = await read(img, 0);
  if (!upright.refused || !TURNABLE.includes(upright.refused)) return { ...upright, turned: 0 };
  // Its text read surely, the page was read the right way up, refused for too little of it (a
  // licence whose labels the frame cut off). Labels found prove nothing: a card on its side
  // gave two. Turned, its lines would run up and down.
  if (upright.upright) return { ...upright, turned: 0 };
  // On its side either way first when the lines run up and down, else upside down first.
  const turns = linesRunAcross(img) ? ([2, 1, 3] as const) : ([1, 3, 2] as const);
  for (const quarters of turns) {
    const turned = await read(turnQuarters(img, quarters), quarters);
    if (!turned.refused && turned.found === 'labels') return { ...turned, turned: quarters };
  }
  return { ...upright, turned: 0 };
}
