/**
 * SOP settings (标准作业程序): per business type, who is responsible for each clocked step, the
 * limits the bureau promises (承诺时限, never longer than the law's), and the levels a decision
 * passes through (承办人 proposes, 审核人 reviews, 负责人 decides, or the last alone). Versioned:
 * a case keeps the version it was submitted under; a change applies to new cases only.
 */
import { z } from 'zod';
import { BUSINESS_TYPES, type BusinessType } from './business-types';
import { DEFAULT_CLOCK_RULES, type ClockRules } from './clocks';
import { plainText } from './fields';

type Text = { zh: string; en: string };

/** The clocked steps of a case, in order (see clocks.ts currentDeadline). */
export const SOP_STEPS = ['acceptance', 'decision', 'delivery'] as const;
export type SopStep = (typeof SOP_STEPS)[number];

export const SOP_STEP_LABELS: Record<SopStep, Text> = {
  acceptance: { zh: '受理（补正告知）', en: 'Acceptance (correction notice)' },
  decision: { zh: '审查决定', en: 'Review and decision' },
  delivery: { zh: '送达', en: 'Delivery' },
};

/** The law's limit of each step in working days (37号令), the ceiling of every promise. */
export const STATUTORY_DAYS: Readonly<Record<SopStep, number>> = {
  acceptance: DEFAULT_CLOCK_RULES.correctionNoticeDays,
  decision: DEFAULT_CLOCK_RULES.decisionDays,
  delivery: DEFAULT_CLOCK_RULES.deliveryDays,
};

/** Roles that may carry each step (the state machine's actors: ACTION_ACTORS). */
export const STEP_ROLES: Readonly<Record<SopStep, readonly SopRole[]>> = {
  acceptance: ['clerk', 'approver'],
  decision: ['approver'],
  delivery: ['clerk', 'approver'],
};

/** Staff roles an SOP may name: window clerks and approvers. */
export const SOP_ROLES = ['clerk', 'approver'] as const;
export type SopRole = (typeof SOP_ROLES)[number];

/** Decision levels in the order a case passes them; every SOP ends with `decide`. */
export const DECISION_LEVELS = ['propose', 'review', 'decide'] as const;
export type DecisionLevel = (typeof DECISION_LEVELS)[number];

export const DECISION_LEVEL_LABELS: Record<DecisionLevel, Text> = {
  propose: { zh: '承办人拟办意见', en: 'Case officer’s proposal' },
  review: { zh: '审核人审核意见', en: 'Reviewer’s opinion' },
  decide: { zh: '负责人决定', en: 'Head’s decision' },
};

/** What a level proposes; the decider's is the decision itself (approve or refuse). */
export const OPINION_PROPOSALS = ['approve', 'refuse'] as const;
export type OpinionProposal = (typeof OPINION_PROPOSALS)[number];

export const PROPOSAL_LABELS: Record<OpinionProposal, Text> = {
  approve: { zh: '拟准予', en: 'Grant' },
  refuse: { zh: '拟不予', en: 'Refuse' },
};

export interface SopStepRule {
  step: SopStep;
  role: SopRole;
  /** Promised working days, 1 … STATUTORY_DAYS[step]. */
  promisedDays: number;
}

export interface SopLevelRule {
  level: DecisionLevel;
  role: SopRole;
}

/** The editable part of an SOP. */
export interface SopRules {
  steps: SopStepRule[];
  levels: SopLevelRule[];
}

/** One saved version of a business type's SOP. */
export interface SopVersionView extends SopRules {
  type: BusinessType;
  version: number;
  note: string;
  createdAt: string;
  createdBy: string | null;
}

/** The SOP in force when none was ever saved: the law's limits, one level (the approver). */
export const DEFAULT_SOP: Readonly<SopRules> = {
  steps: SOP_STEPS.map((step) => ({
    step,
    role: step === 'decision' ? 'approver' : 'clerk',
    promisedDays: STATUTORY_DAYS[step],
  })),
  levels: [{ level: 'decide', role: 'approver' }],
};

export const sopInputSchema = z
  .object({
    steps: z
      .array(
        z
          .object({
            step: z.enum(SOP_STEPS),
            role: z.enum(SOP_ROLES),
            promisedDays: z.number().int().min(1).max(366),
          })
          .strict(),
      )
      .min(1)
      .max(SOP_STEPS.length),
    levels: z
      .array(z.object({ level: z.enum(DECISION_LEVELS), role: z.enum(SOP_ROLES) }).strict())
      .min(1)
      .max(DECISION_LEVELS.length),
    /** Why it changed (the version history shows it). */
    note: plainText(2, 200),
    /** The version the admin edited; another admin's newer save makes this a conflict. */
    basedOn: z.number().int().min(0).max(100000),
  })
  .strict();
export type SopInput = z.infer<typeof sopInputSchema>;

export const typeParamSchema = z.object({ type: z.enum(BUSINESS_TYPES) }).strict();

/** A rule an SOP breaks, with the path of the field and a message in both languages. */
export interface SopProblem {
  code: 'SOP_PROMISE_EXCEEDS_LAW' | 'SOP_INVALID';
  path: string;
  zh: string;
  en: string;
}

/**
 * Every rule `rules` breaks, the worst first: a promise longer than the law (SOP_PROMISE_EXCEEDS_LAW),
 * a step missing or twice, a role that may not carry a step, levels out of order or not
 * ending with the approver's decision (SOP_INVALID). Empty when it may be saved.
 * @example sopProblems({ ...DEFAULT_SOP, steps: [{ step: 'decision', role: 'approver', promisedDays: 25 }, …] })[0].code === 'SOP_PROMISE_EXCEEDS_LAW'
 */
export function sopProblems(rules: SopRules): SopProblem[] {
  const over: SopProblem[] = [];
  const bad: SopProblem[] = [];
  rules.steps.forEach((s, i) => {
    const law = STATUTORY_DAYS[s.step];
    const label = SOP_STEP_LABELS[s.step];
    if (s.promisedDays > law) {
      over.push({
        code: 'SOP_PROMISE_EXCEEDS_LAW',
        path: `steps.${i}.promisedDays`,
        zh: `「${label.zh}」承诺${s.promisedDays}个工作日，超过法定的${law}个工作日。`,
        en: `"${label.en}" promises ${s.promisedDays} working days, more than the law's ${law}.`,
      });
    }
    if (!STEP_ROLES[s.step].includes(s.role)) {
      bad.push(
        invalid(
          `steps.${i}.role`,
          `「${label.zh}」不能由该角色负责。`,
          `"${label.en}" cannot be carried by that role.`,
        ),
      );
    }
  });
  for (const step of SOP_STEPS) {
    const n = rules.steps.filter((s) => s.step === step).length;
    if (n !== 1) {
      const label = SOP_STEP_LABELS[step];
      bad.push(
        invalid(
          'steps',
          `「${label.zh}」应设置且只设置一次。`,
          `"${label.en}" must be set exactly once.`,
        ),
      );
    }
  }
  const order = rules.levels.map((l) => DECISION_LEVELS.indexOf(l.level));
  if (order.some((o, i) => i > 0 && o <= (order[i - 1] ?? -1))) {
    bad.push(
      invalid(
        'levels',
        '决定层级应按承办、审核、决定的顺序且不重复。',
        'Decision levels go propose, review, decide, each once.',
      ),
    );
  }
  const last = rules.levels.at(-1);
  if (!last || last.level !== 'decide' || last.role !== 'approver') {
    bad.push(
      invalid(
        'levels',
        '最后一级应为负责人（审批人）决定。',
        'The last level must be the head’s decision, by an approver.',
      ),
    );
  }
  return [...over, ...bad];
}

function invalid(path: string, zh: string, en: string): SopProblem {
  return { code: 'SOP_INVALID', path, zh, en };
}

/** The SOP's steps in canonical order, as a list keyed by step. */
export function stepRule(rules: SopRules, step: SopStep): SopStepRule {
  return (
    rules.steps.find((s) => s.step === step) ??
    DEFAULT_SOP.steps.find((s) => s.step === step) ?? {
      step,
      role: 'approver',
      promisedDays: STATUTORY_DAYS[step],
    }
  );
}

/**
 * The clock rules of the promised limits: each step's promise, the extension as the law's (an
 * extension is the law's own allowance, not a promise).
 */
export function promisedClockRules(rules: SopRules): ClockRules {
  return {
    ...DEFAULT_CLOCK_RULES,
    correctionNoticeDays: stepRule(rules, 'acceptance').promisedDays,
    decisionDays: stepRule(rules, 'decision').promisedDays,
    deliveryDays: stepRule(rules, 'delivery').promisedDays,
  };
}

/** The levels before the decision, whose opinions a decision waits for. */
export function levelsBeforeDecision(rules: SopRules): SopLevelRule[] {
  return rules.levels.filter((l) => l.level !== 'decide');
}

/** One level's opinion on a case, as recorded. */
export interface CaseOpinionView {
  level: DecisionLevel;
  role: SopRole;
  staffId: string;
  staffName: string;
  at: string;
  proposal: OpinionProposal;
  opinion: string;
}

/** The SOP a case runs under, with its promised deadline and the levels' opinions so far. */
export interface CaseSopView {
  type: BusinessType;
  /** 0 for a case from before any SOP was saved (the default: law's limits, one level). */
  version: number;
  promisedDeadline: string | null;
  steps: SopStepRule[];
  levels: (SopLevelRule & { opinion: CaseOpinionView | null })[];
  /** The level whose opinion is due now, or null (decided, or not at the decision yet). */
  nextLevel: DecisionLevel | null;
}

/** Recording one level's opinion on a case before its decision. */
export const opinionSchema = z
  .object({
    level: z.enum(['propose', 'review']),
    proposal: z.enum(OPINION_PROPOSALS),
    opinion: plainText(2, 500),
  })
  .strict();
export type OpinionInput = z.infer<typeof opinionSchema>;

/** Answer of the SOP admin screen: the current version of each type and its history. */
export interface SopListAnswer {
  types: { type: BusinessType; current: SopVersionView; history: SopVersionView[] }[];
}
