/**
 * Other readings of a marked value for the applicant to choose from, one tap away on the check
 * screen; an option is taken only by the applicant (a name character put right by its shape,
 * shapes.ts, offers the model's reading back the same way). A
 * rare given-name character is read as its common look-alike (彧 as 或, 垚 as 圭), and the line
 * model's runner-up for it is often the one printed; a rare character in a place name (掇 of
 * 掇刀区 read 摄) leaves a name that is no place, one character from the one printed. Typing 彧
 * or 掇 on a phone is what an applicant of sixty cannot do.
 */
import { alignPer } from './place-alternatives';
import { placeOptions } from './place-options';
import { PLACE_NAMES } from './places';
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
 * Characters no name carries that the line model reads, sure of itself, for a popular rare
 * given-name character (tuning half): 或 (a conjunction) for 彧, 哗 (an uproar) for 晔 (日 and 口
 * beside the same 华), 卦 (a divination sign) and 挂 (to hang) for 垚, 染 (to dye) for 淼, 酒
 * (wine) for 涵, 压 (to press) for 珏, 葬 (burial) and 靠 (to lean) for 犇, and the traditional
 * 會, which no mainland name prints, for the surname 曾. A name read with one is marked
 * (id-card.ts `personName`) and offered the character it stands for first, then the model's
 * runner-ups; the shape check (shapes.ts) puts it in where it fits the ink better.
 */
export const NAME_LOOK_ALIKES: ReadonlyMap<string, string> = new Map([
  ['或', '彧'],
  ['哗', '晔'],
  ['卦', '垚'],
  ['挂', '垚'],
  ['染', '淼'],
  ['酒', '涵'],
  ['压', '珏'],
  ['葬', '犇'],
  ['靠', '犇'],
  ['會', '曾'],
]);

/**
 * Popular rare given-name characters the line model reads as a character names carry too,
 * never offering the rare one among its runner-ups (tuning half): 垚 (three 土) read as 圭 (two
 * 土) or 主, 淼 (three 水) as 森 (three 木), 骞 as 赛. The rare character is one more candidate
 * for the shape check at its usual, strict margin (shapes.ts), and offered first to the
 * applicant where the reading was unsure; the reading stands unless its ink says otherwise.
 */
export const RARE_LOOK_ALIKES: ReadonlyMap<string, string> = new Map([
  ['圭', '垚'],
  ['主', '垚'],
  ['森', '淼'],
  ['赛', '骞'],
]);

/**
 * The name with one of its least sure characters replaced by one of that character's
 * alternatives (`alts[i]`, most likely first, per code point of `name`), least sure character
 * first. `sure` is each character's confidence (0–100); without it no option is given. A
 * look-alike no name carries (或) stands for its rare character in every option: 吕或哗 is
 * offered 吕彧哗 and then 吕彧晔, never 吕或晔.
 * Example: ('彭或强', ['', '彧', '強'], [100, 97, 99.9]) → ['彭彧强'].
 */
export function nameOptions(
  name: string,
  alts: readonly string[],
  sure: readonly number[] | undefined,
  business?: Business,
): string[] {
  const chars = [...name];
  if (!sure || alts.length !== chars.length || sure.length !== chars.length) return [];
  const looks = business ? new Map<string, string>() : NAME_LOOK_ALIKES;
  const order = chars
    .map((ch, i) => ({ ch, i, sure: looks.has(ch) ? 0 : sure[i]! }))
    .filter((c) => isHan(c.ch) && c.sure < (business?.max ?? OPTION_CHAR_MAX))
    .filter((c) => !business?.fixed(c.i))
    .sort((a, b) => a.sure - b.sure);
  const out: string[] = [];
  const meant = chars.map((ch) => looks.get(ch) ?? ch);
  const rare = business ? new Map<string, string>() : RARE_LOOK_ALIKES;
  for (const c of order) {
    for (const alt of (looks.get(c.ch) ?? '') + (rare.get(c.ch) ?? '') + (alts[c.i] ?? '')) {
      // A character no name carries is never offered for one (段涵 offered 段酒).
      if (!isHan(alt) || alt === c.ch || looks.has(alt)) continue;
      const option = [...meant.slice(0, c.i), alt, ...meant.slice(c.i + 1)].join('');
      if (!out.includes(option)) out.push(option);
      if (out.length === MAX_OPTIONS) return out;
    }
  }
  return out;
}

/** What of a business name may get options (see `businessWords`). */
interface Business {
  max: number;
  fixed: (i: number) => boolean;
}

/** A business name's characters this sure (0–100) or more get no options. */
export const BUSINESS_OPTION_MAX = 80;

const LEGAL_FORM =
  /(（(有限|普通|特殊普通)合伙）|(股份)?有限(责任)?公司|分公司|合伙企业|个人独资企业)$/;

/**
 * What of a business name may get options: characters read under `max` sure, and none of
 * those (`fixed`, by code point) in a place name it holds (江门市, 江源区 of a branch's name) or
 * in its legal form (有限公司, （有限合伙）…). A reading that is a place name is never offered
 * another (江门市 → 江内市), a legal form is checked by the licence's type, and a business name
 * is mostly common characters: on the tuning half its options at the person's 99.5 were
 * nearly all on names read right (诚 at 88 offered 城). 或 is no look-alike there (投资或控股).
 */
export function businessWords(value: string): Business {
  const chars = [...value];
  const fixed = new Set<number>();
  const mark = (from: number, n: number) => {
    for (let k = from; k < from + n; k++) fixed.add(k);
  };
  // Place names are Han (one code unit per character): string indexes are code points here.
  for (const name of PLACE_NAMES) {
    if (name.length < 3) continue;
    for (let at = value.indexOf(name); at >= 0; at = value.indexOf(name, at + 1)) {
      mark([...value.slice(0, at)].length, name.length);
    }
  }
  const form = [...(LEGAL_FORM.exec(value)?.[0] ?? '')].length;
  mark(chars.length - form, form);
  return { max: BUSINESS_OPTION_MAX, fixed: (i) => fixed.has(i) };
}

/**
 * `nameOptions` for a value cleaned from a raw reading (spaces and marks dropped): each
 * character's alternatives and confidence are carried over by matching characters in order.
 */
export function personOptions(value: string, raw: Reading, business?: Business): string[] {
  if (!raw.alts || !raw.sure) return [];
  const alts = alignPer(raw.text, raw.alts, value);
  const sure = alignPer(raw.text, raw.sure, value);
  // A character the raw text does not hold: nothing known about it, nothing offered.
  if (sure.some((c) => c === undefined)) return [];
  return nameOptions(
    value,
    alts.map((a) => a ?? ''),
    sure.map((c) => c ?? 100),
    business,
  );
}

/**
 * A marked name with the readings the model nearly gave (`personOptions`) for the applicant;
 * a licence's business name (`business`) keeps its places and legal form (`businessWords`).
 */
export function withOptions(f: FieldReading, raw: Reading, business = false): FieldReading {
  if (!f.flag || !f.value) return f;
  const options = personOptions(f.value, raw, business ? businessWords(f.value) : undefined);
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
