/**
 * Which promised limit (承诺时限) the analysis holds each step of a case to: the SOP the bureau
 * set for the case's business type (core/sop.ts), as it applied to that case, and the 办事指南's
 * promised days only where no SOP was set. Pure: the roll-up hands in the versions and guides.
 *
 * - A case stamped with an SOP version at submission ran every step under that version (a
 *   change applies to new cases only).
 * - A case from before SOPs (no stamp) is held, step by step, to the version in force on the
 *   day the step began, if one was saved by then.
 * - The version the first migration wrote for every type (no author: a copy of the law's limits,
 *   not a promise anybody made) counts as "no SOP set": the guide's promise applies.
 */
import type { BusinessType } from './business-types';
import { SOP_STEPS, stepRule, type SopRules, type SopStep } from './sop';

/** One saved SOP version, as the analysis needs it. */
export interface SopVersionFact {
  type: BusinessType;
  version: number;
  /** The admin who saved it; null for the migration's placeholder. */
  savedBy: string | null;
  /** The China date it was saved on (YYYY-MM-DD). */
  savedOn: string;
  rules: SopRules;
}

/** Promised working days per step from each type's latest 办事指南. */
export type GuidePromises = Partial<Record<BusinessType, Partial<Record<SopStep, number>>>>;

/** What a case's promises depend on. */
export interface PromiseCase {
  type: BusinessType;
  sopVersion: number | null;
  submittedOn: string | null;
  acceptedOn: string | null;
  decidedOn: string | null;
}

/** Where a step's promise came from. */
export type PromiseSource = 'sop' | 'guide';

export interface StepPromise {
  days: number;
  source: PromiseSource;
}

/** The SOP versions of every type, for lookups by stamp and by date. */
export class SopBook {
  private readonly byType = new Map<BusinessType, SopVersionFact[]>();

  constructor(versions: readonly SopVersionFact[]) {
    for (const v of versions) {
      const list = this.byType.get(v.type) ?? [];
      list.push(v);
      this.byType.set(v.type, list);
    }
    for (const list of this.byType.values()) list.sort((a, b) => a.version - b.version);
  }

  /** The version stamped on a case, if it is one the bureau set (has an author). */
  stamped(type: BusinessType, version: number): SopVersionFact | null {
    const v = this.byType.get(type)?.find((x) => x.version === version);
    return v && v.savedBy !== null ? v : null;
  }

  /** The newest version the bureau set for `type` on or before `day` (null: none yet). */
  inForceOn(type: BusinessType, day: string): SopVersionFact | null {
    const list = this.byType.get(type) ?? [];
    let best: SopVersionFact | null = null;
    for (const v of list) if (v.savedBy !== null && v.savedOn <= day) best = v;
    return best;
  }

  /** The newest version the bureau set for `type` (null: none). */
  latest(type: BusinessType): SopVersionFact | null {
    const list = (this.byType.get(type) ?? []).filter((v) => v.savedBy !== null);
    return list.at(-1) ?? null;
  }
}

/** The day each clocked step of a case began (null: not reached). */
function stepStarts(c: PromiseCase): Record<SopStep, string | null> {
  return { acceptance: c.submittedOn, decision: c.acceptedOn, delivery: c.decidedOn };
}

/**
 * The promise each step of `c` is held to, from its SOP or, where none was set, its guide.
 *
 *   casePromises({ type: 'new', sopVersion: 2, … }, book, guides).decision
 *     → { days: 8, source: 'sop' } when version 2 of 'new' promises 8 days
 */
export function casePromises(
  c: PromiseCase,
  book: SopBook,
  guides: GuidePromises,
): Partial<Record<SopStep, StepPromise>> {
  const stamp = c.sopVersion ? book.stamped(c.type, c.sopVersion) : null;
  const starts = stepStarts(c);
  const out: Partial<Record<SopStep, StepPromise>> = {};
  for (const step of SOP_STEPS) {
    // A stamped case keeps its version (or, stamped with the placeholder, has none set).
    const start = starts[step];
    const sop = c.sopVersion ? stamp : start ? book.inForceOn(c.type, start) : null;
    const guide = guides[c.type]?.[step];
    if (sop) out[step] = { days: stepRule(sop.rules, step).promisedDays, source: 'sop' };
    else if (guide !== undefined) out[step] = { days: guide, source: 'guide' };
  }
  return out;
}

/** The promises in force for new cases of `type` today: its latest SOP, else its guide. */
export function currentPromises(
  type: BusinessType,
  book: SopBook,
  guides: GuidePromises,
): Partial<Record<SopStep, number>> {
  const sop = book.latest(type);
  if (!sop) return { ...guides[type] };
  return Object.fromEntries(
    SOP_STEPS.map((s) => [s, stepRule(sop.rules, s).promisedDays]),
  ) as Record<SopStep, number>;
}
