/**
 * System-to-system access and what the other systems send: API tokens (hashed) and the
 * records of the sales, distribution and internal-management systems matched to licences.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CUSTOMER_STATUSES, RECORD_SOURCES } from '../../../core/deliveries';
import { now } from './columns';
import { staffUsers } from './people';
import { licences } from './register';

/** An API token: only the SHA-256 of its secret is kept; scopes and counties as JSON arrays. */
export const apiTokens = sqliteTable('api_tokens', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  secretHash: text('secret_hash').notNull(),
  scopesJson: text('scopes_json').notNull(),
  /** As the admin chose them (a county, or the city code). */
  jurisdictionsJson: text('jurisdictions_json').notNull(),
  createdBy: text('created_by')
    .notNull()
    .references(() => staffUsers.id),
  createdAt: text('created_at').notNull().default(now),
  lastUsedAt: text('last_used_at'),
  revokedAt: text('revoked_at'),
  revokedBy: text('revoked_by').references(() => staffUsers.id),
});

/** A licence's current record in one other system (a new import of that source replaces it). */
export const licenceRecords = sqliteTable(
  'licence_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    licenceId: text('licence_id')
      .notNull()
      .references(() => licences.id),
    source: text('source', { enum: RECORD_SOURCES }).notNull(),
    customerCode: text('customer_code').notNull(),
    monthlyVolume: integer('monthly_volume').notNull(),
    lastDeliveryOn: text('last_delivery_on'),
    status: text('status', { enum: CUSTOMER_STATUSES }).notNull(),
    importedAt: text('imported_at').notNull().default(now),
    /** Who sent it: a staff id, or `token:<id>`. */
    importedBy: text('imported_by').notNull(),
  },
  (t) => [
    uniqueIndex('licence_records_source').on(t.licenceId, t.source),
    // "No delivery since a date" reads licences by their newest delivery.
    index('licence_records_delivery').on(t.lastDeliveryOn),
  ],
);
