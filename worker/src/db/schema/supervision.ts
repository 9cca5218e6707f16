/**
 * Post-licence supervision (双随机、一公开): plans and their stored draws, the register of
 * inspectors' conflicts of interest, penalties, and the bureau's compliance class rules.
 */
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { PENALTY_KINDS } from '../../../core/compliance';
import { COMPLAINT_CHANNELS } from '../../../core/supervision';
import { now } from './columns';
import { jurisdictions, staffUsers } from './people';
import { licences } from './register';

/**
 * A supervision plan and everything its draw read: the seed, the rules and weights, and the
 * population snapshot (gzip, base64 of the canonical JSON, with its SHA-256), so the draw can
 * be re-run and compared with `draw_text` (one line per pick).
 */
export const supervisionPlans = sqliteTable(
  'supervision_plans',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** A county-level unit, or the city for a city-wide plan. */
    areaCode: text('area_code')
      .notNull()
      .references(() => jurisdictions.code),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    sharePct: real('share_pct'),
    count: integer('count').notNull(),
    weighted: integer('weighted', { mode: 'boolean' }).notNull(),
    /** Unsigned 32-bit seed of xoroshiro128+ (core/supervision-draw.ts). */
    seed: integer('seed').notNull(),
    rulesJson: text('rules_json').notNull(),
    populationSize: integer('population_size').notNull(),
    populationHash: text('population_hash').notNull(),
    snapshotGz: text('snapshot_gz').notNull(),
    drawText: text('draw_text').notNull(),
    drawHash: text('draw_hash').notNull(),
    skippedJson: text('skipped_json').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => staffUsers.id),
    createdOn: text('created_on').notNull(),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('supervision_plans_area').on(t.areaCode, t.createdOn)],
);

/** An inspector related to a retailer (family, business ties): never drawn to check it. */
export const inspectorConflicts = sqliteTable(
  'inspector_conflicts',
  {
    id: text('id').primaryKey(),
    staffId: text('staff_id')
      .notNull()
      .references(() => staffUsers.id),
    licenceId: text('licence_id')
      .notNull()
      .references(() => licences.id),
    reason: text('reason').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => staffUsers.id),
    createdAt: text('created_at').notNull().default(now),
    /** Removed from the register (kept for the record): no longer honoured by new draws. */
    removedAt: text('removed_at'),
    removedBy: text('removed_by'),
  },
  (t) => [index('inspector_conflicts_licence').on(t.licenceId, t.staffId)],
);

/** Administrative penalties decided against a licence holder (they lower the class). */
export const penalties = sqliteTable(
  'penalties',
  {
    id: text('id').primaryKey(),
    licenceId: text('licence_id')
      .notNull()
      .references(() => licences.id),
    kind: text('kind', { enum: PENALTY_KINDS }).notNull(),
    decidedOn: text('decided_on').notNull(),
    reason: text('reason').notNull(),
    /** 处罚决定书文号, when recorded. */
    decisionNumber: text('decision_number'),
    /** Who recorded it (null for the seeded history). */
    createdBy: text('created_by').references(() => staffUsers.id),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('penalties_licence').on(t.licenceId, t.decidedOn)],
);

/** Complaints about a retailer (12313 hotline, letters, …): they weigh in weighted draws. */
export const complaints = sqliteTable(
  'complaints',
  {
    id: text('id').primaryKey(),
    licenceId: text('licence_id')
      .notNull()
      .references(() => licences.id),
    channel: text('channel', { enum: COMPLAINT_CHANNELS }).notNull(),
    receivedOn: text('received_on').notNull(),
    summary: text('summary').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => staffUsers.id),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [index('complaints_licence').on(t.licenceId, t.receivedOn)],
);

/** The bureau's compliance class rules (one row, id 'city'); absent = core's defaults. */
export const complianceSettings = sqliteTable('compliance_settings', {
  id: text('id').primaryKey(),
  rulesJson: text('rules_json').notNull(),
  updatedAt: text('updated_at').notNull().default(now),
  updatedBy: text('updated_by'),
});
