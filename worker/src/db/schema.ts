/**
 * D1 schema (drizzle), one file per area under schema/. Dates are ISO strings: `*_at` are
 * instants (UTC, ISO 8601), `*_on` are calendar dates in China (YYYY-MM-DD). Coordinates are
 * WGS-84. drizzle-kit reads this file (drizzle.config.ts) and follows the re-exports.
 */
export * from './schema/people';
export * from './schema/register';
export * from './schema/cases';
export * from './schema/records';
export * from './schema/search';
export * from './schema/tasks';
export * from './schema/documents';
export * from './schema/checklists';
export * from './schema/remote';
export * from './schema/ratings';
export * from './schema/supervision';
export * from './schema/service';
export * from './schema/evidence';
export * from './schema/webhooks';
export * from './schema/imports';
export * from './schema/sop';
export * from './schema/warnings';
