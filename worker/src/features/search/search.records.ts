/**
 * 跨系统查询 over the records of the sales, distribution and internal-management systems: a
 * record matches a word when its licence's register entry does (number, shop, holder, address,
 * the holder's phone, credit code) or its own customer code starts with it (the `record` key
 * the licence_records triggers keep). Limited to the licences of the caller's counties.
 */
import type { CustomerStatus, RecordSource } from '../../../core/deliveries';
import { keyPrefixRange, type SearchWord } from '../../../core/search';
import { licenceConditions, marks, wordCondition } from './search.repo';
import { drivingWord, wordCandidates } from './search.rank';

export interface RecordHit {
  id: number;
  licence_id: string;
  source: RecordSource;
  customer_code: string;
  status: CustomerStatus;
  last_delivery_on: string | null;
  number: string;
  shop_name: string;
  jurisdiction_code: string;
}

/** `r.id IN (…)` for one word: the records of matching licences, or with a matching code. */
function recordWordCondition(w: SearchWord): { sql: string; params: unknown[] } {
  const licence = wordCondition('licence', 'rl', w);
  const parts = [
    `SELECT rr.id FROM licence_records rr JOIN licences rl ON rl.id = rr.licence_id
    WHERE ${licence.sql}`,
  ];
  const params = [...licence.params];
  if (w.key) {
    parts.push(
      `SELECT CAST(object_id AS INTEGER) FROM registry_search_keys
       WHERE key >= ? AND key < ? AND +kind = 'record'`,
    );
    params.push(...keyPrefixRange(w.key));
  }
  return { sql: `r.id IN (${parts.join(' UNION ')})`, params };
}

const SOURCE_ORDER = `CASE source WHEN 'sales' THEN 0 WHEN 'distribution' THEN 1 ELSE 2 END`;
const RECORD_COLUMNS = `r.id, r.licence_id, r.source, r.customer_code, r.status, r.last_delivery_on,
  l.number, l.shop_name, l.jurisdiction_code
  FROM licence_records r JOIN licences l ON l.id = r.licence_id`;

/**
 * Records of licences in `counties` matching every word, or of licences `holderIds` hold, by
 * licence number. With words, the driving word's licences are sorted from the index
 * (search.rank.ts) and their records read in that order until `limit` are found.
 */
export function searchRecords(
  d1: D1Database,
  words: SearchWord[],
  holderIds: readonly string[],
  counties: readonly string[],
  limit: number,
): D1PreparedStatement | null {
  if (counties.length === 0 || (words.length === 0 && holderIds.length === 0)) return null;
  const drive = drivingWord(words);
  if (!drive) {
    const { conds, params } = licenceConditions([], holderIds, recordWordCondition);
    return d1
      .prepare(
        `SELECT ${RECORD_COLUMNS}
         WHERE l.jurisdiction_code IN (${marks(counties.length)}) AND ${conds.join(' AND ')}
         ORDER BY l.number, ${SOURCE_ORDER.replace('source', 'r.source')} LIMIT ?`,
      )
      .bind(...counties, ...params, limit);
  }
  const { driving, others } = drive;
  const cand = wordCandidates('licence', driving);
  const scope = marks(counties.length);
  // The records of the driving word's licences and, for a key, those with a matching code.
  const sources = [
    `SELECT r.id, r.licence_id, lic.number, r.source FROM lic
    JOIN licence_records r ON r.licence_id = lic.id`,
  ];
  const sourceParams: unknown[] = [];
  if (driving.key) {
    sources.push(`SELECT r.id, r.licence_id, l.number, r.source FROM registry_search_keys k
      JOIN licence_records r ON r.id = CAST(k.object_id AS INTEGER)
      JOIN licences l ON l.id = r.licence_id
      WHERE k.key >= ? AND k.key < ? AND +k.kind = 'record' AND l.jurisdiction_code IN (${scope})`);
    sourceParams.push(...keyPrefixRange(driving.key), ...counties);
  }
  const { conds, params } = licenceConditions(others, [], recordWordCondition);
  if (holderIds.length > 0) {
    conds.push(
      `r.licence_id IN (SELECT id FROM licences WHERE holder_applicant_id IN (${marks(holderIds.length)}))`,
    );
    params.push(...holderIds);
  }
  return d1
    .prepare(
      `WITH lic AS MATERIALIZED (
         SELECT c.id, max(c.sort_key) AS number FROM (${cand.sql}) c
         WHERE c.county IN (${scope}) GROUP BY c.id ORDER BY number),
       hit AS (
         SELECT r.id, r.number, r.source FROM (${sources.join(' UNION ')}) r
         ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
         ORDER BY r.number, ${SOURCE_ORDER} LIMIT ?)
       SELECT ${RECORD_COLUMNS} JOIN hit ON hit.id = r.id
       ORDER BY hit.number, ${SOURCE_ORDER.replace('source', 'hit.source')}`,
    )
    .bind(...cand.params, ...counties, ...sourceParams, ...params, limit);
}
