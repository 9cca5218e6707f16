/**
 * A place name misread into no place at all, held between two names read as printed: the
 * names an address starts with nest (province ⊃ prefecture ⊃ county), so a name above and a
 * name below the misread one fix which division it is. 辽宁省托顺市抚顺县…: 托顺市 is no place,
 * 辽宁省 and 抚顺县 are, and the one name one character from 托顺市 that fits between them is
 * 抚顺市. The same for a name that lost a character, or a long one that lost two rare ones in a
 * row (云南省怒江族自治州兰坪白族普米族自治县: 傈僳 unread, `lostRun`). Only such a sandwich
 * counts (a parent alone leaves several children to choose from, nothing proves one); a reading
 * that is a place name is never touched; two fits are no proof. The result is still for the
 * applicant to check (an old name, renamed since, reads the same).
 */
import { droppedOne, isPlaceName, leadingNames, lostRun, nested, PLACE_NAMES } from './places';

const NAMES_BY_LENGTH = new Map<number, string[]>();
for (const n of PLACE_NAMES) {
  NAMES_BY_LENGTH.set(n.length, [...(NAMES_BY_LENGTH.get(n.length) ?? []), n]);
}
const LONGEST = Math.max(...NAMES_BY_LENGTH.keys());

const oneOff = (a: string, b: string) => {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
  return d === 1;
};

/**
 * `text` with its one misread place name replaced, or null when nothing is proved.
 * Examples: '辽宁省托顺市抚顺县振中路1号' → '辽宁省抚顺市抚顺县振中路1号';
 * '安徽省阜阳市颖东区青和街' → null (no name below 颖东区 to check it by).
 */
export function repairBetweenNames(text: string): string | null {
  const above = leadingNames(text);
  if (!above.length || !nested(above)) return null;
  const at = above.join('').length;
  const fixes = new Set<string>();
  for (let len = 2; len <= Math.min(LONGEST, text.length - at); len++) {
    const w = text.slice(at, at + len);
    if (!/[省市区县旗州盟]$/.test(w) || isPlaceName(w)) continue;
    const below = leadingNames(text.slice(at + len));
    if (!below.length) continue;
    const fits = [
      ...(NAMES_BY_LENGTH.get(len) ?? []).filter((n) => oneOff(n, w)),
      ...(NAMES_BY_LENGTH.get(len + 1) ?? []).filter((n) => droppedOne(w, n) || lostRun(w, n, 1)),
      ...(NAMES_BY_LENGTH.get(len + 2) ?? []).filter((n) => lostRun(w, n, 2)),
    ];
    for (const n of fits) {
      if (nested([...above, n, ...below])) fixes.add(text.slice(0, at) + n + text.slice(at + len));
    }
  }
  return fixes.size === 1 ? [...fixes][0]! : null;
}
