/**
 * Rows of recognised characters that keep their place on the page: what the label-anchored
 * extraction works on, whichever engine read them. The line model reads the page's segments
 * packed into a few long lines (so wide gaps and short rows cost nothing) and each
 * character's CTC step maps back to its row and x on the page; tesseract's words are spread
 * over their boxes.
 */
import { crop, resize, type Gray } from './image';
import type { LineReader } from './line-pass';
import { groupRows } from './rows';
import { growFaint, type SegRow } from './segment';
import type { Box, OcrWord } from './types';

export interface Glyph {
  ch: string;
  /** Centre x on the page. */
  x: number;
  /** 0–100. */
  confidence: number;
  /** Ink next to this character was left unread (a character the model dropped). */
  doubt?: true;
  /** The line model's likeliest other characters here, most likely first (rec.ts). */
  alts?: string;
}

export interface GlyphRow {
  y0: number;
  y1: number;
  /** The row's character height (its typical segment's, not its whole ink's). */
  h: number;
  /** Left to right. */
  glyphs: Glyph[];
}

/** The middle value (the upper one of an even count); 0 for none. */
export const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Characters of tesseract's words, each placed evenly across its word's box. */
export function glyphRowsFromWords(words: readonly OcrWord[]): GlyphRow[] {
  const rows: GlyphRow[] = [];
  for (const line of groupRows(words)) {
    const glyphs: Glyph[] = [];
    for (const w of line) {
      const chars = [...w.text.replace(/\s+/g, '')];
      const step = (w.bbox.x1 - w.bbox.x0) / Math.max(1, chars.length);
      chars.forEach((ch, i) =>
        glyphs.push({ ch, x: w.bbox.x0 + (i + 0.5) * step, confidence: w.confidence }),
      );
    }
    glyphs.sort((a, b) => a.x - b.x);
    const y0 = Math.min(...line.map((w) => w.bbox.y0));
    const y1 = Math.max(...line.map((w) => w.bbox.y1));
    const h = median(line.map((w) => w.bbox.y1 - w.bbox.y0));
    if (glyphs.length) rows.push({ y0, y1, h, glyphs });
  }
  return rows.sort((a, b) => a.y0 - b.y0);
}

/** Height every piece is scaled to, and the widest packed line, in those heights. */
const PIECE_H = 40;
/**
 * The widest packed line, in piece heights. Short lines read better than long ones (tuning
 * half: ID cards 83% all right at 10, 78% at 32) and keep the model's buffers small.
 */
export const MAX_ASPECT = 10;

interface Piece {
  row: number;
  /** Where the piece starts in its packed line (scaled pixels). */
  at: number;
  width: number;
  /** Page x of the piece's first column, and page pixels per scaled pixel. */
  x0: number;
  k: number;
  /** The segment's ink reaches the page's left or right edge. */
  cut: { left: boolean; right: boolean };
  /** Page x of the segment's ink (the piece adds a blank margin either side). */
  ink: { x0: number; x1: number };
}

/**
 * Reads every row of segments. Each segment is cropped to its row's height, scaled to one
 * height, and the pieces of all rows are packed side by side with a blank between them into
 * as few line-model calls as the model's width allows (short rows would each cost a padded
 * call of their own); each character's place maps back to its row and page x.
 */
export async function readRows(
  page: Gray,
  rows: readonly SegRow[],
  read: LineReader,
  charHeight: number,
  check: () => void = () => undefined,
  maxAspect = MAX_ASPECT,
  skip?: (seg: Box, row: number, done: readonly GlyphRow[]) => boolean,
): Promise<GlyphRow[]> {
  const blank = Math.round(0.7 * PIECE_H);
  const out: GlyphRow[] = rows.map((row) => ({
    y0: row.y0,
    y1: row.y1,
    // A stray mark or a bracket can make a row's ink taller than its characters.
    h: Math.min(
      1.3 * charHeight,
      Math.max(0.7 * charHeight, median(row.segs.map((s) => s.y1 - s.y0))),
    ),
    glyphs: [],
  }));
  const fresh = () => ({ pieces: [] as Piece[], images: [] as Gray[], width: blank });
  let line = fresh();
  // Lines are read as soon as they are full, so `skip` sees what the rows above say.
  const flush = async () => {
    if (line.pieces.length) await readLine(line);
    line = fresh();
  };
  const readLine = async (l: ReturnType<typeof fresh>) => {
    const r = await read(pack(l.images, l.pieces, l.width));
    check();
    const byPiece = new Map<Piece, Glyph[]>();
    const latentBy = new Map<Piece, Glyph[]>();
    // The piece a character's centre falls in (or the nearest, for one on a blank).
    type Read = { ch: string; x: number; confidence: number; alts?: string };
    const place = (c: Read, to: Map<Piece, Glyph[]>) => {
      let best = l.pieces[0]!;
      let dist = Infinity;
      for (const p of l.pieces) {
        const d = c.x < p.at ? p.at - c.x : c.x > p.at + p.width ? c.x - p.at - p.width : 0;
        if (d < dist) {
          dist = d;
          best = p;
        }
      }
      const local = Math.min(best.width, Math.max(0, c.x - best.at));
      const g: Glyph = { ch: c.ch, x: best.x0 + local * best.k, confidence: c.confidence };
      if (c.alts) g.alts = c.alts;
      to.set(best, [...(to.get(best) ?? []), g]);
    };
    for (const c of r.chars ?? []) {
      // A blank the model reads as a space is no character: as a glyph it would start a
      // value in the blank after its label (and a re-read's crop half over the label).
      if (!/\s/.test(c.ch)) place(c, byPiece);
    }
    for (const c of r.latent ?? []) place(c, latentBy);
    for (const p of l.pieces) {
      const gs = inInk(dedupe(byPiece.get(p) ?? [], charHeight), p.ink, charHeight);
      const x0 = p.x0 + 0.3 * charHeight;
      const x1 = p.x0 + p.width * p.k - 0.3 * charHeight;
      fillUnread(gs, latentBy.get(p) ?? [], x0, x1, charHeight);
      markUnread(gs, x0, x1, charHeight);
      markCut(gs, p.cut);
      // Two pieces of one row meet in their margins: a character at the seam can be read by
      // both at one page x (…6号 and 号楼1单元… for 6号楼1单元), and is one character.
      out[p.row]!.glyphs = dedupe([...out[p.row]!.glyphs, ...gs], charHeight);
    }
  };
  for (const [r, row] of rows.entries()) {
    const h = row.y1 - row.y0;
    const padY = Math.round(Math.max(3, 0.25 * Math.max(h, charHeight * 0.8)));
    const y0 = Math.max(0, row.y0 - padY);
    const y1 = Math.min(page.height, row.y1 + padY);
    const padX = Math.round(0.3 * charHeight);
    const k = (y1 - y0) / PIECE_H;
    for (const [j, seg] of row.segs.entries()) {
      // Ink too faint for the segmenter may continue the segment (a paler last character).
      const lo = row.segs[j - 1]?.x1 ?? 0;
      const s = growFaint(page, seg, charHeight, lo, row.segs[j + 1]?.x0 ?? page.width);
      const x0 = Math.max(0, s.x0 - padX);
      const x1 = Math.min(page.width, s.x1 + padX);
      const w = Math.max(1, Math.round((x1 - x0) / k));
      if (line.width + w + blank > maxAspect * PIECE_H && line.pieces.length) await flush();
      // A skip is decided on what the rows above say: pieces of theirs still waiting in the
      // packed line are read first, so a label among them counts.
      if (skip?.(seg, r, out)) {
        if (!line.pieces.some((p) => p.row < r)) continue;
        await flush();
        if (skip(seg, r, out)) continue;
      }
      const cut = { left: s.x0 <= EDGE, right: s.x1 >= page.width - EDGE };
      line.pieces.push({
        row: r,
        at: line.width,
        width: w,
        x0,
        k,
        cut,
        ink: { x0: s.x0, x1: s.x1 },
      });
      line.images.push(resize(crop(page, x0, y0, x1 - x0, y1 - y0), w, PIECE_H));
      line.width += w + blank;
    }
  }
  await flush();
  // A stray can come from a piece of its own (a broken radical segmented apart).
  for (const row of out) row.glyphs = dropStrays(row.glyphs, charHeight);
  return out;
}

/**
 * The glyphs read on a piece's ink: an unsure character (under STRAY_MAX) placed in the blank
 * margin around the ink is one the model made up from the edge of the crop (東 before 江西省
 * on a black-and-white scan, 鍵 after 52号), no character printed there. A printed character's
 * centre lies inside its ink, a sure one is kept wherever it is placed. The margin may still
 * hold ink too faint for the segmenter (glare over 733号): the character nearest a dropped one
 * is marked doubt, so its value is shown for the applicant's eye.
 */
export function inInk(glyphs: Glyph[], ink: { x0: number; x1: number }, h: number): Glyph[] {
  const slack = 0.15 * h;
  const on = (g: Glyph) =>
    g.confidence >= STRAY_MAX || (g.x >= ink.x0 - slack && g.x <= ink.x1 + slack);
  const kept = glyphs.filter(on);
  for (const g of glyphs) {
    if (on(g) || !kept.length) continue;
    const near = g.x < ink.x0 ? kept[0]! : kept.at(-1)!;
    near.doubt = true;
  }
  return kept;
}

/**
 * `glyphs` (in x order) without the strays beside sure characters (see `stray`); the
 * character kept is marked doubt (its ink was broken enough to be read twice).
 */
export function dropStrays(glyphs: readonly Glyph[], h: number): Glyph[] {
  const out: Glyph[] = [];
  for (const g of glyphs) {
    const prev = out.at(-1);
    if (prev && stray(prev, g, g.x - prev.x, h)) {
      out[out.length - 1] = { ...(g.confidence > prev.confidence ? g : prev), doubt: true };
      continue;
    }
    out.push(g);
  }
  return out;
}

/**
 * Marks characters beside ink that produced no character: the segment's ink [x0, x1) should
 * be covered by characters about one character height apart; a wider stretch without one is
 * a character the model dropped (a rare one, 垚), so the value must not pass as read.
 */
function markUnread(gs: Glyph[], x0: number, x1: number, h: number): void {
  if (!gs.length) return;
  if (gs[0]!.x - x0 > 1.2 * h) gs[0]!.doubt = true;
  if (x1 - gs.at(-1)!.x > 1.2 * h) gs.at(-1)!.doubt = true;
  // Advances in character heights: a Chinese character ~1.1, a digit or letter ~0.6. A gap
  // with room for one more character (a narrow one between digits: 43号 read as 3号) is doubt.
  const adv = (ch: string) => (isWide(ch) ? 1.1 : 0.62);
  for (let i = 1; i < gs.length; i++) {
    const expected = (adv(gs[i - 1]!.ch) + adv(gs[i]!.ch)) / 2;
    if (gs[i]!.x - gs[i - 1]!.x > (expected + 0.5) * h) gs[i]!.doubt = true;
  }
}

/** A character put back from the model's latent ones has at most this confidence (0–100). */
export const LATENT_CONFIDENCE = 30;

/**
 * Puts back, in each stretch of ink the model left without a character (see `markUnread`),
 * the character it nearly read there (`latent`, from rec.ts): 黎垚 where the page read gave
 * 黎 and blank at 垚's place, with 垚 at 15%. The character comes back marked (doubt, and at
 * most LATENT_CONFIDENCE) so its value is never taken as read; one character per stretch,
 * and only in a stretch with room for one: a wider gap is spacing, not a lost character.
 */
export function fillUnread(
  gs: Glyph[],
  latent: readonly Glyph[],
  x0: number,
  x1: number,
  h: number,
): void {
  if (!gs.length || !latent.length) return;
  const adv = (ch: string) => (isWide(ch) ? 1.1 : 0.62);
  const add: Glyph[] = [];
  const pick = (from: number, to: number) => {
    const inside = latent.filter((c) => c.x > from && c.x < to);
    const best = inside.reduce<Glyph | null>(
      (m, c) => (!m || c.confidence > m.confidence ? c : m),
      null,
    );
    if (best)
      add.push({ ...best, confidence: Math.min(best.confidence, LATENT_CONFIDENCE), doubt: true });
  };
  const first = gs[0]!;
  const last = gs.at(-1)!;
  if (first.x - x0 > 1.2 * h && first.x - x0 < 2.4 * h) pick(first.x - 1.6 * h, first.x - 0.5 * h);
  if (x1 - last.x > 1.2 * h && x1 - last.x < 2.4 * h) pick(last.x + 0.5 * h, last.x + 1.6 * h);
  for (let i = 1; i < gs.length; i++) {
    const a = gs[i - 1]!;
    const b = gs[i]!;
    const expected = (adv(a.ch) + adv(b.ch)) / 2;
    const gap = b.x - a.x;
    if (gap > (expected + 0.5) * h && gap < (2 * expected + 0.4) * h) {
      pick(a.x + 0.5 * h, b.x - 0.5 * h);
    }
  }
  if (!add.length) return;
  gs.push(...add);
  gs.sort((a, b) => a.x - b.x);
}

/** Ink this close to the page's edge (pixels) may go on past it. */
const EDGE = 2;

/**
 * Marks the characters at a piece's end where its ink runs into the page's edge: the page was
 * cut there (a photo cropped tight, a corner missed), so the text may go on past it unread
 * (an address's 6单元635室 lost past the right edge reads 7号楼 and then 室 on the next line).
 */
function markCut(gs: Glyph[], cut: Piece['cut']): void {
  if (cut.left && gs[0]) gs[0].doubt = true;
  if (cut.right && gs.at(-1)) gs.at(-1)!.doubt = true;
}

/**
 * Two characters at one place are one character read twice: CTC emits an equal character
 * again at a piece's edge, or hesitates between two readings of one (江汉 for 汉). A real
 * neighbour stands at least half a character height further on (a digit), an equal one
 * (丽丽) a whole character. The more confident reading is kept, with the lower confidence.
 */
function dedupe(glyphs: Glyph[], h: number): Glyph[] {
  glyphs.sort((a, b) => a.x - b.x);
  const out: Glyph[] = [];
  for (const g of glyphs) {
    const prev = out.at(-1);
    const near = prev ? g.x - prev.x : Infinity;
    // Digits and Latin letters are half as wide: two different ones that close are neighbours.
    const wide = isWide(prev?.ch ?? '') || isWide(g.ch);
    if (
      prev &&
      ((wide && near < 0.3 * h) || (prev.ch === g.ch && near < (wide ? 0.45 : 0.2) * h))
    ) {
      const keep = g.confidence > prev.confidence ? g : prev;
      const low = Math.min(g.confidence, prev.confidence);
      out[out.length - 1] = { ...keep, confidence: prev.ch === g.ch ? keep.confidence : low };
      continue;
    }
    out.push(g);
  }
  return out;
}

/** A stray is never surer than this (0–100); the character it overlaps at least STRAY_BESIDE. */
const STRAY_MAX = 50;
const STRAY_BESIDE = 80;

/**
 * Whether one of two Han characters `near` apart is a stray: a character the model half read
 * from part of its sure neighbour (the 女 of a thin, broken 姓 on a black-and-white scan, read
 * 東 at 27 before 姓 at 100). Printed Han characters stand about a character height apart;
 * two of them within 0.75 of one overlap, so the unsure one is no character of its own.
 * Punctuation (the middle dot of 艾力·依明 stands half a height from each neighbour) and
 * digits are never strays.
 */
function stray(a: Glyph, b: Glyph, near: number, h: number): boolean {
  if (near >= 0.75 * h || !isHan(a.ch) || !isHan(b.ch)) return false;
  const [lo, hi] = a.confidence < b.confidence ? [a, b] : [b, a];
  return lo.confidence < STRAY_MAX && hi.confidence >= STRAY_BESIDE;
}

const isWide = (ch: string) => ch.charCodeAt(0) > 0x7f;
const isHan = (ch: string) => /^\p{Script=Han}$/u.test(ch);

/** The pieces side by side on white, PIECE_H high. */
function pack(images: Gray[], pieces: Piece[], width: number): Gray {
  const out = new Uint8Array(width * PIECE_H).fill(255);
  images.forEach((img, i) => {
    const at = pieces[i]!.at;
    for (let y = 0; y < PIECE_H; y++) {
      out.set(img.data.subarray(y * img.width, (y + 1) * img.width), y * width + at);
    }
  });
  return { width, height: PIECE_H, data: out };
}
