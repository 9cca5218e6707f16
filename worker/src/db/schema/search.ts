/**
 * The case search index (core/search.ts): bigrams of the names on a case with their positions,
 * and the identifiers matched by prefix. Written only by the triggers of
 * migrations/0008_case_search_triggers.sql, on every write to an indexed field (applications,
 * applicants, licences), so no code path can forget it; rebuildable from those tables.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Characters the index folds (NFKC to one character, ASCII lower case): core's searchFoldPairs. */
export const searchFold = sqliteTable('search_fold', {
  ch: text('ch').primaryKey(),
  folded: text('folded').notNull(),
});

/** 1..SEARCH_INDEXED_CHARS: the positions the triggers walk (a trigger may not use WITH). */
export const searchPositions = sqliteTable('search_positions', {
  n: integer('n').primaryKey(),
});

/** Field of a case a bigram comes from. */
export const SEARCH_FIELDS = { shop: 1, applicant: 2, operator: 3 } as const;

export const caseSearchTerms = sqliteTable(
  'case_search_terms',
  {
    term: text('term').notNull(),
    applicationId: text('application_id').notNull(),
    field: integer('field').notNull(),
    /** 1-based position of the bigram's first character in the folded field. */
    pos: integer('pos').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.term, t.applicationId, t.field, t.pos] }),
    index('case_search_terms_app').on(t.applicationId),
  ],
);

/** Reference (whole, without XK, last six digits), licence number and phones, lower case. */
export const caseSearchKeys = sqliteTable(
  'case_search_keys',
  {
    key: text('key').notNull(),
    applicationId: text('application_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.applicationId] }),
    index('case_search_keys_app').on(t.applicationId),
  ],
);
