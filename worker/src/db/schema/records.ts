/**
 * Records kept beside the cases: the append-only audit log, the working-day calendar, and
 * the batch-assertion guard table.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { AUDIT_ACTOR_KINDS } from '../../../core/roles';
import { now } from './columns';

/** Append-only audit log (UPDATE and DELETE are refused by triggers in a custom migration). */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    actorKind: text('actor_kind', { enum: AUDIT_ACTOR_KINDS }).notNull(),
    actorId: text('actor_id'),
    event: text('event').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    requestId: text('request_id'),
    ip: text('ip'),
    detailJson: text('detail_json'),
  },
  (t) => [
    index('audit_subject').on(t.subjectType, t.subjectId),
    index('audit_actor').on(t.actorKind, t.actorId),
    // The admin's audit viewer filters by action.
    index('audit_event').on(t.event),
  ],
);

/** Working-day calendar per year (holidays and 调休 make-up days), editable by admins. */
export const calendarYears = sqliteTable('calendar_years', {
  year: integer('year').primaryKey(),
  holidaysJson: text('holidays_json').notNull(),
  makeupJson: text('makeup_json').notNull(),
  source: text('source'),
});

/**
 * Always empty. A D1 batch is one transaction but has no IF: a statement that inserts a row
 * here when a condition fails breaks the CHECK and rolls the whole batch back (see lib/batch).
 */
export const batchAssertions = sqliteTable(
  'batch_assertions',
  { label: text('label').notNull(), ok: integer('ok').notNull() },
  (t) => [check('batch_assertion_holds', sql`${t.ok} = 1`)],
);
