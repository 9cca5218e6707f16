/**
 * The register search's driving word: its index rows, with the rank columns each row carries
 * (db/schema/search.ts: a licence's status, number and county, an applicant's name), rank the
 * candidates without reading a licence or applicant row each. A common bigram (路7, 山路) has
 * thousands of rows: the search sorts them from the index alone and reads the rows of the ten
 * it lists. The other words of the query are checked on those candidates (search.repo.ts).
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
 * `SELECT <columns> FROM registry_search_terms t0 …`: the rows of the word's first bigram whose
 * entry has the word's other bigrams in the same field at the word's own distances (建国 never
 * matches 建设国道). Each further bigram is a lookup in the primary key, written as a scalar
 * subquery rather than a join: eight joined copies of the table (a 15-digit number) cost SQLite
 * more to plan than to run, a subquery is planned alone.
 */
export function bigramChain(
  kind: RankedKind,
  w: SearchWord,
  columns: string,
): { sql: string; params: unknown[] } | null {
  const [first, ...rest] = w.bigrams;
  if (!first) return null;
  const probes = rest.map(
    (_, i) =>
      `AND (SELECT 1 FROM registry_search_terms t${i + 1} WHERE t${i + 1}.term = ?
         AND t${i + 1}.kind = t0.kind AND t${i + 1}.object_id = t0.object_id
         AND t${i + 1}.field = t0.field AND t${i + 1}.pos = t0.pos + ?) IS NOT NULL`,
  );
  const params: unknown[] = [first[1], kind];
  for (const [offset, term] of rest) params.push(term, offset - first[0]);
  return {
    sql: `SELECT ${columns} FROM registry_search_terms t0
      WHERE t0.term = ? AND t0.kind = ? ${probes.join(' ')}`,
    params,
  };
}

/**
 * Rows `(id, active, sort_key, county)` of the `kind` entries matching one word: its bigrams in
 * one field at the word's own distances, or its key as a prefix. An entry may come more than
 * once (a bigram twice in its fields, a key and a name): group by id.
 */
export function wordCandidates(
  kind: RankedKind,
  w: SearchWord,
): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const chain = bigramChain(kind, w, 't0.object_id AS id, t0.active, t0.sort_key, t0.county');
  if (chain) {
    parts.push(chain.sql);
    params.push(...chain.params);
  }
  if (w.key) {
    // `+kind`: the key's range in the primary key, not every key of the kind (see search.repo).
    parts.push(
      `SELECT object_id AS id, active, sort_key, county FROM registry_search_keys
       WHERE key >= ? AND key < ? AND +kind = ?`,
    );
    params.push(...keyPrefixRange(w.key), kind);
  }
  return { sql: parts.join(' UNION ALL '), params };
}
