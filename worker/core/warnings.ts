/**
 * 许可业务预警: the fixed vocabulary of warning rules, their severities and the objects they
 * point at. The rules themselves run in the worker (features/warnings/rules/), on the cron and
 * after the writes that change their facts; this file is what both sides agree on.
 */
import { z } from 'zod';
import type { Who } from './access';
import { plainText } from './fields';

/**
 * Every rule, by id. Adding a rule means one id and label here and one file under
 * features/warnings/rules/ registered in warnings.rules.ts.
 */
export const WARNING_RULES = [
  'case_deadline',
  'licence_expiry',
  'suspension_ending',
  'grid_saturation',
  'duplicate_holder',
  'bad_rating',
  'no_deliveries',
] as const;
export type WarningRuleId = (typeof WARNING_RULES)[number];

type Text = { zh: string; en: string };

export const WARNING_RULE_LABELS: Record<WarningRuleId, Text> = {
  case_deadline: { zh: '办理时限', en: 'Case deadline' },
  licence_expiry: { zh: '许可证临期未延续', en: 'Licence expiring, no renewal filed' },
  suspension_ending: { zh: '停业期满未申请恢复', en: 'Suspension ending, no resume filed' },
  grid_saturation: { zh: '网格饱和度上升', en: 'Grid saturation rose' },
  duplicate_holder: { zh: '同一证件多证有效', en: 'Same ID on several active licences' },
  bad_rating: { zh: '差评待回访', en: 'Bad rating awaiting follow-up' },
  no_deliveries: { zh: '有证无订货（6个月）', en: 'Active licence, no deliveries for 6 months' },
};

/** Red first: a missed limit; yellow: one about to be missed, or a fact to look at. */
export const WARNING_SEVERITIES = ['red', 'yellow'] as const;
export type WarningSeverity = (typeof WARNING_SEVERITIES)[number];

export const WARNING_SEVERITY_LABELS: Record<WarningSeverity, Text> = {
  red: { zh: '红色预警', en: 'Red' },
  yellow: { zh: '黄色预警', en: 'Yellow' },
};

export const WARNING_OBJECTS = ['application', 'licence', 'grid'] as const;
export type WarningObject = (typeof WARNING_OBJECTS)[number];

/** Where a warning's object opens in the staff app. */
export function warningHref(kind: WarningObject, id: string): string {
  switch (kind) {
    case 'application':
      return `/queue/${encodeURIComponent(id)}`;
    case 'licence':
      return `/licences/${encodeURIComponent(id)}`;
    case 'grid':
      return `/map?grid=${encodeURIComponent(id)}`;
  }
}

/** Open = not acknowledged yet; the counts on the workbench count these. */
export const WARNING_STATES = ['open', 'acknowledged'] as const;
export type WarningState = (typeof WARNING_STATES)[number];

export const warningsQuerySchema = z
  .object({
    severity: z.enum(WARNING_SEVERITIES).optional(),
    rule: z.enum(WARNING_RULES).optional(),
    state: z.enum(WARNING_STATES).default('open'),
    county: z
      .string()
      .regex(/^\d{6}$/, 'a six-digit county code')
      .optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
export type WarningsQuery = z.infer<typeof warningsQuerySchema>;

export const warningAckSchema = z.object({ note: plainText(1, 500) }).strict();

/** One warning as the list shows it. */
export interface WarningItem {
  id: string;
  rule: WarningRuleId;
  severity: WarningSeverity;
  county: { code: string; name: string };
  object: { kind: WarningObject; id: string; label: string; href: string };
  /** Rule-specific facts (dates, numbers), never an ID number. */
  detail: Record<string, string | number | string[]>;
  /** The day the fact matters (deadline, expiry, end of suspension, reply due). */
  dueOn: string | null;
  firstSeenOn: string;
  acknowledged: { at: string; by: string; note: string } | null;
}

export interface WarningCounts {
  red: number;
  yellow: number;
}

export interface WarningsList {
  items: WarningItem[];
  total: number;
  page: number;
  pageSize: number;
  counts: WarningCounts;
}

/** What the access rule needs to know about a warning. */
export interface WarningScope {
  county: string;
  assigneeId: string | null;
}

/**
 * Reading a warning: clerks, approvers and admins of its county; an inspector the warnings of
 * the cases they are assigned to. Acknowledging: clerks, approvers and admins of its county.
 */
export function mayReadWarning(who: Who, w: WarningScope): boolean {
  if (who.kind !== 'staff') return false;
  if (who.role === 'inspector') return w.assigneeId === who.id;
  return who.counties.includes(w.county);
}

export function mayAcknowledgeWarning(who: Who, w: WarningScope): boolean {
  return who.kind === 'staff' && who.role !== 'inspector' && who.counties.includes(w.county);
}
