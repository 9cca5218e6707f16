/**
 * Official documents (文书) issued at each decision on a case, and the counters that number
 * them per issuing bureau, kind and year. A document row never changes once written (triggers
 * in a custom migration) except for the one link to the document that corrected it.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { DOCUMENT_KINDS } from '../../../core/documents';
import { applications } from './cases';
import { jurisdictions } from './people';

/** The last number issued per bureau, kind and year: bumped in the issuing transaction. */
export const documentCounters = sqliteTable(
  'document_counters',
  {
    bureauCode: text('bureau_code')
      .notNull()
      .references(() => jurisdictions.code),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bureauCode, t.kind, t.year] })],
);

export const officialDocuments = sqliteTable(
  'official_documents',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    /** The issuing bureau (the case's county-level unit): numbering and staff scope. */
    bureauCode: text('bureau_code')
      .notNull()
      .references(() => jurisdictions.code),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    number: text('number').notNull().unique(),
    /** The day it was issued (China, app clock) and the instant. */
    issuedOn: text('issued_on').notNull(),
    issuedAt: text('issued_at').notNull(),
    signerId: text('signer_id').notNull(),
    signerName: text('signer_name').notNull(),
    /** What the document says, as issued (JSON); the PDF is rendered from it. */
    contentJson: text('content_json').notNull(),
    /** SHA-256 (hex) of content_json: shown on the PDF, checked when it is rendered. */
    contentHash: text('content_hash').notNull(),
    /**
     * An approval's licence as the same transaction issued it ({number, issuedOn, expiresOn}
     * JSON): content_json holds slots for these, as the number exists only inside the batch.
     */
    licenceJson: text('licence_json'),
    supersedesId: text('supersedes_id'),
    supersededById: text('superseded_by_id'),
    correctionReason: text('correction_reason'),
  },
  (t) => [
    uniqueIndex('official_documents_seq').on(t.bureauCode, t.kind, t.year, t.seq),
    index('official_documents_application').on(t.applicationId, t.issuedAt),
    check('official_documents_seq_positive', sql`${t.seq} > 0`),
  ],
);
