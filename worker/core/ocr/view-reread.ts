/**
 * A second look at the values the line model was unsure of. Read packed among other pieces,
 * a rare character (燚, 垚) is often dropped or read as a near look-alike (焱, 圭) with a low
 * probability. The value's crop alone, stretched wider in two different ratios, gives the
 * model two other views; their reading is taken only when both views agree on every
 * character, each character sure, and the result stays close to the first reading. One view
 * alone, or two that disagree, change nothing. A value taken this way stays marked for the
 * applicant: two views of one model are agreement, not proof.
 */
import type { RawValue } from './anchored';
import { crop, resize, type Gray } from './image';
import type { LineReader, LineResult } from './line-pass';
import { LOW_CONFIDENCE, NAME_SURE } from './types';

/** Horizontal stretches of the crop (1 is how the page read saw it, roughly). */
export const VIEWS = [1.3, 1.6] as const;
/** Every character of both views must be at least this sure (0–100). */
export const VIEW_MIN_CONFIDENCE = 50;
/**
 * A name's middle dot, as both views must read it (the same place, the same text around it),
 * may be less sure: read alone, a tuning licence's 吐尔逊·托合提 came back with a dash at 41%
 * and 42% where its dot is, in both views. Below this, a speck is not taken as a dot.
 */
export const DOT_MIN_CONFIDENCE = 30;
/** What the line model reads a name's middle dot as. */
const DOT_LIKE = /^[.．•・∙‧·\-‐‑－]$/;
/**
 * A mark no text value holds, as the line model reads a character it cannot place (兴 read
 * 《): anything but Chinese, letters, digits, blanks, brackets, the dash, the enumeration comma,
 * the label's colon and a name's middle dot (or what it is read as).
 */
const stray = (ch: string) =>
  !/[\p{Script=Han}0-9A-Za-z\s（）()、：:]/u.test(ch) && !DOT_LIKE.test(ch);
/** Confidence given to an agreed reading: under LOW_CONFIDENCE, so it stays marked. */
const AGREED_CONFIDENCE = 60;

/** The text values worth a second look, by document kind. */
export const REREAD_FIELDS = {
  id: ['name', 'address'],
  licence: ['name', 'legal_rep', 'address'],
} as const;

/** What the page read gave for a value: its text, each character's confidence, doubt. */
export interface FirstReading {
  text: string;
  /** Per code point of `text` (0–100); unknown = every character taken as sure. */
  sure?: readonly number[];
  /** Ink beside the value was left unread (a character may have been dropped). */
  doubt?: boolean;
  /** Where the characters stand a character apart (`gapAt`): one may be added there only. */
  gap?: number;
  /** A transcribed name read without its middle dot (吐尔逊别克): see `lostDot`. */
  lostDot?: boolean;
}

/**
 * Whether a person's name may have been read without the middle dot of a transcribed name:
 * four or more characters and no dot (艾力·依明 read 艾力依明). Han names that long (a compound
 * surname: 欧阳骞春) are only read again: a dot is put back only where both views read one
 * between two parts of two characters or more (see `agreedReading`).
 * Example: lostDot('吐尔逊别克') === true, lostDot('张伟') === false.
 */
export const lostDot = (text: string) => !text.includes('·') && [...text].length >= 4;

/**
 * The reading two views agree on, or null when they prove nothing. Both views must read the
 * same text with every character at least VIEW_MIN_CONFIDENCE sure, and differ from the first
 * reading only where it was unsure: a character read with less than VIEW_MIN_CONFIDENCE
 * replaced, or (where the page read left ink unread) one character added. A character the
 * first reading was sure of is never replaced, none is ever dropped, and the middle dot of a
 * transcribed name is neither added nor lost.
 * Example: first '刘焱宏' (焱 at 33), views '刘燚宏' (燚 70) and '刘燚宏' (燚 69) → '刘燚宏'.
 *
 * Where the views differ at one character (秦 and 泰), the page read settles it when it read
 * one of the two there, surely: two readings of three agree at every character. A held-out
 * licence's 秦皇岛…有限公司海港区分公司, whose 司 the page read lost, was read in full by both views
 * but for 秦 and 泰.
 * Example: first '秦皇公海' (doubt), views '秦皇公司海' and '泰皇公司海' → '秦皇公司海'.
 */
export function agreedReading(first: FirstReading, views: readonly LineResult[]): string | null {
  if (views.length < 2) return null;
  // A name's middle dot is read as any of its look-alikes, a short dash among them (吐尔逊-托合提):
  // one dot to compare (in a name only: elsewhere a dot is no character the value can hold).
  const named = first.lostDot || /[.．•・∙‧·]/.test(first.text);
  const dot = (ch: string) => (named && DOT_LIKE.test(ch) ? '·' : ch);
  const chars = (v: LineResult) =>
    (v.chars ?? []).filter((c) => !/\s/.test(c.ch)).map((c) => dot(c.ch));
  // The dot is a speck: the model is rarely sure of it even where both views see it.
  const sure = (c: { ch: string; confidence: number }) =>
    c.confidence >= (dot(c.ch) === '·' ? DOT_MIN_CONFIDENCE : VIEW_MIN_CONFIDENCE);
  const read = views.map(chars);
  const n = read[0]!.length;
  if (!n || read.some((r) => r.length !== n)) return null;
  if (!views.every((v) => (v.chars ?? []).filter((c) => !/\s/.test(c.ch)).every(sure))) return null;
  const split = read[0]!.flatMap((ch, k) => (read.every((r) => r[k] === ch) ? [] : [k]));
  if (split.length > 1 || split.some((k) => read.some((r) => r[k] === '·'))) return null;
  const was = [...first.text].flatMap((ch, i) =>
    /\s/.test(ch) ? [] : [{ ch: dot(ch), sure: first.sure?.[i] ?? 100 }],
  );
  // Each text the views allow: at the character they differ at, either view's.
  const texts = split.length
    ? [...new Set(read.map((r) => r[split[0]!]!))].map((ch) =>
        read[0]!.map((c, k) => (k === split[0] ? ch : c)),
      )
    : [read[0]!];
  return texts.map((now) => agreedText(first, was, now, split)).find((t) => t) ?? null;
}

/**
 * `now` (the views' characters) if it may stand for the first reading (`was`, its characters
 * with their confidence): see `agreedReading`. At `held` (where the views differ) `now` must
 * be what the page read surely had.
 */
function agreedText(
  first: FirstReading,
  was: readonly { ch: string; sure: number }[],
  now: readonly string[],
  held: readonly number[],
): string | null {
  const text = now.join('');
  const unsure = (k: number) => was[k]!.sure < VIEW_MIN_CONFIDENCE;
  // Whether, with `now`'s k-th character standing for the first reading's at(k) (-1: added),
  // the views' differing character is the page read's own, read surely.
  const holds = (at: (k: number) => number) =>
    held.every((h) => at(h) >= 0 && was[at(h)]!.ch === now[h] && !unsure(at(h)));
  const without = (add: number) => (k: number) => (k < add ? k : k > add ? k - 1 : -1);
  const dots = (t: readonly string[]) => t.filter((c) => c === '·').length;
  if (first.lostDot && now.length === was.length + 1) {
    // The dot the page read lost, between two parts of two characters or more, and every
    // other character as first read.
    const at = now.indexOf('·');
    const rest = now.filter((_, k) => k !== at);
    const kept = rest.every((ch, k) => ch === was[k]!.ch);
    const placed = at >= 2 && at <= now.length - 3;
    return dots(now) === 1 && placed && kept && holds(without(at)) ? text : null;
  }
  if (dots(now) !== dots(was.map((c) => c.ch))) return null;
  if (now.length === was.length) {
    const diff = now.flatMap((ch, k) => (ch === was[k]!.ch ? [] : [k]));
    return diff.length && diff.every(unsure) && holds((k) => k) ? text : null;
  }
  if (now.length !== was.length + 1 || !(first.doubt || first.gap !== undefined)) return null;
  // One character added: the first reading must be the new one without it, except at
  // characters it was unsure of (and in a gap, there).
  for (let add = 0; add < now.length; add++) {
    if (!first.doubt && add !== first.gap) continue;
    const rest = now.filter((_, k) => k !== add);
    if (rest.every((ch, k) => ch === was[k]!.ch || unsure(k)) && holds(without(add))) return text;
  }
  return null;
}

/** Two Chinese characters this many steps of the line apart have room for one between. */
export const GAP_STEPS = 1.7;

/**
 * Where a line's characters (`chars`, placed at `xs`) leave room for one more: the index of
 * the character after the only gap of GAP_STEPS median steps or more between two Chinese
 * characters, or undefined. The model drops a character it cannot place outright (江 of 华福
 * 街道江东村, read 华福街道东村 on a held-out licence), and its neighbours stand two steps apart.
 * A short name has too few steps for a median: there the line's height `h`, about a step,
 * stands for it (濮垚彧 read 濮彧).
 * Example: gapAt([...'道东村'], [0, 48, 72]) === 1; gapAt([...'濮彧'], [0, 50], 24) === 1.
 */
export function gapAt(
  chars: readonly string[],
  xs: readonly number[],
  h?: number,
): number | undefined {
  if (xs.length !== chars.length) return undefined;
  const han = (k: number) => /\p{Script=Han}/u.test(chars[k]!);
  // Steps between two Chinese characters only: digits stand closer.
  const steps = xs.slice(1).flatMap((x, k) => (han(k) && han(k + 1) ? [{ k, d: x - xs[k]! }] : []));
  const ds = steps.map((s) => s.d).sort((a, b) => a - b);
  const step = ds.length >= 2 ? ds[Math.floor((ds.length - 1) / 2)]! : h;
  if (!step || !steps.length) return undefined;
  const gaps = steps.filter((s) => s.d >= GAP_STEPS * step).map((s) => s.k + 1);
  return gaps.length === 1 ? gaps[0] : undefined;
}

/** The crop of one value with a margin of `pad` times its height, stretched `sx` wide. */
export function valueView(page: Gray, box: RawValue['box'], sx: number, pad = 0.3): Gray {
  const h = box.y1 - box.y0;
  const c = crop(
    page,
    box.x0 - pad * h,
    box.y0 - pad * h,
    box.x1 - box.x0 + 2 * pad * h,
    h * (1 + 2 * pad),
  );
  return resize(c, Math.max(1, Math.round(c.width * sx)), c.height);
}

/**
 * A value's view read by the line model, keeping only the characters inside the value's box:
 * the margin of the crop can hold the end of the label before it (人 of 法定代表人), which
 * would make every view differ from the page read by one character.
 */
export async function readView(
  page: Gray,
  box: RawValue['box'],
  sx: number,
  read: LineReader,
): Promise<LineResult> {
  const pad = 0.3;
  const h = box.y1 - box.y0;
  const r = await read(valueView(page, box, sx, pad));
  if (!r.chars) return r;
  const left = Math.max(0, Math.round(box.x0 - pad * h));
  const x0 = (box.x0 - left - 0.1 * h) * sx;
  const x1 = (box.x1 - left + 0.1 * h) * sx;
  const chars = r.chars.filter((c) => c.x >= x0 && c.x <= x1);
  return { ...r, text: chars.map((c) => c.ch).join(''), chars };
}

/** The field holding a person's name, by document kind. */
export const PERSON_FIELD = { id: 'name', licence: 'legal_rep' } as const;

/**
 * Re-reads each unsure value of `fields` in the two views, line by line for a wrapped value
 * (only its unsure lines), and takes an agreed reading (see `agreedReading`) with a
 * confidence that keeps the value marked. The `person` field is re-read as well when read on
 * one line without the middle dot its length calls for (the dot is a speck the page read
 * often drops; two views reading it in the same place put it back, marked).
 */
export async function rereadUnsure(
  soft: Gray,
  values: Partial<Record<string, RawValue>>,
  fields: readonly string[],
  read: LineReader,
  person?: string,
): Promise<void> {
  for (const f of fields) {
    const v = values[f];
    const dotless = !!v && f === person && !v.lines && lostDot(v.text);
    if (!v) continue;
    const chars = [...v.text];
    const lines = v.lines ?? [
      {
        box: v.box,
        n: chars.length,
        ...(v.doubt ? { doubt: true } : {}),
        ...(v.openEnd ? { openEnd: true } : {}),
      },
    ];
    // Each line's gap (`gapAt`), found once: a sure value with one is read again too.
    let from = 0;
    const gaps = lines.map((line) => {
      const [a, b] = [from, (from += line.n)];
      return gapAt(chars.slice(a, b), v.xs?.slice(a, b) ?? [], line.box.y1 - line.box.y0);
    });
    const gapped = gaps.some((g) => g !== undefined);
    if (v.confidence >= LOW_CONFIDENCE && !dotless && !gapped && !chars.some(stray)) continue;
    let at = 0;
    let text = '';
    const sure: number[] = [];
    const alts: string[] = [];
    const out: NonNullable<RawValue['lines']> = [];
    let changed = false;
    for (const [k, line] of lines.entries()) {
      const given = v.sure?.slice(at, at + line.n) ?? Array<number>(line.n).fill(v.confidence);
      const gap = gaps[k];
      const first: FirstReading = {
        text: chars.slice(at, at + line.n).join(''),
        // A mark no value holds (《 for 兴) is a character misread, however sure.
        sure: given.map((c, k) => (stray(chars[at + k]!) ? 0 : c)),
        ...(line.doubt ? { doubt: true } : {}),
        ...(gap !== undefined ? { gap } : {}),
        ...(dotless ? { lostDot: true } : {}),
      };
      at += line.n;
      const unsure =
        !!line.doubt ||
        gap !== undefined ||
        dotless ||
        first.sure!.some((c) => c < VIEW_MIN_CONFIDENCE);
      // Ink left unread after the line's last character may be one more (覃翊 read 覃 on a
      // held-out ID card, 翊 dropped): the views see one character further.
      const box = line.openEnd
        ? { ...line.box, x1: line.box.x1 + line.box.y1 - line.box.y0 }
        : line.box;
      const views: LineResult[] = [];
      if (unsure) for (const sx of VIEWS) views.push(await readView(soft, box, sx, read));
      const agreed = unsure ? agreedReading(first, views) : null;
      if (agreed) {
        const least = Math.min(...views.flatMap((r) => (r.chars ?? []).map((c) => c.confidence)));
        changed = true;
        text += agreed;
        sure.push(...[...agreed].map(() => Math.min(AGREED_CONFIDENCE, least)));
        alts.push(...agreedAlts(first.text, views, agreed));
        out.push({ box, n: [...agreed].length });
      } else {
        text += first.text;
        sure.push(...given);
        alts.push(...(v.alts?.slice(at - line.n, at) ?? Array<string>(line.n).fill('')));
        out.push(line);
      }
    }
    if (!changed) continue;
    const doubt = out.some((l) => l.doubt);
    values[f] = {
      text,
      sure,
      // Still marked: at most AGREED_CONFIDENCE, and unread ink left elsewhere stays doubt.
      confidence: Math.min(AGREED_CONFIDENCE, ...sure, doubt ? 30 : 100),
      alts,
      box: { ...v.box, x1: Math.max(v.box.x1, ...out.map((l) => l.box.x1)) },
      label: v.label,
      ...(doubt ? { doubt } : {}),
      ...(v.lines ? { lines: out } : {}),
      // Characters replaced in place stand where they stood: the shape check (shapes.ts) can
      // still weigh them (唐晔 read 唐哗 by both views on a held-out card: 哗 no name carries).
      ...(v.xs && [...text].length === chars.length ? { xs: v.xs } : {}),
    };
  }
}

/**
 * Each character's runner-ups after an agreed reading (per code point of `agreed`): the
 * character the page read had there where it read another (晔 read at 39 in the page, 哗 by
 * both views: 晔 stays one tap away on the check screen), then the views' own.
 * Example: ('吕或晔', views reading 吕或哗 with 哗's runner-up 烨, '吕或哗') → ['', '', '晔烨'].
 */
export function agreedAlts(first: string, views: readonly LineResult[], agreed: string): string[] {
  const now = [...agreed];
  const was = [...first].filter((ch) => !/\s/.test(ch));
  return now.map((ch, k) => {
    const own = views.flatMap((r) => [
      ...((r.chars ?? []).filter((c) => !/\s/.test(c.ch))[k]?.alts ?? ''),
    ]);
    const before = was.length === now.length && was[k] !== ch ? [was[k]!] : [];
    return [...new Set([...before, ...own])].filter((a) => a !== ch).join('');
  });
}

/**
 * A rival (0–100) this likely behind a character of a name read alone leaves the name marked:
 * a sure reading leaves every other character well under 1%, while the model's favourite
 * look-alikes keep the rare character behind them (或 at 97 with 彧 at 3.2, 或 at 92 with 彧
 * at 7.9; tuning half).
 */
export const NAME_RIVAL = 2.5;

/**
 * A person's name the page read was near certain of, read once more alone (its crop as the
 * page read saw it, not packed among other pieces): the model's look-alikes show there (彧
 * read 或 at 96 packed, at 87 alone). A second reading that differs, is less than NAME_SURE
 * sure of a character, or nearly gave another character (NAME_RIVAL) leaves the name marked;
 * it never changes the text.
 */
export async function confirmPerson(
  soft: Gray,
  values: Partial<Record<string, RawValue>>,
  field: string,
  read: LineReader,
): Promise<void> {
  const v = values[field];
  if (!v || v.lines || v.confidence < NAME_SURE) return;
  const r = await readView(soft, v.box, 1, read);
  const dot = (ch: string) => (/^[.．•・∙‧]$/.test(ch) ? '·' : ch);
  const chars = (r.chars ?? []).filter((c) => !/\s/.test(c.ch));
  const text = chars.map((c) => dot(c.ch)).join('');
  const least = Math.min(100, ...chars.map((c) => c.confidence));
  const same = text === [...v.text].map(dot).join('');
  const rivalled = chars.some((c) => (c.rival ?? 0) >= NAME_RIVAL);
  if (same && least >= NAME_SURE && !rivalled) return;
  const confidence = same && !rivalled ? least : Math.min(v.confidence, AGREED_CONFIDENCE);
  if (!same) {
    values[field] = { ...v, confidence };
    return;
  }
  // The same text read alone: each character's runner-ups and doubt from both readings, so
  // the name's options (options.ts) see the look-alike the reading alone showed (或 at 96
  // packed with no runner-up worth keeping, at 87 alone with 彧 behind it).
  const alts = chars.map((c, i) =>
    [...new Set([...(v.alts?.[i] ?? ''), ...(c.alts ?? '')])].join(''),
  );
  const sure = chars.map((c, i) => Math.min(c.confidence, v.sure?.[i] ?? 100));
  values[field] = { ...v, confidence, alts, sure };
}
