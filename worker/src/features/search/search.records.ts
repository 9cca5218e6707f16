/**
 * 跨系统查询 over the records of the sales, distribution and internal-management systems: a
 * record matches a word when its licence's register entry does (number, shop, holder, address,
 * the holder's phone, credit code) or its own customer code starts with it (the `record` key
 * the licence_records triggers keep). Limited to the licences of the caller's counties.
 */
import type { CustomerStatus, RecordSource } from '../../../core/deliveries';
import type { SearchWord } from '../../../core/search';
import { licenceConditions, marks, wordCondition } from './search.repo';

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
       WHERE key GLOB ? AND +kind = 'record'`,
    );
    params.push(`${w.key}*`);
  }
  return { sql: `r.id IN (${parts.join(' UNION ')})`, params };
}

/** Records of licences in `counties` matching every word, or of licences `holderIds` hold. */
export async function searchRecords(
  d1: D1Database,
  words: SearchWord[],
  holderIds: readonly string[],
  counties: readonly string[],
  limit: number,
): Promise<RecordHit[]> {
  if (counties.length === 0 || (words.length === 0 && holderIds.length === 0)) return [];
  const { conds, params } = licenceConditions(words, holderIds, recordWordCondition);
  const res = await d1
    .prepare(
      `SELECT r.id, r.licence_id, r.source, r.customer_code, r.status, r.last_delivery_on,
         l.number, l.shop_name, l.jurisdiction_code
       FROM licence_records r JOIN licences l ON l.id = r.licence_id
       WHERE l.jurisdiction_code IN (${marks(counties.length)}) AND ${conds.join(' AND ')}
       ORDER BY l.number, CASE r.source WHEN 'sales' THEN 0 WHEN 'distribution' THEN 1 ELSE 2 END
       LIMIT ?`,
    )
    .bind(...counties, ...params, limit)
    .all<RecordHit>();
  return res.results;
}
