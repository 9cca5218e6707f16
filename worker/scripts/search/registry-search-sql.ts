/**
 * Writes migrations/*_registry_search_walk.sql: the triggers that keep the register search
 * index (licences and applicants; db/schema/search.ts) in step with every write to an indexed
 * field, including the rank columns each row carries (a licence's status, number and county, an
 * applicant's name), and the rebuild of the bigram table in rank order from the rows already
 * there: its primary key is (term, kind, active DESC, sort_key, object_id, field, pos), so a
 * bigram's rows lie in the order the search lists them and a search reads only the first few
 * (search.rank.ts). It folds through the same `search_fold` table as the case index
 * (core/search.ts). Run once to make the migration
 * (`npx tsx worker/scripts/search/registry-search-sql.ts`); migrations are forward-only (earlier
 * versions: migrations/0013_registry_search_triggers.sql, 0031_registry_search_rank.sql).
 */
import { readdirSync, writeFileSync } from 'node:fs';

const BREAK = '\n--> statement-breakpoint\n';

/** A licence's rank columns (active, sort_key, county) from `l`; an applicant's from `ap`. */
const LICENCE_RANK = `l.status = 'active' AS active, l.number AS sort_key,
    l.jurisdiction_code AS county`;
// Rank columns are part of the bigram table's primary key, so never null: an applicant is
// "inactive" (0) and ranked by name, '' when they have none yet.
const APPLICANT_RANK = `0 AS active, coalesce(ap.name, '') AS sort_key, NULL AS county`;

/** The bigram rows of `source` (columns id, field, t and the rank columns) for `kind`. */
const bigrams = (kind: string, source: string) =>
  `INSERT OR IGNORE INTO registry_search_terms
    (term, kind, object_id, field, pos, active, sort_key, county)
  SELECT coalesce(f1.folded, substr(s.t, p.n, 1)) || coalesce(f2.folded, substr(s.t, p.n + 1, 1)),
    '${kind}', s.id, s.field, p.n, s.active, s.sort_key, s.county
  FROM (${source}) s
  JOIN search_positions p ON p.n < length(s.t)
  LEFT JOIN search_fold f1 ON f1.ch = substr(s.t, p.n, 1)
  LEFT JOIN search_fold f2 ON f2.ch = substr(s.t, p.n + 1, 1)
  WHERE typeof(s.t) = 'text';`;

/** The key rows of `source` (columns id, k and the rank columns) for `kind`. */
const keyRows = (kind: string, source: string) =>
  `INSERT OR IGNORE INTO registry_search_keys
    (key, kind, object_id, active, sort_key, county)
  SELECT k, '${kind}', id, active, sort_key, county FROM (${source})
  WHERE typeof(k) = 'text' AND length(k) >= 2;`;

/** A licence: its shop name, holder's name and premises address; number, credit code, phone. */
function licence(cond: string): string {
  return `${bigrams(
    'licence',
    `SELECT l.id AS id, 1 AS field, l.shop_name AS t, ${LICENCE_RANK} FROM licences l WHERE ${cond}
    UNION ALL SELECT l.id, 2, l.holder_name, ${LICENCE_RANK} FROM licences l WHERE ${cond}
    UNION ALL SELECT l.id, 3, pr.address, ${LICENCE_RANK}
      FROM licences l JOIN premises pr ON pr.id = l.premises_id WHERE ${cond}`,
  )}
  ${keyRows(
    'licence',
    `SELECT l.id AS id, lower(replace(replace(l.number, '-', ''), ' ', '')) AS k, ${LICENCE_RANK}
      FROM licences l WHERE ${cond}
    UNION ALL SELECT l.id, lower(l.credit_code), ${LICENCE_RANK} FROM licences l WHERE ${cond}
    UNION ALL SELECT l.id, ap.phone, ${LICENCE_RANK}
      FROM licences l JOIN applicants ap ON ap.id = l.holder_applicant_id WHERE ${cond}`,
  )}`;
}

/** An applicant: their name; their phone. */
function applicant(cond: string): string {
  return `${bigrams(
    'applicant',
    `SELECT ap.id AS id, 4 AS field, ap.name AS t, ${APPLICANT_RANK} FROM applicants ap WHERE ${cond}`,
  )}
  ${keyRows(
    'applicant',
    `SELECT ap.id AS id, ap.phone AS k, ${APPLICANT_RANK} FROM applicants ap WHERE ${cond}`,
  )}`;
}

const forget = (kind: string, ids: string) =>
  `DELETE FROM registry_search_terms WHERE kind = '${kind}' AND object_id IN (${ids});
  DELETE FROM registry_search_keys WHERE kind = '${kind}' AND object_id IN (${ids});`;

const TRIGGERS = [
  'licences_registry_insert',
  'licences_registry_update',
  'licences_registry_delete',
  'premises_registry_update',
  'applicants_registry_insert',
  'applicants_registry_update',
  'applicants_registry_delete',
  'licence_records_registry_insert',
  'licence_records_registry_update',
  'licence_records_registry_delete',
  'licences_registry_rank',
];

/** Rank columns of an existing row `t`: from its licence `l` or applicant `ap`. */
const RANK_OF = `coalesce(l.status = 'active', 0), coalesce(l.number, ap.name, ''), l.jurisdiction_code`;
const RANK_JOINS = `LEFT JOIN licences l ON t.kind = 'licence' AND l.id = t.object_id
LEFT JOIN applicants ap ON t.kind = 'applicant' AND ap.id = t.object_id`;

const parts: string[] = [
  `-- The register search's bigram table rebuilt in rank order: (term, kind, active DESC, sort_key,
-- object_id, field, pos), so that a bigram's rows lie in the order the search lists them (active
-- licences first, by number; applicants by name) and a search walks only until it has a page;
-- and the triggers that keep it in step with every write, applicants' rank columns never null.
-- Generated by worker/scripts/search/registry-search-sql.ts. The triggers that name the tables
-- go first: SQLite renames a table only while every trigger names tables that exist.`,
  ...TRIGGERS.map((t) => `DROP TRIGGER IF EXISTS ${t};`),
  `CREATE TABLE \`__new_registry_search_terms\` (
  \`term\` text NOT NULL,
  \`kind\` text NOT NULL,
  \`object_id\` text NOT NULL,
  \`field\` integer NOT NULL,
  \`pos\` integer NOT NULL,
  \`active\` integer NOT NULL,
  \`sort_key\` text NOT NULL,
  \`county\` text,
  PRIMARY KEY(\`term\`, \`kind\`, \`active\` DESC, \`sort_key\`, \`object_id\`, \`field\`, \`pos\`)
) WITHOUT ROWID;`,
  `INSERT INTO __new_registry_search_terms
  (term, kind, object_id, field, pos, active, sort_key, county)
SELECT t.term, t.kind, t.object_id, t.field, t.pos, ${RANK_OF}
FROM registry_search_terms t
${RANK_JOINS}
ORDER BY 1, 2, 6 DESC, 7, 3, 4, 5;`,
  'DROP TABLE registry_search_terms;',
  'ALTER TABLE __new_registry_search_terms RENAME TO registry_search_terms;',
  'CREATE INDEX `registry_search_terms_object` ON `registry_search_terms` (`kind`,`object_id`,`county`);',
  // The keys keep their order (a key's range is read whole); applicants' rank as in the terms.
  `UPDATE registry_search_keys SET active = 0, sort_key = coalesce(sort_key, '')
WHERE kind = 'applicant';`,
];

parts.push(`CREATE TRIGGER licences_registry_insert AFTER INSERT ON licences
BEGIN
  ${licence('l.id = NEW.id')}
END;`);
parts.push(`CREATE TRIGGER licences_registry_update
AFTER UPDATE OF number, shop_name, holder_name, credit_code, premises_id, holder_applicant_id ON licences
WHEN OLD.number IS NOT NEW.number OR OLD.shop_name IS NOT NEW.shop_name
  OR OLD.holder_name IS NOT NEW.holder_name OR OLD.credit_code IS NOT NEW.credit_code
  OR OLD.premises_id IS NOT NEW.premises_id OR OLD.holder_applicant_id IS NOT NEW.holder_applicant_id
BEGIN
  ${forget('licence', 'NEW.id')}
  ${licence('l.id = NEW.id')}
END;`);
parts.push(`CREATE TRIGGER licences_registry_delete AFTER DELETE ON licences
BEGIN
  ${forget('licence', 'OLD.id')}
END;`);
parts.push(`CREATE TRIGGER premises_registry_update AFTER UPDATE OF address ON premises
WHEN OLD.address IS NOT NEW.address
BEGIN
  ${forget('licence', 'SELECT id FROM licences WHERE premises_id = NEW.id')}
  ${licence('l.premises_id = NEW.id')}
END;`);
parts.push(`CREATE TRIGGER applicants_registry_insert AFTER INSERT ON applicants
BEGIN
  ${applicant('ap.id = NEW.id')}
END;`);
parts.push(`CREATE TRIGGER applicants_registry_update AFTER UPDATE OF name, phone ON applicants
WHEN OLD.name IS NOT NEW.name OR OLD.phone IS NOT NEW.phone
BEGIN
  ${forget('applicant', 'NEW.id')}
  ${applicant('ap.id = NEW.id')}
  ${forget('licence', 'SELECT id FROM licences WHERE holder_applicant_id = NEW.id')}
  ${licence('l.holder_applicant_id = NEW.id')}
END;`);
parts.push(`CREATE TRIGGER applicants_registry_delete AFTER DELETE ON applicants
BEGIN
  ${forget('applicant', 'OLD.id')}
END;`);

// A licence's status and county live in every row of its own: a change rewrites them in place.
parts.push(`CREATE TRIGGER licences_registry_rank AFTER UPDATE OF status, jurisdiction_code ON licences
WHEN OLD.status IS NOT NEW.status OR OLD.jurisdiction_code IS NOT NEW.jurisdiction_code
BEGIN
  UPDATE registry_search_terms SET active = NEW.status = 'active', county = NEW.jurisdiction_code
  WHERE kind = 'licence' AND object_id = NEW.id;
  UPDATE registry_search_keys SET active = NEW.status = 'active', county = NEW.jurisdiction_code
  WHERE kind = 'licence' AND object_id = NEW.id;
END;`);

// The records' customer codes (as in migrations/0030_record_search.sql, with no rank: a record
// is ranked by its licence).
const recordKey = (
  row: string,
) => `INSERT OR IGNORE INTO registry_search_keys (key, kind, object_id)
  SELECT lower(replace(${row}.customer_code, '-', '')), 'record', CAST(${row}.id AS TEXT)
  WHERE length(replace(${row}.customer_code, '-', '')) >= 2;`;
parts.push(`CREATE TRIGGER licence_records_registry_insert AFTER INSERT ON licence_records
BEGIN
  ${recordKey('NEW')}
END;`);
parts.push(`CREATE TRIGGER licence_records_registry_update AFTER UPDATE OF customer_code ON licence_records
WHEN OLD.customer_code IS NOT NEW.customer_code
BEGIN
  DELETE FROM registry_search_keys WHERE kind = 'record' AND object_id = CAST(OLD.id AS TEXT);
  ${recordKey('NEW')}
END;`);
parts.push(`CREATE TRIGGER licence_records_registry_delete AFTER DELETE ON licence_records
BEGIN
  DELETE FROM registry_search_keys WHERE kind = 'record' AND object_id = CAST(OLD.id AS TEXT);
END;`);

const dir = new URL('../../../migrations/', import.meta.url);
const name = readdirSync(dir).find((f) => f.endsWith('_registry_search_walk.sql'));
if (!name) throw new Error('no migrations/*_registry_search_walk.sql: drizzle-kit generate first');
writeFileSync(new URL(name, dir), `${parts.join(BREAK)}\n`);
console.log(`wrote migrations/${name}`);
