/**
 * The register search's SQL over the index the triggers keep (db/schema/search.ts): licences
 * and applicants by a fragment of their names or address (bigrams at the word's own distances,
 * as the case search does) or the start of a number, credit code or phone; applicants by the
 * keyed hash of an ID number. Every query is limited to the caller's counties.
 */
import { keyPrefixRange, type SearchWord } from '../../../core/search';
import { bigramChain, drivingWord, rankedPage, type RowCondition } from './search.rank';

type Kind = 'licence' | 'applicant';

/** `<column> IN (…)` for one word of a register search, `column` holding an entry's id. */
export function wordCondition(
  kind: Kind,
  column: string,
  w: SearchWord,
): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (w.key) {
    // `+kind`: without it SQLite walks every key of the kind through (kind, object_id) rather
    // than the key's range in the primary key (185 ms instead of < 1 ms at 200,000 records).
    parts.push(
      'SELECT object_id FROM registry_search_keys WHERE key >= ? AND key < ? AND +kind = ?',
    );
    params.push(...keyPrefixRange(w.key), kind);
  }
  const chain = bigramChain(kind, w, 't0.object_id');
  if (chain) {
    parts.push(chain.sql);
    params.push(...chain.params);
  }
  return { sql: `${column} IN (${parts.join(' UNION ')})`, params };
}

export const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

export interface LicenceHit {
  id: string;
  number: string;
  shop_name: string;
  holder_name: string;
  status: string;
  jurisdiction_code: string;
  address: string | null;
}

export interface ApplicantHit {
  id: string;
  name: string | null;
  phone: string;
  id_number_masked: string | null;
  county: string;
}

/**
 * The conditions on licences `l` shared by the licence and record groups: every word (as the
 * group reads it) and, when given, the holders an ID number found.
 */
export function licenceConditions(
  words: readonly SearchWord[],
  holderIds: readonly string[],
  condition: (w: SearchWord) => { sql: string; params: unknown[] },
): { conds: string[]; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  for (const w of words) {
    const c = condition(w);
    conds.push(c.sql);
    params.push(...c.params);
  }
  if (holderIds.length > 0) {
    conds.push(`l.holder_applicant_id IN (${marks(holderIds.length)})`);
    params.push(...holderIds);
  }
  return { conds, params };
}

const LICENCE_COLUMNS = `l.id, l.number, l.shop_name, l.holder_name, l.status, l.jurisdiction_code,
  pr.address FROM licences l LEFT JOIN premises pr ON pr.id = l.premises_id`;

/**
 * Licences in `counties` matching every word, or held by one of `holderIds`, active first, by
 * number. With words, the driving word's index rows are walked in that order (search.rank.ts)
 * until `limit` are found, and only those licences are read.
 */
export function searchLicences(
  d1: D1Database,
  words: SearchWord[],
  holderIds: readonly string[],
  counties: readonly string[],
  limit: number,
): D1PreparedStatement | null {
  if (counties.length === 0 || (words.length === 0 && holderIds.length === 0)) return null;
  const drive = drivingWord(words);
  if (!drive) {
    const { conds, params } = licenceConditions([], holderIds, () => ({ sql: '', params: [] }));
    return d1
      .prepare(
        `SELECT ${LICENCE_COLUMNS}
         WHERE l.jurisdiction_code IN (${marks(counties.length)}) AND ${conds.join(' AND ')}
         ORDER BY l.status = 'active' DESC, l.number LIMIT ?`,
      )
      .bind(...counties, ...params, limit);
  }
  // Scope, the other words and the holders are checked on the driving word's rows as they come.
  const where: RowCondition[] = [
    (a) => ({ sql: `${a}.county IN (${marks(counties.length)})`, params: [...counties] }),
    ...drive.others.map(
      (w): RowCondition =>
        (a) =>
          wordCondition('licence', `${a}.object_id`, w),
    ),
  ];
  if (holderIds.length > 0) {
    where.push((a) => ({
      sql: `${a}.object_id IN (SELECT id FROM licences
        WHERE holder_applicant_id IN (${marks(holderIds.length)}))`,
      params: [...holderIds],
    }));
  }
  const page = rankedPage('licence', drive.driving, where, limit);
  return d1
    .prepare(
      `WITH hit AS (${page.sql})
       SELECT ${LICENCE_COLUMNS} JOIN hit ON hit.id = l.id ORDER BY hit.active DESC, hit.sort_key, hit.id`,
    )
    .bind(...page.params);
}

/**
 * Applicants matching every word (or with the ID number's hash) who have a case or a licence
 * in `counties`: an applicant belongs to a county through what they filed or hold there. By
 * name: with words, the driving word's index rows are walked in that order (search.rank.ts)
 * and the county looked up on each only until `limit` are found.
 */
export function searchApplicants(
  d1: D1Database,
  words: SearchWord[],
  idHashes: readonly string[],
  counties: readonly string[],
  limit: number,
): D1PreparedStatement | null {
  if (counties.length === 0 || (words.length === 0 && idHashes.length === 0)) return null;
  const inScope = (id: string) => `(
    SELECT a.jurisdiction_code FROM applications a
      WHERE a.applicant_id = ${id} AND a.status <> 'draft'
        AND a.jurisdiction_code IN (${marks(counties.length)})
    UNION ALL
    SELECT l.jurisdiction_code FROM licences l
      WHERE l.holder_applicant_id = ${id} AND l.jurisdiction_code IN (${marks(counties.length)})
    LIMIT 1)`;
  const byHash = `id_number_hash IN (${marks(idHashes.length)})`;
  const drive = drivingWord(words);
  if (!drive) {
    return d1
      .prepare(
        `SELECT * FROM (
           SELECT ap.id, ap.name, ap.phone, ap.id_number_masked, ${inScope('ap.id')} AS county
           FROM applicants ap WHERE ap.${byHash}
         ) WHERE county IS NOT NULL ORDER BY name, id LIMIT ?`,
      )
      .bind(...counties, ...counties, ...idHashes, limit);
  }
  // The county is looked up on the driving word's rows as they come, until `limit` are found.
  const where: RowCondition[] = [
    (a) => ({
      sql: `${inScope(`${a}.object_id`)} IS NOT NULL`,
      params: [...counties, ...counties],
    }),
    ...drive.others.map(
      (w): RowCondition =>
        (a) =>
          wordCondition('applicant', `${a}.object_id`, w),
    ),
  ];
  if (idHashes.length > 0) {
    where.push((a) => ({
      sql: `${a}.object_id IN (SELECT id FROM applicants WHERE ${byHash})`,
      params: [...idHashes],
    }));
  }
  const page = rankedPage('applicant', drive.driving, where, limit);
  return d1
    .prepare(
      `WITH hit AS (${page.sql})
       SELECT ap.id, ap.name, ap.phone, ap.id_number_masked, ${inScope('hit.id')} AS county
       FROM hit JOIN applicants ap ON ap.id = hit.id ORDER BY hit.sort_key, hit.id`,
    )
    .bind(...page.params, ...counties, ...counties);
}

/** Applicant ids with one of these ID-number hashes (to find their licences and cases). */
export async function applicantIdsByIdHash(
  d1: D1Database,
  idHashes: readonly string[],
): Promise<string[]> {
  if (idHashes.length === 0) return [];
  const res = await d1
    .prepare(`SELECT id FROM applicants WHERE id_number_hash IN (${marks(idHashes.length)})`)
    .bind(...idHashes)
    .all<{ id: string }>();
  return res.results.map((r) => r.id);
}
