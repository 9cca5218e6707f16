/**
 * The register search's driving word: its index rows, with the rank columns each row carries
 * (db/schema/search.ts: a licence's status, number and county, an applicant's name), rank the
 * candidates without reading a licence or applicant row each. The bigram table's primary key
 * holds a bigram's rows in the order the search lists them (active first, then by number or
 * name), so a common bigram (路7, 山路: thousands of rows) is walked in that order and SQLite
 * stops at the end of the page: `bigramWalk`. The other words of the query and the caller's
 * scope are checked on the rows as they come (search.repo.ts).
 */
import { keyPrefixRange, type SearchWord } from '../../../core/search';

export type RankedKind = 'licence' | 'applicant';

/** The word that narrows most: the longest (its bigrams at their distances, its key prefix). */
export function drivingWord(words: readonly SearchWord[]): {
  driving: SearchWord;
  others: SearchWord[];
} | null {
  let best = -1;
  words.forEach((w, i) => {
    if (best < 0 || [...w.text].length > [...(words[best]?.text ?? '')].length) best = i;
  });
  const driving = words[best];
  if (!driving) return null;
  return { driving, others: words.filter((_, i) => i !== best) };
}

/**
 * A run of seven or more digits is a number (a phone, a licence number, the start of a credit
 * code), found by its key: no shop name, holder or address holds one, and walking the rows of
 * its first digit pair (a thousand or two) would find nothing. Shorter runs (a house number,
 * 1201室) are looked for in the fields as well.
 */
const LONG_NUMBER = /^[0-9]{7,}$/;

/** The bigrams a word is looked for by in the entries' fields. */
export function fieldBigrams(w: SearchWord): SearchWord['bigrams'] {
  return w.key && LONG_NUMBER.test(w.key) ? [] : w.bigrams;
}

/**
 * `SELECT <columns> FROM registry_search_terms t0 …`: the rows of the word's first bigram whose
 * entry has the word's other bigrams in the same field at the word's own distances (建国 never
 * matches 建设国道). Each further bigram is a lookup in the primary key (the entry's rank columns
 * are part of it, and the same in each of its rows), written as a scalar subquery rather than a
 * join: eight joined copies of the table (a 15-digit number) cost SQLite more to plan than to
 * run, a subquery is planned alone.
 */
export function bigramChain(
  kind: RankedKind,
  w: SearchWord,
  columns: string,
): { sql: string; params: unknown[] } | null {
  const [first, ...rest] = fieldBigrams(w);
  if (!first) return null;
  const probes = rest.map((_, i) => {
    const t = `t${i + 1}`;
    return `AND (SELECT 1 FROM registry_search_terms ${t} WHERE ${t}.term = ?
         AND ${t}.kind = t0.kind AND ${t}.active = t0.active AND ${t}.sort_key = t0.sort_key
         AND ${t}.object_id = t0.object_id AND ${t}.field = t0.field AND ${t}.pos = t0.pos + ?)
         IS NOT NULL`;
  });
  const params: unknown[] = [first[1], kind];
  for (const [offset, term] of rest) params.push(term, offset - first[0]);
  return {
    sql: `SELECT ${columns} FROM registry_search_terms t0
      WHERE t0.term = ? AND t0.kind = ? ${probes.join(' ')}`,
    params,
  };
}

/** A condition on an index row, given the row's alias (its `object_id`, `county`). */
export type RowCondition = (alias: string) => { sql: string; params: unknown[] };

function conditions(alias: string, where: readonly RowCondition[]) {
  const parts = where.map((c) => c(alias));
  return {
    sql: parts.map((p) => `AND ${p.sql}`).join(' '),
    params: parts.flatMap((p) => p.params),
  };
}

/** The rank order of rows `(id, active, sort_key)`. */
export const RANK_ORDER = 'active DESC, sort_key, id';

/**
 * Rows `(id, active, sort_key)` of the `kind` entries whose fields hold the word (its bigrams at
 * the word's distances) and that meet `where`, one per entry, in rank order. The rows come in
 * the primary key's order, so a LIMIT put on this ends the walk early: no sort, however common
 * the bigram.
 */
export function bigramWalk(
  kind: RankedKind,
  w: SearchWord,
  where: readonly RowCondition[],
): { sql: string; params: unknown[] } | null {
  const chain = bigramChain(kind, w, 't0.object_id AS id, t0.active, t0.sort_key');
  if (!chain) return null;
  const c = conditions('t0', where);
  return {
    sql: `${chain.sql} ${c.sql}
      GROUP BY t0.active, t0.sort_key, t0.object_id
      ORDER BY t0.active DESC, t0.sort_key, t0.object_id`,
    params: [...chain.params, ...c.params],
  };
}

/**
 * Rows `(id, active, sort_key)` of the `kind` entries with a key (number, credit code, phone)
 * starting with the word's and meeting `where`, one per entry, in rank order. A key's range is
 * read whole (usually a handful; `+kind`: the range in the primary key, not every key of the
 * kind).
 */
export function keyRange(
  kind: RankedKind,
  w: SearchWord,
  where: readonly RowCondition[],
): { sql: string; params: unknown[] } | null {
  if (!w.key) return null;
  const c = conditions('k', where);
  return {
    sql: `SELECT k.object_id AS id, max(k.active) AS active, max(k.sort_key) AS sort_key
      FROM registry_search_keys k WHERE k.key >= ? AND k.key < ? AND +k.kind = ? ${c.sql}
      GROUP BY k.object_id ORDER BY ${RANK_ORDER}`,
    params: [...keyPrefixRange(w.key), kind, ...c.params],
  };
}

/**
 * The first `limit` rows `(id, active, sort_key)` in rank order of the `kind` entries matching
 * the word by its bigrams or its key and meeting `where`.
 */
export function rankedPage(
  kind: RankedKind,
  w: SearchWord,
  where: readonly RowCondition[],
  limit: number,
): { sql: string; params: unknown[] } {
  const parts = [bigramWalk(kind, w, where), keyRange(kind, w, where)].filter(
    (p): p is { sql: string; params: unknown[] } => p !== null,
  );
  return {
    sql: `SELECT id, max(active) AS active, max(sort_key) AS sort_key FROM (
      ${parts.map((p) => `SELECT * FROM (${p.sql} LIMIT ?)`).join(' UNION ALL ')})
      GROUP BY id ORDER BY ${RANK_ORDER} LIMIT ?`,
    params: [...parts.flatMap((p) => [...p.params, limit]), limit],
  };
}
