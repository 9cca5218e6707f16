/**
 * The supervision API's contract (core/supervision.ts holds who may, supervision-draw.ts the
 * draw, compliance.ts the classes): request schemas the routes validate with and the answers
 * the PWA reads.
 */
import { z } from 'zod';
import {
  PENALTY_KINDS,
  type ComplianceClass,
  type ComplianceRules,
  type PenaltyKind,
} from './compliance';
import { isoDateField, longText, plainText } from './fields';
import type { SkipReason } from './supervision-draw';
import { COMPLAINT_CHANNELS, MAX_PLAN_COUNT, type ComplaintChannel } from './supervision';
import type { TaskState } from './tasks';

const code6 = z.string().regex(/^\d{6}$/);
const id64 = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A new plan: an area (a county-level unit, or the city), a period, and a share or a count. */
export const planCreateSchema = z
  .object({
    area: code6,
    name: plainText(2, 60).optional(),
    periodFrom: isoDateField,
    periodTo: isoDateField,
    /** Percent of the population, (0, 100]. */
    share: z.number().gt(0).max(100).optional(),
    count: z.number().int().min(1).max(MAX_PLAN_COUNT).optional(),
    /** Weighted by risk (class, red grid), or a simple random sample. */
    weighted: z.boolean(),
  })
  .strict()
  .refine((b) => (b.share === undefined) !== (b.count === undefined), {
    message: 'give either a share or a count',
    path: ['share'],
  });
export type PlanCreateInput = z.infer<typeof planCreateSchema>;

export const planPreviewQuery = z
  .object({ area: code6, weighted: z.enum(['true', 'false']).default('true') })
  .strict();

export const planListQuery = z
  .object({ page: z.coerce.number().int().min(1).max(10_000).default(1) })
  .strict();

export const conflictCreateSchema = z
  .object({
    inspectorId: id64,
    licenceNumber: z.string().regex(/^\d{6,20}$/),
    reason: longText(2, 200),
  })
  .strict();

export const publicResultsQuery = z
  .object({
    area: code6.optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
  })
  .strict();

export interface PlanProgress {
  total: number;
  open: number;
  done: number;
  passed: number;
  failed: number;
  cancelled: number;
}

export interface PlanSummary {
  id: string;
  name: string;
  area: { code: string; name: string };
  periodFrom: string;
  periodTo: string;
  sharePct: number | null;
  count: number;
  weighted: boolean;
  seed: number;
  populationSize: number;
  createdOn: string;
  createdBy: string;
  progress: PlanProgress;
}

export interface PlanPickView {
  rank: number;
  licenceId: string;
  licenceNumber: string;
  shopName: string;
  county: string;
  weight: number;
  officers: { id: string; name: string }[];
  task: { id: string; state: TaskState; dueOn: string; passed: boolean | null } | null;
}

export interface PlanDetail extends PlanSummary {
  rules: ComplianceRules;
  populationHash: string;
  drawHash: string;
  picks: PlanPickView[];
  skipped: { licenceId: string; licenceNumber: string; shopName: string; reason: SkipReason }[];
}

export interface PlanPreview {
  area: { code: string; name: string };
  population: number;
  classes: Record<ComplianceClass, number>;
  red: number;
  inspectors: number;
}

export interface DrawVerification {
  reproduces: boolean;
  populationHashMatches: boolean;
  storedHash: string;
  recomputedHash: string;
  /** Picks that differ (position by position). */
  differences: number;
}

export interface ConflictView {
  id: string;
  inspector: { id: string; name: string };
  licence: { id: string; number: string; shopName: string; county: string };
  reason: string;
  createdOn: string;
}

/** A published result: what the public may know of a finished check. No personal data. */
export interface PublicResult {
  planId: string;
  licenceNumber: string;
  shopName: string;
  county: string;
  checkedOn: string;
  result: 'pass' | 'fail';
}

export interface PublicPlan {
  id: string;
  name: string;
  area: string;
  periodFrom: string;
  periodTo: string;
  drawn: number;
  finished: number;
}

export interface PublicResultsPage {
  plans: PublicPlan[];
  items: PublicResult[];
  page: number;
  pageSize: number;
  total: number;
}

/** A licence's compliance class as staff see it (the map's retailer card). */
export interface ComplianceView {
  klass: ComplianceClass;
  score: number;
  penalties: number;
  failedItems: number;
  lastCheckOn: string | null;
  nextCheckDue: string;
}

/** 行政处罚 recorded on a licence: the decision's kind, day, reason and its document number. */
export const penaltyCreateSchema = z
  .object({
    kind: z.enum(PENALTY_KINDS),
    decidedOn: isoDateField,
    reason: longText(2, 300),
    /** 处罚决定书文号, e.g. 潍城烟罚〔2026〕第12号. */
    decisionNumber: plainText(4, 40).optional(),
  })
  .strict();

/** A complaint about a retailer (e.g. 12313 hotline): it weighs in weighted draws. */
export const complaintCreateSchema = z
  .object({
    channel: z.enum(COMPLAINT_CHANNELS),
    receivedOn: isoDateField,
    summary: longText(4, 500),
  })
  .strict();

export interface PenaltyView {
  id: string;
  kind: PenaltyKind;
  decidedOn: string;
  reason: string;
  decisionNumber: string | null;
  recordedBy: string | null;
}

export interface ComplaintView {
  id: string;
  channel: ComplaintChannel;
  receivedOn: string;
  summary: string;
  recordedBy: string;
}

/** A licence's supervision record: its class, penalties and complaints, newest first. */
export interface SupervisionRecord {
  licence: { id: string; number: string; shopName: string; county: string };
  compliance: ComplianceView;
  /** Its weight in a weighted draw today, and the complaints counted for it. */
  drawWeight: number;
  recentComplaints: number;
  penalties: PenaltyView[];
  complaints: ComplaintView[];
  may: { recordPenalty: boolean; recordComplaint: boolean };
}
