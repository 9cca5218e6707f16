/**
 * Case search (工作队列 → 搜索): how text is folded for the index and how a query becomes
 * index lookups. The index itself is kept by SQL triggers (migrations/0008_case_search_triggers.sql)
 * that fold each character through the `search_fold` table, which holds exactly the pairs
 * `searchFoldPairs()` lists: the PWA, the worker and the triggers fold alike.
 *
 * Chinese has no spaces, and most names are two characters, so the index holds every pair of
 * neighbouring characters (bigram) of a shop or person name with its position: a query of two
 * characters is one lookup, a longer one a few lookups whose positions must follow each other
 * (an exact substring match, never "all the pairs somewhere"). References, licence numbers and
 * phone numbers are matched by prefix.
 */

/** Characters a query word needs at least: one character would match half the city. */
export const SEARCH_MIN_CHARS = 2;
/** Words in one query (all must match). */
export const SEARCH_MAX_WORDS = 4;
/** Characters of a name the index reaches (longer names are matched on their first ones). */
export const SEARCH_INDEXED_CHARS = 120;

const ASCII_UPPER = /[A-Z]/g;

/**
 * One character as the index stores it: its NFKC form when that is one character (full-width
 * Ａ１ → a1, compatibility ideographs → unified ones, the ideographic space U+3000 → space), ASCII letters lower-cased.
 * Characters whose NFKC form is several characters (㈱, ﬁ) stay as they are.
 * @example foldChar('Ｂ') === 'b'
 */
export function foldChar(ch: string): string {
  const n = ch.normalize('NFKC');
  const one = [...n].length === 1 ? n : ch;
  return one.replace(ASCII_UPPER, (c) => c.toLowerCase());
}

/** A text folded character by character (see foldChar). @example foldSearchText('ＡＢＣ便利店') === 'abc便利店' */
export function foldSearchText(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** Every character the fold changes, with what it becomes: the `search_fold` table's rows. */
export function searchFoldPairs(): [string, string][] {
  const pairs: [string, string][] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const f = foldChar(ch);
    if (f !== ch) pairs.push([ch, f]);
  }
  return pairs;
}

/** One word of a query, as the index is asked about it. */
export interface SearchWord {
  /** The folded word. */
  text: string;
  /**
   * Bigrams that cover the word, each with its offset from the first: a match has them all in
   * one field at these distances. `[[0,'建国'],[2,'烟酒'],[3,'酒店']]` for 建国烟酒店.
   */
  bigrams: [number, string][];
  /** The word as a reference / licence number / phone prefix (letters and digits only), or null. */
  key: string | null;
}

/** The words of a query, folded; short words are kept so the caller can refuse them. */
export function searchWords(q: string): string[] {
  return foldSearchText(q)
    .split(/\s+/u)
    .filter((w) => w.length > 0);
}

/** Why a query cannot be searched, or null. */
export function searchQueryProblem(q: string): 'empty' | 'short' | 'many' | null {
  const words = searchWords(q);
  if (words.length === 0) return 'empty';
  if (words.some((w) => [...w].length < SEARCH_MIN_CHARS)) return 'short';
  if (words.length > SEARCH_MAX_WORDS) return 'many';
  return null;
}

/** A query as index lookups: one SearchWord per word (call searchQueryProblem first). */
export function parseSearchQuery(q: string): SearchWord[] {
  return searchWords(q).map((text) => {
    const chars = [...text].slice(0, SEARCH_INDEXED_CHARS);
    const bigrams: [number, string][] = [];
    const pair = (k: number) => chars.slice(k, k + 2).join('');
    for (let k = 0; k + 2 <= chars.length; k += 2) bigrams.push([k, pair(k)]);
    const last = chars.length - 2;
    if (last > 0 && last % 2 === 1) bigrams.push([last, pair(last)]);
    const compact = text.replace(/-/g, '');
    return { text, bigrams, key: /^[0-9a-z]+$/.test(compact) ? compact : null };
  });
}

/** The bigrams the index holds for one text, 1-based positions (what the triggers write). */
export function indexBigrams(text: string): [number, string][] {
  const chars = [...foldSearchText(text)].slice(0, SEARCH_INDEXED_CHARS);
  const out: [number, string][] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push([i + 1, chars.slice(i, i + 2).join('')]);
  return out;
}

/**
 * The keys that start with `key` (letters and digits, as SearchWord.key) as a range,
 * `[from, to)`: a range keeps one query plan for every key, where `GLOB ?` makes SQLite plan
 * the statement again for each value bound to it.
 * @example keyPrefixRange('13a9') → ['13a9', '13a:']
 */
export function keyPrefixRange(key: string): [string, string] {
  const last = key.charCodeAt(key.length - 1);
  return [key, key.slice(0, -1) + String.fromCharCode(last + 1)];
}
