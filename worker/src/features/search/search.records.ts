/**
 * 跨系统查询 over the records of the sales, distribution and internal-management systems: a
 * record matches a word when its licence's register entry does (number, shop, holder, address,
 * the holder's phone, credit code) or its own customer code starts with it (the `record` key
 * the licence_records triggers keep). Limited to the licences of the caller's counties.
 */
import type { CustomerStatus, RecordSource } from '../../../core/deliveries';
import { keyPrefixRange, type SearchWord } from '../../../core/search';
import { licenceConditions, marks, wordCondition } from './search.repo';
import { bigramWalk, drivingWord, keyRange, type RowCondition } from './search.rank';

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
  const licence = wordCondition('licence', 'rl.id', w);
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

/** Sales before distribution before internal management; `t` is the rows' alias with its dot. */
const sourceOrder = (t = '') =>
  `CASE ${t}source WHEN 'sales' THEN 0 WHEN 'distribution' THEN 1 ELSE 2 END`;
const RECORD_COLUMNS = `r.id, r.licence_id, r.source, r.customer_code, r.status, r.last_delivery_on,
  l.number, l.shop_name, l.jurisdiction_code
  FROM licence_records r JOIN licences l ON l.id = r.licence_id`;
/** Records in the order listed: their licence's (active first, by number), then the system. */
const recordOrder = (t = '') => `${t}active DESC, ${t}number, ${t}licence_id, ${sourceOrder(t)}`;

/**
 * Records of licences in `counties` matching every word, or of licences `holderIds` hold, in
 * their licence's order (active first, by number), sales before distribution before internal
 * management. With words: the records of the driving word's licences as the index walks them
 * (search.rank.ts), of the licences whose key starts with it, and those whose own customer code
 * does, each read only until `limit` are found.
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
         ORDER BY l.status = 'active' DESC, l.number, ${sourceOrder('r.')}
         LIMIT ?`,
      )
      .bind(...counties, ...params, limit);
  }
  const { driving, others } = drive;
  const scope = marks(counties.length);
  // The other words and the holders, on each record `r` as it comes.
  const { conds, params } = licenceConditions(others, [], recordWordCondition);
  if (holderIds.length > 0) {
    conds.push(
      `r.licence_id IN (SELECT id FROM licences WHERE holder_applicant_id IN (${marks(holderIds.length)}))`,
    );
    params.push(...holderIds);
  }
  const onRecord = conds.map((x) => `AND ${x}`).join(' ');
  const inScope: RowCondition = (a) => ({
    sql: `${a}.county IN (${scope})`,
    params: [...counties],
  });
  // Each source gives rows (id, licence_id, active, number, source) in recordOrder().
  const sources: { sql: string; params: unknown[] }[] = [];
  for (const licences of [
    bigramWalk('licence', driving, [inScope]),
    keyRange('licence', driving, [inScope]),
  ]) {
    if (!licences) continue;
    sources.push({
      sql: `SELECT r.id, r.licence_id, lic.active, lic.sort_key AS number, r.source
        FROM (${licences.sql}) lic JOIN licence_records r ON r.licence_id = lic.id
        WHERE 1 ${onRecord}
        ORDER BY lic.active DESC, lic.sort_key, lic.id, ${sourceOrder('r.')}`,
      params: [...licences.params, ...params],
    });
  }
  if (driving.key) {
    sources.push({
      sql: `SELECT r.id, r.licence_id, l.status = 'active' AS active, l.number, r.source
        FROM registry_search_keys k
        JOIN licence_records r ON r.id = CAST(k.object_id AS INTEGER)
        JOIN licences l ON l.id = r.licence_id
        WHERE k.key >= ? AND k.key < ? AND +k.kind = 'record' AND l.jurisdiction_code IN (${scope})
        ${onRecord}
        ORDER BY ${recordOrder()}`,
      params: [...keyPrefixRange(driving.key), ...counties, ...params],
    });
  }
  return d1
    .prepare(
      `WITH hit AS (
         SELECT id, licence_id, max(active) AS active, number, source FROM (
           ${sources.map((x) => `SELECT * FROM (${x.sql} LIMIT ?)`).join(' UNION ALL ')})
         GROUP BY id ORDER BY ${recordOrder()} LIMIT ?)
       SELECT ${RECORD_COLUMNS} JOIN hit ON hit.id = r.id
       ORDER BY ${recordOrder('hit.')}`,
    )
    .bind(...sources.flatMap((x) => [...x.params, limit]), limit);
}
