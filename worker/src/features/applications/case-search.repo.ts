/**
 * The case search's SQL over the index the triggers keep (db/schema/search.ts): one condition
 * per query word, for the queue's WHERE. A word matches a case when it is the start of one of
 * its identifiers (reference, licence number, phone) or appears in one of its names — the
 * word's bigrams in one field at the word's own distances, so 建国 never matches 建设国道.
 */
import { keyPrefixRange, type SearchWord } from '../../../core/search';

/** `a.id IN (…)` for one word; `a` is the queue's alias of applications. */
export function wordCondition(w: SearchWord): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (w.key) {
    // The key's range walks the key index (LIKE would not, and GLOB ? is planned anew for each
    // value); a key word is letters and digits only.
    parts.push('SELECT application_id FROM case_search_keys WHERE key >= ? AND key < ?');
    params.push(...keyPrefixRange(w.key));
  }
  const [first, ...rest] = w.bigrams;
  if (first) {
    // Each further bigram a scalar subquery, planned alone (joined copies of the table cost more
    // to plan than to run for a long number).
    const probes = rest.map(
      (_, i) =>
        `AND (SELECT 1 FROM case_search_terms t${i + 1} WHERE t${i + 1}.term = ?
           AND t${i + 1}.application_id = t0.application_id AND t${i + 1}.field = t0.field
           AND t${i + 1}.pos = t0.pos + ?) IS NOT NULL`,
    );
    parts.push(
      `SELECT t0.application_id FROM case_search_terms t0 WHERE t0.term = ? ${probes.join(' ')}`,
    );
    params.push(first[1]);
    for (const [offset, term] of rest) params.push(term, offset - first[0]);
  }
  return { sql: `a.id IN (${parts.join(' UNION ')})`, params };
}
