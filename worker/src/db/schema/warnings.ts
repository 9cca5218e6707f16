/**
 * 许可业务预警 and 办证智能分析: the warnings the rules keep (core/warnings.ts), each grid's last
 * saturation level (for "turned red since the last day"), and the analysis roll-up.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { SATURATION_LEVELS } from '../../../core/saturation';
import { WARNING_OBJECTS, WARNING_RULES, WARNING_SEVERITIES } from '../../../core/warnings';
import { jurisdictions, staffUsers } from './people';

/**
 * One row per warning a rule raised. The id is the rule's key for the fact (rule, object, the
 * date or level that makes it), so a rule that runs again finds its row, and an
 * acknowledgement stays with the fact it acknowledged. A fact that no longer holds is resolved.
 */
export const warnings = sqliteTable(
  'warnings',
  {
    id: text('id').primaryKey(),
    rule: text('rule', { enum: WARNING_RULES }).notNull(),
    severity: text('severity', { enum: WARNING_SEVERITIES }).notNull(),
    jurisdictionCode: text('jurisdiction_code')
      .notNull()
      .references(() => jurisdictions.code),
    objectKind: text('object_kind', { enum: WARNING_OBJECTS }).notNull(),
    objectId: text('object_id').notNull(),
    objectLabel: text('object_label').notNull(),
    /** The inspector assigned to a case warning: they see it too. */
    assigneeId: text('assignee_id'),
    detailJson: text('detail_json').notNull().default('{}'),
    dueOn: text('due_on'),
    firstSeenOn: text('first_seen_on').notNull(),
    /** The run that last wrote the row (time-sorted): an older run never overwrites it. */
    seenRun: text('seen_run').notNull(),
    resolvedAt: text('resolved_at'),
    acknowledgedAt: text('acknowledged_at'),
    acknowledgedBy: text('acknowledged_by').references(() => staffUsers.id),
    acknowledgedByName: text('acknowledged_by_name'),
    ackNote: text('ack_note'),
  },
  (t) => [
    index('warnings_list').on(t.resolvedAt, t.jurisdictionCode, t.severity, t.dueOn),
    index('warnings_rule').on(t.rule, t.resolvedAt, t.jurisdictionCode),
    index('warnings_assignee').on(t.assigneeId, t.resolvedAt),
  ],
);

/** Each grid's saturation level as last seen, and the one before (set on a change). */
export const gridLevels = sqliteTable('grid_levels', {
  gridId: text('grid_id').primaryKey(),
  level: text('level', { enum: SATURATION_LEVELS }).notNull(),
  previousLevel: text('previous_level', { enum: SATURATION_LEVELS }),
  changedOn: text('changed_on').notNull(),
});

/**
 * The analysis roll-up: per county ('*' = the whole city), business type ('*' = all) and
 * month, the counts the charts draw (core/analysis.ts AnalysisCell as JSON). Rebuilt nightly.
 */
export const analysisCells = sqliteTable(
  'analysis_cells',
  {
    county: text('county').notNull(),
    type: text('type').notNull(),
    month: text('month').notNull(),
    cellJson: text('cell_json').notNull(),
  },
  (t) => [primaryKey({ columns: [t.county, t.type, t.month] })],
);

/**
 * Grid saturation per county and month as the roll-up found it (the current month is
 * overwritten each night; earlier months stay as they were: the trend).
 */
export const analysisSaturation = sqliteTable(
  'analysis_saturation',
  {
    county: text('county').notNull(),
    month: text('month').notNull(),
    green: integer('green').notNull(),
    yellow: integer('yellow').notNull(),
    red: integer('red').notNull(),
    none: integer('none').notNull(),
    /** Grids by ratio in tenths: "0".."9" and "10" for 100% or more. */
    bucketsJson: text('buckets_json').notNull(),
  },
  (t) => [primaryKey({ columns: [t.county, t.month] })],
);

/** When the roll-up last ran, so the cron builds it once a day. */
export const analysisRuns = sqliteTable('analysis_runs', {
  id: text('id').primaryKey(),
  builtOn: text('built_on').notNull(),
  builtAt: text('built_at').notNull(),
  /** The promised limit per business type and step when it was built (core/analysis.ts). */
  promisedJson: text('promised_json').notNull().default('{}'),
});
