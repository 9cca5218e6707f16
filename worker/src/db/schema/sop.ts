/**
 * SOP settings (core/sop.ts): one row per version of a business type's SOP, never updated
 * (a trigger in the migration), and each decision level's opinion on a case.
 */
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { BUSINESS_TYPES } from '../../../core/business-types';
import { DECISION_LEVELS, OPINION_PROPOSALS, SOP_ROLES } from '../../../core/sop';
import { now } from './columns';
import { applications } from './cases';

export const sopVersions = sqliteTable(
  'sop_versions',
  {
    type: text('type', { enum: BUSINESS_TYPES }).notNull(),
    version: integer('version').notNull(),
    /** The steps and levels, as core's SopRules. */
    rulesJson: text('rules_json').notNull(),
    note: text('note').notNull(),
    /** The admin who saved it (null for the first version the migration wrote); no foreign key. */
    createdBy: text('created_by'),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.type, t.version] })],
);

export const caseOpinions = sqliteTable(
  'case_opinions',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    level: text('level', { enum: DECISION_LEVELS }).notNull(),
    role: text('role', { enum: SOP_ROLES }).notNull(),
    staffId: text('staff_id').notNull(),
    staffName: text('staff_name').notNull(),
    proposal: text('proposal', { enum: OPINION_PROPOSALS }).notNull(),
    opinion: text('opinion').notNull(),
    at: text('at').notNull(),
  },
  (t) => [
    uniqueIndex('case_opinions_level').on(t.applicationId, t.level),
    index('case_opinions_staff').on(t.staffId),
  ],
);
