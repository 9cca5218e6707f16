/**
 * A place name the line model misread into no place at all, where its own runner-up reading of
 * one character makes it the place that fits: 江西省九江市寻阳区 read with 浔 as 寻's first
 * alternative (rec.ts) → 江西省九江市浔阳区. The closed list of China's divisions and their
 * nesting is the check; the model's alternatives are the only candidates, so the list never
 * pulls a reading towards a place the model did not see. A character inside a name that
 * exists is never touched (山东省太原市 stays for the applicant: both names exist), and two
 * fits are no proof. The result is still marked for the applicant.
 */
import { repairBetweenNames } from './place-nesting';
import { leadingNames, nested } from './places';

/** Characters of a place name past the names already read that a repair may look at. */
const REACH = 8;

/**
 * `text` with its misread place names replaced by the model's alternatives, one character per
 * name (at most two names), or null when nothing is proved. `alts[i]` holds the alternatives of
 * the i-th code point of `text`, most likely first.
 * Example: ('江西省九江市寻阳区团人大道625号', alts with '浔浸' at 寻) → '江西省九江市浔阳区团人大道625号'.
 */
export function repairByAlternatives(text: string, alts: readonly string[]): string | null {
  const chars = [...text];
  if (alts.length !== chars.length) return null;
  let cur = chars;
  for (let round = 0; round < 2; round++) {
    const names = leadingNames(cur.join(''));
    if (names.length && !nested(names)) break;
    const at = [...names.join('')].length;
    const fixes = new Map<string, string[]>();
    for (let i = at; i < Math.min(cur.length, at + REACH); i++) {
      for (const a of alts[i] ?? '') {
        const cand = [...cur.slice(0, i), a, ...cur.slice(i + 1)];
        const now = leadingNames(cand.join(''));
        if (now.length <= names.length || !nested(now)) continue;
        // The new name must hold the replaced character.
        if ([...now.join('')].length <= i) continue;
        fixes.set(cand.join(''), cand);
      }
    }
    if (fixes.size !== 1) break;
    cur = [...fixes.values()][0]!;
  }
  const out = cur.join('');
  return out === text ? null : out;
}

/**
 * Carries per-character alternatives from a raw text to its cleaned form (spaces and stray
 * marks dropped, brackets widened): characters are matched in order, and a cleaned character
 * with no match gets none.
 */
export function alignAlts(raw: string, alts: readonly string[], cleaned: string): string[] {
  return alignPer(raw, alts, cleaned).map((a) => a ?? '');
}

/**
 * Per-character data (`per`, one per code point of `raw`) carried to the cleaned form by
 * matching characters in order; undefined for a cleaned character with no match.
 * Example: alignPer('彭 或强', [1, 2, 3, 4], '彭或强') → [1, 3, 4].
 */
export function alignPer<T>(raw: string, per: readonly T[], cleaned: string): (T | undefined)[] {
  const r = [...raw];
  const out: (T | undefined)[] = [];
  let i = 0;
  for (const ch of cleaned) {
    let j = i;
    while (j < r.length && r[j] !== ch) j++;
    if (j < r.length) {
      out.push(per[j]);
      i = j + 1;
    } else out.push(undefined);
  }
  return out;
}

/**
 * A value whose places did not check (`checkPlaces` said doubtful), repaired where something
 * proves it: by the model's alternatives (`raw`: the text as read, with them), then a name
 * misread between two read as printed (place-nesting.ts); as read otherwise. The caller marks
 * it either way.
 */
export function repairDoubtfulPlaces(
  value: string,
  raw: { text: string; alts?: readonly string[] },
): string {
  const alts = raw.alts && alignAlts(raw.text, raw.alts, value);
  const byAlts = alts ? repairByAlternatives(value, alts) : null;
  return repairBetweenNames(byAlts ?? value) ?? byAlts ?? value;
}
