/**
 * The promised limits the roll-up holds cases to (core/analysis-promises.ts): every SOP version
 * of every type, and each type's latest 办事指南 promises for where no SOP was set.
 */
import {
  SopBook,
  currentPromises,
  type GuidePromises,
  type SopVersionFact,
} from '../../../core/analysis-promises';
import type { AnalysisStep } from '../../../core/analysis';
import { BUSINESS_TYPES, type BusinessType } from '../../../core/business-types';
import { todayInChina } from '../../../core/dates';
import { latestGuides } from '../guide/guide.repo';
import { allSopVersions } from '../sop/sop.repo';

/** Each type's guide promises (the guide lists the clocks in order: check, decision, delivery). */
async function guidePromises(db: D1Database): Promise<GuidePromises> {
  const guides = await latestGuides(db, BUSINESS_TYPES);
  const out: GuidePromises = {};
  for (const g of guides) {
    const [acceptance, decision, delivery] = g.content.limits.map((l) => l.promisedDays);
    out[g.type] = { acceptance, decision, delivery };
  }
  return out;
}

export interface Promises {
  book: SopBook;
  guides: GuidePromises;
  /** Per type, the limits promised to new cases today, with the whole case's (for the page). */
  current: Partial<Record<BusinessType, Partial<Record<AnalysisStep, number>>>>;
}

export async function loadPromises(db: D1Database): Promise<Promises> {
  const [versions, guides] = await Promise.all([allSopVersions(db), guidePromises(db)]);
  const book = new SopBook(
    versions.map((v): SopVersionFact => ({
      type: v.type,
      version: v.version,
      savedBy: v.createdBy,
      savedOn: todayInChina(new Date(v.createdAt)),
      rules: { steps: v.steps, levels: v.levels },
    })),
  );
  const current: Promises['current'] = {};
  for (const type of BUSINESS_TYPES) {
    const p = currentPromises(type, book, guides);
    current[type] = {
      ...p,
      total:
        p.acceptance !== undefined && p.decision !== undefined
          ? p.acceptance + p.decision
          : undefined,
    };
  }
  return { book, guides, current };
}
