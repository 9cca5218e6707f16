/**
 * The remote checklist catalogue (core/checklist-catalogue.ts): one row per edition of a kind.
 * Rows are never updated or deleted (triggers in the migration): an edit is a new row, so an
 * inspection that names a version always finds the items it was walked with.
 */
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { INSPECTION_KINDS } from '../../../core/checklist-catalogue';
import { now } from './columns';

export const checklistVersions = sqliteTable(
  'checklist_versions',
  {
    /** `<kind>-v<number>` (core versionId). */
    id: text('id').primaryKey(),
    kind: text('kind', { enum: INSPECTION_KINDS }).notNull(),
    number: integer('number').notNull(),
    /** The items in order, as core's catalogueItemsSchema. */
    itemsJson: text('items_json').notNull(),
    note: text('note').notNull(),
    /**
     * The admin who wrote it (a staff id; null for the first editions the migration wrote). No
     * foreign key: an edition outlives every account, like the audit log that also names them.
     */
    createdBy: text('created_by'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('checklist_versions_kind_number').on(t.kind, t.number)],
);
