/**
 * 零售客户守法分类: each retailer's compliance class A / B / C / W, from its inspection results
 * and penalties over a look-back window. The class sets how often the retailer is due for a
 * check and how heavily it weighs in a supervision draw. The rules are data: these defaults,
 * overridden by the bureau's settings (stored in D1, validated by `complianceRulesSchema`).
 */
import { z } from 'zod';
import { addCalendarDays } from './dates';

export const COMPLIANCE_CLASSES = ['A', 'B', 'C', 'W'] as const;
export type ComplianceClass = (typeof COMPLIANCE_CLASSES)[number];

export const PENALTY_KINDS = ['warning', 'fine', 'confiscation', 'suspension'] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

export const COMPLIANCE_CLASS_LABELS: Record<ComplianceClass, { zh: string; en: string }> = {
  A: { zh: 'A 类（诚信）', en: 'A (trustworthy)' },
  B: { zh: 'B 类（守法）', en: 'B (compliant)' },
  C: { zh: 'C 类（基本守法）', en: 'C (mostly compliant)' },
  W: { zh: 'W 类（重点监管）', en: 'W (close watch)' },
};

export const PENALTY_LABELS: Record<PenaltyKind, { zh: string; en: string }> = {
  warning: { zh: '警告', en: 'Warning' },
  fine: { zh: '罚款', en: 'Fine' },
  confiscation: { zh: '没收违法所得', en: 'Confiscation' },
  suspension: { zh: '责令停业整顿', en: 'Ordered to suspend' },
};

const perClass = (n: z.ZodNumber) => z.object({ A: n, B: n, C: n, W: n }).strict();

/** The rules as stored; every field is required once merged with the defaults. */
export const complianceRulesSchema = z
  .object({
    /** Days back from today that results and penalties count. */
    lookbackDays: z.number().int().min(30).max(1825),
    /** Lowest score of each class above W (W is anything below `minC`). */
    minA: z.number().int().min(1).max(100),
    minB: z.number().int().min(1).max(100),
    minC: z.number().int().min(1).max(100),
    /** This many penalties in the window make the class W whatever the score. */
    penaltyLimit: z.number().int().min(1).max(20),
    /** Points off per checklist item failed on an inspection. */
    pointsPerFailedItem: z.number().int().min(0).max(100),
    /** Points off per penalty, by kind. */
    pointsPerPenalty: z
      .object({
        warning: z.number().int().min(0).max(100),
        fine: z.number().int().min(0).max(100),
        confiscation: z.number().int().min(0).max(100),
        suspension: z.number().int().min(0).max(100),
      })
      .strict(),
    /** Days between routine checks, by class (A yearly … W monthly). */
    intervalDays: perClass(z.number().int().min(7).max(1095)),
    /** Weight of the class in a weighted draw (relative; > 0). */
    drawWeight: perClass(z.number().min(0.1).max(100)),
    /** Extra factor for a retailer in a red (saturated) grid. */
    gridRedFactor: z.number().min(1).max(10),
    /** Days back from today that complaints about a retailer count in a weighted draw. */
    complaintLookbackDays: z.number().int().min(30).max(1825),
    /** Each complaint in that window adds this share of the weight (0.5 = +50 %)… */
    perComplaint: z.number().min(0).max(10),
    /** …for at most this many complaints. */
    complaintCap: z.number().int().min(0).max(50),
    /** No cigarette deliveries for this many months or more makes a retailer riskier… */
    noDeliveryMonths: z.number().int().min(1).max(24),
    /** …by this factor. */
    noDeliveryFactor: z.number().min(1).max(10),
  })
  .strict()
  .refine((r) => r.minA > r.minB && r.minB > r.minC, {
    message: 'thresholds must fall: minA > minB > minC',
    path: ['minB'],
  });

export type ComplianceRules = z.infer<typeof complianceRulesSchema>;

/** The defaults: A 91–100, B 81–90, C 71–80, W ≤ 70 or 3+ penalties. */
export const DEFAULT_COMPLIANCE_RULES: ComplianceRules = {
  lookbackDays: 730,
  minA: 91,
  minB: 81,
  minC: 71,
  penaltyLimit: 3,
  pointsPerFailedItem: 5,
  pointsPerPenalty: { warning: 5, fine: 10, confiscation: 15, suspension: 20 },
  intervalDays: { A: 365, B: 182, C: 91, W: 30 },
  drawWeight: { A: 1, B: 2, C: 3, W: 5 },
  gridRedFactor: 1.5,
  complaintLookbackDays: 365,
  perComplaint: 0.5,
  complaintCap: 4,
  noDeliveryMonths: 3,
  noDeliveryFactor: 1.5,
};

/** What the rules read about one retailer, within the look-back window. */
export interface ComplianceFacts {
  /** Checklist items failed, summed over the window's inspections. */
  failedItems: number;
  penalties: readonly PenaltyKind[];
}

export interface ComplianceOutcome {
  score: number;
  klass: ComplianceClass;
  /** Points off, by cause. */
  deductions: { failedItems: number; penalties: number };
}

/**
 * The class of a retailer: 100 minus the points off, floored at 0; W also for `penaltyLimit`
 * penalties or more. Example: 2 failed items and a fine → 100 − 10 − 10 = 80 → C.
 */
export function complianceOf(f: ComplianceFacts, rules: ComplianceRules): ComplianceOutcome {
  const items = Math.max(0, f.failedItems) * rules.pointsPerFailedItem;
  const penalties = f.penalties.reduce((n, k) => n + rules.pointsPerPenalty[k], 0);
  const score = Math.max(0, 100 - items - penalties);
  const klass: ComplianceClass =
    f.penalties.length >= rules.penaltyLimit || score < rules.minC
      ? 'W'
      : score >= rules.minA
        ? 'A'
        : score >= rules.minB
          ? 'B'
          : 'C';
  return { score, klass, deductions: { failedItems: items, penalties } };
}

/** The first day the window counts from, for `today`. */
export function lookbackStart(today: string, rules: ComplianceRules): string {
  return addCalendarDays(today, -rules.lookbackDays);
}

/** When the next routine check is due: the last check plus the class's interval; never checked: today. */
export function nextCheckDue(
  lastCheckOn: string | null,
  klass: ComplianceClass,
  today: string,
  rules: ComplianceRules,
): string {
  return lastCheckOn ? addCalendarDays(lastCheckOn, rules.intervalDays[klass]) : today;
}

/**
 * What a weighted draw reads about a retailer besides its class and its grid: complaints, and
 * the months since its last cigarette delivery as the imported 营销 / 配送 / 内管 records report
 * (null when no system reports on it: then it weighs nothing).
 */
export interface RiskSignals {
  /** Complaints registered against the licence within `complaintLookbackDays`. */
  complaints: number;
  /** Whole months since the last delivery, or null when no delivery data is known. */
  noDeliveryMonths: number | null;
}

export const NO_RISK_SIGNALS: RiskSignals = { complaints: 0, noDeliveryMonths: null };

/**
 * A retailer's weight in a weighted draw: its class's weight, times the red-grid factor, times
 * 1 + perComplaint × complaints (capped), times the no-delivery factor once the months without
 * deliveries reach the rule's threshold.
 * Example (defaults): class C (3), red grid (×1.5), 2 complaints (×2) → 9.
 */
export function drawWeightOf(
  klass: ComplianceClass,
  gridRed: boolean,
  rules: ComplianceRules,
  risk: RiskSignals = NO_RISK_SIGNALS,
) {
  const complaints =
    1 + rules.perComplaint * Math.min(Math.max(0, risk.complaints), rules.complaintCap);
  const idle =
    risk.noDeliveryMonths !== null && risk.noDeliveryMonths >= rules.noDeliveryMonths
      ? rules.noDeliveryFactor
      : 1;
  return rules.drawWeight[klass] * (gridRed ? rules.gridRedFactor : 1) * complaints * idle;
}

/** The rules in force: the defaults with a stored override laid over them (null if invalid). */
export function mergeRules(stored: unknown): ComplianceRules | null {
  if (stored === null || stored === undefined) return DEFAULT_COMPLIANCE_RULES;
  if (typeof stored !== 'object') return null;
  const parsed = complianceRulesSchema.safeParse({ ...DEFAULT_COMPLIANCE_RULES, ...stored });
  return parsed.success ? parsed.data : null;
}
