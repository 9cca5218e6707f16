/**
 * The pure halves of the second recogniser (a PP-OCR CRNN/SVTR text-line model run by
 * onnxruntime): the input tensor for one line crop and greedy CTC decoding of its output. The
 * runtime itself lives in the PWA (pwa/src/features/ocr/paddle-engine.ts); keeping these here
 * lets the browser and Node share them and lets tests check them on small recorded outputs.
 */
import { resize, type Gray } from './image';

/** PP-OCRv4 recognition models take lines 48 px high, normalised to [-1, 1], 3 channels. */
export const REC_HEIGHT = 48;
/** Wider lines are shrunk: run time grows with width, and field lines never need more. */
export const REC_MAX_WIDTH = 1600;
/**
 * Shorter lines are padded to this width, as PaddleOCR does (its 3×48×320 shape): the model
 * misreads a two-character name given alone in a tight 48×90 input.
 */
export const REC_MIN_WIDTH = 320;

export interface RecInput {
  /** NCHW float32, N = 1, C = 3 (grey repeated), H = REC_HEIGHT. */
  data: Float32Array;
  /** The tensor's width (at least REC_MIN_WIDTH). */
  width: number;
  /** How wide the line itself is in the tensor (the rest is padding). */
  scaled: number;
}

/**
 * The model input for one line: scaled to 48 px high keeping its aspect ratio (capped at
 * REC_MAX_WIDTH), each pixel mapped to v / 127.5 - 1 as PaddleOCR's `NormalizeImage` does, and
 * padded on the right with 0 up to REC_MIN_WIDTH, as its `resize_norm_img` does.
 */
export function recInput(line: Gray): RecInput {
  const ratio = line.width / Math.max(1, line.height);
  const w = Math.max(16, Math.min(REC_MAX_WIDTH, Math.round(REC_HEIGHT * ratio)));
  const img = resize(line, w, REC_HEIGHT);
  const width = Math.max(w, REC_MIN_WIDTH);
  const plane = REC_HEIGHT * width;
  const data = new Float32Array(3 * plane);
  for (let y = 0; y < REC_HEIGHT; y++) {
    for (let x = 0; x < w; x++) {
      const v = img.data[y * w + x]! / 127.5 - 1;
      const i = y * width + x;
      data[i] = v;
      data[plane + i] = v;
      data[2 * plane + i] = v;
    }
  }
  return { data, width, scaled: w };
}

/**
 * Where a CTC time step lies on the original line image (x of the step's centre, in its
 * pixels): the model's steps cover the tensor's width evenly.
 */
export function stepToX(step: number, steps: number, input: RecInput, lineWidth: number): number {
  return ((step + 0.5) * (input.width / steps) * lineWidth) / input.scaled;
}

/**
 * The class labels of a PP-OCR dictionary file: index 0 is CTC's blank, then one character
 * per line of the file, then the space PaddleOCR appends (`use_space_char`).
 */
export function recDictionary(keysFile: string): string[] {
  const keys = keysFile.replace(/\r/g, '').split('\n');
  if (keys.at(-1) === '') keys.pop();
  return ['', ...keys, ' '];
}

export interface CtcResult {
  text: string;
  /** 0–100: mean probability of the emitted characters (PaddleOCR's score). */
  confidence: number;
  /** 0–100: the least sure emitted character, which is what a single wrong character shows. */
  minConfidence: number;
  /**
   * Per emitted character (one per code point of `text`): the time step where it was emitted
   * and its probability (0–100). A step maps back to a place along the line, so a row read in
   * one pass can still be split by its geometry (which label a character stands beside).
   * `rival` (0–100) is the best other character's probability over the character's steps: the
   * reading the model nearly gave instead (彧 behind a 或). `alts` are the likeliest other
   * characters over its steps, most likely first (up to ALT_COUNT, each at least ALT_MIN):
   * what a closed list (the places of China) may choose among, where the reading is none.
   */
  chars: { ch: string; step: number; confidence: number; rival: number; alts: string }[];
  /**
   * Characters the model nearly emitted where it gave blank: per run of blank steps, the
   * likeliest character over the run when it reached LATENT_MIN (a rare character such as 垚
   * or 翊 is often lost this way, at 15–40%, behind the blank). Never part of `text`: the
   * caller may put one back where the line's ink shows a character is missing (glyphs.ts).
   */
  latent: { ch: string; step: number; confidence: number; alts: string }[];
}

/** A character's alternatives: at most this many, each at least ALT_MIN (0–100) likely. */
export const ALT_COUNT = 3;
export const ALT_MIN = 0.2;

/** A blank run's best character is kept as latent from this probability (0–100) on. */
export const LATENT_MIN = 10;

/**
 * Greedy CTC decoding: the best class at each time step, repeats collapsed, blanks dropped.
 * `probs` is steps × classes, row-major (the model's softmax output).
 * Example: best classes [1, 1, 0, 1, 2] over dictionary ['', 'a', 'b'] → 'aab'.
 */
export function ctcGreedy(
  probs: ArrayLike<number>,
  steps: number,
  classes: number,
  dict: readonly string[],
): CtcResult {
  let text = '';
  let prev = -1;
  let sum = 0;
  let min = 1;
  let n = 0;
  const chars: CtcResult['chars'] = [];
  const latent: CtcResult['latent'] = [];
  // The current blank run's best character (class, step, probability), its neighbours' own
  // classes aside: the shoulders of the characters emitted before and after it.
  let run: { c: number; t: number; p: number } | null = null;
  let runP = new Map<number, number>();
  let emitted = 0;
  const endRun = (next: number) => {
    const ch = run && run.c !== next ? (dict[run.c] ?? '') : '';
    if (run && ch && !/\s/.test(ch) && 100 * run.p >= LATENT_MIN) {
      runP.delete(run.c);
      latent.push({ ch, step: run.t, confidence: 100 * run.p, alts: altsOf(runP, dict) });
    }
    run = null;
    runP = new Map();
  };
  // Each emitted character's other classes over its steps, each at its highest probability.
  const altP: Map<number, number>[] = [];
  for (let t = 0; t < steps; t++) {
    const row = t * classes;
    let best = 0;
    // The three likeliest characters (blank aside): the rival of the one emitted, its
    // alternatives, and the near miss of a blank step.
    let c1 = 0;
    let c2 = 0;
    let c3 = 0;
    for (let c = 1; c < classes; c++) {
      const p = probs[row + c]!;
      if (p > probs[row + best]!) best = c;
      if (!c1 || p > probs[row + c1]!) {
        c3 = c2;
        c2 = c1;
        c1 = c;
      } else if (!c2 || p > probs[row + c2]!) {
        c3 = c2;
        c2 = c;
      } else if (!c3 || p > probs[row + c3]!) c3 = c;
    }
    // The step's likeliest characters other than the one emitted, for its alternatives.
    const others = () => [c1, c2, c3].filter((c) => c && c !== best);
    const rival = () => 100 * (probs[row + (c1 === best ? c2 : c1)] ?? 0);
    if (best === 0) {
      const c = c1 === emitted ? c2 : c1;
      const p = probs[row + c] ?? 0;
      if (c && (!run || p > run.p)) run = { c, t, p };
      for (const o of [c1, c2, c3]) {
        if (o && o !== emitted) runP.set(o, Math.max(runP.get(o) ?? 0, probs[row + o]!));
      }
    } else if (best !== prev) {
      endRun(best);
      emitted = best;
    }
    if (best !== 0 && best !== prev) {
      const ch = dict[best] ?? '';
      text += ch;
      const p = probs[row + best]!;
      sum += p;
      min = Math.min(min, p);
      n++;
      if (ch) {
        chars.push({ ch, step: t, confidence: 100 * p, rival: rival(), alts: '' });
        altP.push(new Map());
      }
    } else if (best !== 0 && dict[best]) {
      // The character's later steps: its rival over all of them.
      const last = chars.at(-1);
      if (last) last.rival = Math.max(last.rival, rival());
    }
    const own = best !== 0 ? altP.at(-1) : undefined;
    if (own) for (const c of others()) own.set(c, Math.max(own.get(c) ?? 0, probs[row + c]!));
    prev = best;
  }
  endRun(0);
  chars.forEach((c, i) => (c.alts = altsOf(altP[i]!, dict)));
  return n
    ? { text, confidence: (100 * sum) / n, minConfidence: 100 * min, chars, latent }
    : { text: '', confidence: 0, minConfidence: 0, chars, latent };
}

/** The likeliest alternatives of a character (see `CtcResult.chars`), as one string. */
function altsOf(altP: ReadonlyMap<number, number>, dict: readonly string[]): string {
  return [...altP]
    .filter(([c, p]) => 100 * p >= ALT_MIN && dict[c] && !/\s/.test(dict[c]!))
    .sort((a, b) => b[1] - a[1])
    .slice(0, ALT_COUNT)
    .map(([c]) => dict[c]!)
    .join('');
}
