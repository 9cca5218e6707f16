/**
 * A remote inspection's evidence (core/remote-evidence.ts): recording segments and their chained
 * chunks, still frames and signatures (the bytes live in R2 under `evidence/<inspection>/…`),
 * and the seal. Evidence is never deleted by the app: a cancelled inspection keeps it.
 */
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { remoteInspections } from './remote';
import { staffUsers } from './people';

export const evidenceRecordings = sqliteTable(
  'evidence_recordings',
  {
    id: text('id').primaryKey(),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => remoteInspections.id),
    side: text('side', { enum: ['inspector', 'applicant', 'composed'] }).notNull(),
    mimeType: text('mime_type').notNull(),
    startedAt: text('started_at').notNull(),
    startedBy: text('started_by')
      .notNull()
      .references(() => staffUsers.id),
    chunkCount: integer('chunk_count').notNull().default(0),
    byteCount: integer('byte_count').notNull().default(0),
    /** The chain value after the last chunk (the genesis before the first). */
    head: text('head').notNull(),
  },
  (t) => [index('evidence_recordings_inspection').on(t.inspectionId, t.startedAt)],
);

export const evidenceChunks = sqliteTable(
  'evidence_chunks',
  {
    recordingId: text('recording_id')
      .notNull()
      .references(() => evidenceRecordings.id),
    idx: integer('idx').notNull(),
    offset: integer('offset').notNull(),
    length: integer('length').notNull(),
    sha256: text('sha256').notNull(),
    chain: text('chain').notNull(),
    path: text('path').notNull(),
    uploadedAt: text('uploaded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordingId, t.idx] })],
);

/** Stills (by item) and signatures (by party), each one file in the bundle. */
export const evidenceFiles = sqliteTable(
  'evidence_files',
  {
    id: text('id').primaryKey(),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => remoteInspections.id),
    kind: text('kind', { enum: ['still', 'signature'] }).notNull(),
    itemId: text('item_id'),
    party: text('party', { enum: ['lead', 'applicant'] }),
    path: text('path').notNull(),
    sha256: text('sha256').notNull(),
    length: integer('length').notNull(),
    contentType: text('content_type').notNull(),
    at: text('at').notNull(),
    by: text('by').notNull(),
  },
  (t) => [uniqueIndex('evidence_files_path').on(t.inspectionId, t.path)],
);

export const evidenceSeals = sqliteTable('evidence_seals', {
  inspectionId: text('inspection_id')
    .primaryKey()
    .references(() => remoteInspections.id),
  suite: text('suite').notNull(),
  fingerprint: text('fingerprint').notNull(),
  /** Base64 signature over the manifest's exact bytes (stored in R2 beside it). */
  signature: text('signature').notNull(),
  manifestSha256: text('manifest_sha256').notNull(),
  outcome: text('outcome', { enum: ['pass', 'fail'] }).notNull(),
  sealedAt: text('sealed_at').notNull(),
  sealedBy: text('sealed_by')
    .notNull()
    .references(() => staffUsers.id),
});
