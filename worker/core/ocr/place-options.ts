/**
 * Other readings of a marked address for the applicant (`placeOptions`): a place misread into
 * no place at all, one character away, or one that lost a rare character or two, or an
 * autonomous area whose groups were misread into none (`misreadAutonomy`). Offered, never
 * applied here: the ink decides where it can (place-shapes.ts).
 */
import { ETHNICITIES } from './ethnicities';
import {
  differences,
  isPlaceName,
  leadingNames,
  nested,
  oneOff,
  PLACE_NAMES,
  placesNamed,
} from './places';

/**
 * Groups an autonomous area is named by: 彝族回族 in 巍山彝族回族自治县 (`ETHNICITIES` + 族), or
 * 各族 (all of them: 龙胜各族自治县).
 */
const GROUPS = new RegExp(`^(?:(?:${[...ETHNICITIES, '各'].join('|')})族)+$`);
/**
 * Whether `w` is `name` with `k` characters in a row left out of its proper part (the level
 * word at the end, 省 市 区 县 自治州 …, is read).
 */
function droppedRun(w: string, name: string, k: number): boolean {
  const level = /(省|市|区|县|旗|自治州|地区|盟|自治区|自治县)$/.exec(name)?.[0] ?? '';
  if (!level || w.length !== name.length - k || !w.endsWith(level)) return false;
  for (let i = 0; i + k <= name.length - level.length; i++) {
    if (name.slice(0, i) + name.slice(i + k) === w) return true;
  }
  return false;
}

/**
 * Whether `w` reads as an autonomous prefecture, county or banner whose groups are no groups:
 * 赣山舞族回族自治县 (巍山彝族回族 with 巍 and 彝 misread), 怒江便怀族自治州 (傈僳 misread). No
 * such name is printed (each names its groups from the 56), so it is certainly a misreading.
 * The place's own name before the groups never holds 族, and may be none (东乡族自治县).
 */
export function misreadAutonomy(w: string): boolean {
  const m = /^(.+?)自治[州县旗]$/.exec(w);
  if (!m || !m[1]!.includes('族')) return false;
  const body = m[1]!;
  for (let i = 0; i < body.length; i++) {
    if (!body.slice(0, i).includes('族') && GROUPS.test(body.slice(i))) return false;
  }
  return true;
}

/** At most this many place options per address. */
const MAX_PLACE_OPTIONS = 3;

/**
 * Other readings of an address whose places did not check, for the applicant to choose from:
 * the first name after those that exist and nest, misread into no place at all, replaced by a
 * place one character away inside the last name read (any level below it; provinces and
 * prefectures where no name was read), or by one that lost one or two characters in a row
 * inside a named parent, or an autonomous area two characters away whose groups were misread
 * into none (`misreadAutonomy`), keeping those after which the names nest furthest.
 * 湖北省荆门市摄刀区… → 湖北省荆门市掇刀区…: 掇刀区 is the one such district of 荆门市. Never
 * applied by the pipeline (an old or new name the list lacks reads the same); none when more
 * than MAX_PLACE_OPTIONS would fit, since so many prove nothing.
 * Example: placeOptions('山东省临沂市郑城县放年大街663号') → ['山东省临沂市郯城县放年大街663号'].
 */
export function placeOptions(text: string): string[] {
  const names = leadingNames(text);
  if (names.length && !nested(names)) return [];
  const at = names.join('').length;
  const parents = names.length ? placesNamed(names.at(-1)!) : [];
  const inside = (code: string) =>
    !parents.length || parents.some((p) => code.length > p.code.length && code.startsWith(p.code));
  const out = new Set<string>();
  for (const name of PLACE_NAMES) {
    const places = placesNamed(name);
    if (!places.some((p) => inside(p.code) && (parents.length || p.level < 3))) continue;
    const w = text.slice(at, at + name.length);
    if (w.length === name.length && oneOff(w, name) && !isPlaceName(w)) {
      out.add(text.slice(0, at) + name + text.slice(at + name.length));
    }
    // An autonomous area's name with two of its rare characters misread, certainly misread
    // (its groups are none of the 56): inside a named parent only.
    if (parents.length && differences(w, name) === 2 && misreadAutonomy(w)) {
      out.add(text.slice(0, at) + name + text.slice(at + name.length));
    }
    // Rare characters the recogniser lost altogether (怒江傈僳族自治州 read 怒江族自治州): one or
    // two in a row, inside a named parent only.
    for (const k of parents.length ? [1, 2] : []) {
      const d = text.slice(at, at + name.length - k);
      if (d.length >= 3 && droppedRun(d, name, k) && !isPlaceName(d)) {
        out.add(text.slice(0, at) + name + text.slice(at + name.length - k));
      }
    }
  }
  // The ones whose names then nest furthest (山朱省青岛市 → 山东省青岛市, not 山西省青岛市).
  const depth = (t: string) => {
    const ns = leadingNames(t);
    let k = ns.length;
    while (k && !nested(ns.slice(0, k))) k--;
    return k;
  };
  const best = Math.max(0, ...[...out].map(depth));
  const kept = [...out].filter((t) => depth(t) === best);
  return kept.length <= MAX_PLACE_OPTIONS ? kept : [];
}
