/**
 * The warning rules (core/warnings.ts), one module each under rules/. A rule reads the facts of
 * its scope and answers the warnings that hold today; warnings.job.ts stores them, keeps their
 * acknowledgements and resolves the ones no longer found.
 *
 * A rule fed by imported data (`no_deliveries`, from the other systems' last delivery dates)
 * also runs right after an import commits (deliveries/records.routes.ts).
 */
import type { WorkCalendar } from '../../../core/calendar';
import type {
  WarningObject,
  WarningRuleId,
  WarningSeverity,
  WARNING_RULES,
} from '../../../core/warnings';
import { badRatingRule } from './rules/bad-rating.rule';
import { caseDeadlineRule } from './rules/case-deadline.rule';
import { duplicateHolderRule } from './rules/duplicate-holder.rule';
import { gridSaturationRule } from './rules/grid-saturation.rule';
import { licenceExpiryRule, suspensionEndingRule } from './rules/licence.rules';
import { noDeliveriesRule } from './rules/no-deliveries.rule';

/** A warning as a rule finds it. */
export interface Candidate {
  /** The fact's key, unique across rules: `<rule>:<object>:<what makes it>`. */
  key: string;
  severity: WarningSeverity;
  county: string;
  objectKind: WarningObject;
  objectId: string;
  objectLabel: string;
  assigneeId?: string | null;
  detail: Record<string, string | number | string[]>;
  dueOn: string | null;
}

export interface RuleContext {
  db: D1Database;
  today: string;
  cal: WorkCalendar;
  /** The counties to look at; null = the whole city. */
  counties: readonly string[] | null;
}

export interface WarningRule {
  id: WarningRuleId;
  /**
   * Whether a write in a county re-runs the rule for that county at once. Rules about a day
   * passing (grids since the last day) or facts across counties run on the cron only.
   */
  onEvents: boolean;
  collect(ctx: RuleContext): Promise<Candidate[]>;
}

export const RULES: Readonly<Record<(typeof WARNING_RULES)[number], WarningRule>> = {
  case_deadline: caseDeadlineRule,
  licence_expiry: licenceExpiryRule,
  suspension_ending: suspensionEndingRule,
  grid_saturation: gridSaturationRule,
  duplicate_holder: duplicateHolderRule,
  bad_rating: badRatingRule,
  no_deliveries: noDeliveriesRule,
};

/** `AND <column> IN (?, …)` for a scope, or nothing for the whole city. */
export function countyFilter(
  column: string,
  counties: readonly string[] | null,
): { sql: string; params: string[] } {
  if (counties === null) return { sql: '', params: [] };
  if (counties.length === 0) return { sql: ' AND 0', params: [] };
  return { sql: ` AND ${column} IN (${counties.map(() => '?').join(',')})`, params: [...counties] };
}
