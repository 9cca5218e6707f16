/**
 * Other readings of a marked value for the applicant to choose from, one tap away on the check
 * screen; the reading itself is never changed, an option is taken only by the applicant. A
 * rare given-name character is read as its common look-alike (彧 as 或, 垚 as 圭), and the line
 * model's runner-up for it is often the one printed; a rare character in a place name (掇 of
 * 掇刀区 read 摄) leaves a name that is no place, one character from the one printed. Typing 彧
 * or 掇 on a phone is what an applicant of sixty cannot do.
 */
import { alignPer } from './place-alternatives';
import { placeOptions } from './places';
import type { RawText } from './id-card';
import type { FieldReading } from './types';

/** What a raw reading tells about its characters. */
type Reading = Pick<RawText, 'text' | 'alts' | 'sure'>;

/** Characters read at least this sure (0–100) get no options: their runner-ups are noise. */
export const OPTION_CHAR_MAX = 99.5;
/** At most this many options per name. */
export const MAX_OPTIONS = 3;

const isHan = (ch: string) => /^\p{Script=Han}$/u.test(ch);

/**
 * Characters no name carries that the line model reads, sure of itself, for a rare name
 * character: 或 (a conjunction) for 彧. A name read with one is marked (id-card.ts
 * `personName`) and offered the character it stands for, whatever the model's runner-ups.
 */
export const NAME_LOOK_ALIKES: ReadonlyMap<string, string> = new Map([['或', '彧']]);

/**
 * The name with one of its least sure characters replaced by one of that character's
 * alternatives (`alts[i]`, most likely first, per code point of `name`), least sure character
 * first. `sure` is each character's confidence (0–100); without it no option is given.
 * Example: ('彭或强', ['', '彧', '強'], [100, 97, 99.9]) → ['彭彧强'].
 */
export function nameOptions(
  name: string,
  alts: readonly string[],
  sure: readonly number[] | undefined,
): string[] {
  const chars = [...name];
  if (!sure || alts.length !== chars.length || sure.length !== chars.length) return [];
  const order = chars
    .map((ch, i) => ({ ch, i, sure: NAME_LOOK_ALIKES.has(ch) ? 0 : sure[i]! }))
    .filter((c) => isHan(c.ch) && c.sure < OPTION_CHAR_MAX)
    .sort((a, b) => a.sure - b.sure);
  const out: string[] = [];
  for (const c of order) {
    for (const alt of (NAME_LOOK_ALIKES.get(c.ch) ?? '') + (alts[c.i] ?? '')) {
      if (!isHan(alt) || alt === c.ch) continue;
      const option = [...chars.slice(0, c.i), alt, ...chars.slice(c.i + 1)].join('');
      if (!out.includes(option)) out.push(option);
      if (out.length === MAX_OPTIONS) return out;
    }
  }
  return out;
}

/**
 * `nameOptions` for a value cleaned from a raw reading (spaces and marks dropped): each
 * character's alternatives and confidence are carried over by matching characters in order.
 */
export function personOptions(value: string, raw: Reading): string[] {
  if (!raw.alts || !raw.sure) return [];
  const alts = alignPer(raw.text, raw.alts, value);
  const sure = alignPer(raw.text, raw.sure, value);
  // A character the raw text does not hold: nothing known about it, nothing offered.
  if (sure.some((c) => c === undefined)) return [];
  return nameOptions(
    value,
    alts.map((a) => a ?? ''),
    sure.map((c) => c ?? 100),
  );
}

/**
 * A marked name with the readings the model nearly gave (`personOptions`) for the applicant.
 */
export function withOptions(f: FieldReading, raw: Reading): FieldReading {
  if (!f.flag || !f.value) return f;
  const options = personOptions(f.value, raw);
  return options.length ? { ...f, options } : f;
}

/**
 * A marked address with the readings a place one character away, or one that lost a rare
 * character or two, would give (`placeOptions`) for the applicant. Its places may even check:
 * 云南省怒江族自治州 reads as 云南省 and a street, yet the field was marked for its uncertain
 * characters, and 怒江傈僳族自治州 is the place those two were lost from.
 */
export function withPlaceOptions(f: FieldReading): FieldReading {
  if (!f.flag || !f.value) return f;
  const options = placeOptions(f.value);
  return options.length ? { ...f, options } : f;
}
