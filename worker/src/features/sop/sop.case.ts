/**
 * A case under its SOP: the version it was submitted under, its promised deadline beside the
 * statutory one, and the decision levels with the opinions recorded so far. The decision itself
 * (approve / refuse, case-actions.ts) is the last level: it waits for the levels before it and
 * records its own opinion in the same batch.
 */
import { mayGiveOpinion } from '../../../core/access';
import type { WorkCalendar } from '../../../core/calendar';
import { promisedDeadline } from '../../../core/clocks';
import {
  levelsBeforeDecision,
  promisedClockRules,
  type CaseOpinionView,
  type CaseSopView,
  type DecisionLevel,
  type OpinionInput,
  type SopRules,
} from '../../../core/sop';
import type { Ctx, StaffPrincipal } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { audit } from '../audit/audit.service';
import { scopeOf, whoOf } from '../applications/applications.access';
import type { ApplicationRow } from '../applications/applications.repo';
import { insertOpinionStatement, opinionsOf, sopVersion } from './sop.repo';

/** The case's SOP version number (a column the shared row does not select). */
async function caseSopVersion(d1: D1Database, id: string): Promise<number | null> {
  const r = await d1
    .prepare('SELECT sop_version FROM applications WHERE id = ?')
    .bind(id)
    .first<{ sop_version: number | null }>();
  return r?.sop_version ?? null;
}

/** The rules a case runs under. */
export async function caseRules(
  d1: D1Database,
  row: ApplicationRow,
): Promise<{ version: number; rules: SopRules }> {
  return sopVersion(d1, row.type, await caseSopVersion(d1, row.id));
}

/** The level due now: the first one without an opinion, while the case waits for its decision. */
function dueLevel(rules: SopRules, opinions: CaseOpinionView[]): DecisionLevel | null {
  return rules.levels.find((l) => !opinions.some((o) => o.level === l.level))?.level ?? null;
}

/** The case's SOP as its staff page shows it. */
export async function caseSopView(
  d1: D1Database,
  row: ApplicationRow,
  cal: WorkCalendar,
): Promise<CaseSopView> {
  const [{ version, rules }, opinions] = await Promise.all([
    caseRules(d1, row),
    opinionsOf(d1, row.id),
  ]);
  const facts = {
    status: row.status,
    submittedOn: row.submitted_on,
    acceptedOn: row.accepted_on,
    approvedOn: row.decided_on,
    extended: row.extended === 1,
  };
  const atDecision = row.status === 'accepted' || row.status === 'inspection';
  return {
    type: row.type,
    version,
    promisedDeadline: promisedDeadline(facts, cal, promisedClockRules(rules)),
    steps: rules.steps,
    levels: rules.levels.map((l) => ({
      ...l,
      opinion: opinions.find((o) => o.level === l.level) ?? null,
    })),
    nextLevel: atDecision ? dueLevel(rules, opinions) : null,
  };
}

/**
 * Before a decision: every level before it has given its opinion, and the decider signed none
 * of them. Returns the statement that records the decision as the last level's opinion.
 */
export async function decisionLevelStatements(
  c: Ctx,
  p: StaffPrincipal,
  row: ApplicationRow,
  decision: 'approve' | 'refuse',
  opinion: string,
): Promise<D1PreparedStatement[]> {
  const d1 = c.env.DB;
  const [{ rules }, opinions] = await Promise.all([caseRules(d1, row), opinionsOf(d1, row.id)]);
  const before = levelsBeforeDecision(rules);
  if (before.some((l) => !opinions.some((o) => o.level === l.level))) {
    throw new AppError('DECISION_LEVELS_PENDING');
  }
  if (opinions.some((o) => o.staffId === p.id)) throw new AppError('OPINION_SAME_PERSON');
  return [
    insertOpinionStatement(d1, row.id, {
      level: 'decide',
      role: 'approver',
      staffId: p.id,
      staffName: p.displayName,
      at: appNowIso(c.env),
      proposal: decision,
      opinion,
    }),
  ];
}

/**
 * Records the opinion of a level before the decision. Only the level due (the earlier ones
 * recorded), while the case waits for its decision, by someone of the level's role in the
 * case's county who signed no other level of it. The insert is guarded in SQL by the case's
 * status, so a decision taken meanwhile leaves no stray opinion.
 */
export async function recordOpinion(
  c: Ctx,
  p: StaffPrincipal,
  row: ApplicationRow,
  input: OpinionInput,
): Promise<void> {
  const d1 = c.env.DB;
  if (!mayGiveOpinion(whoOf(p), null, scopeOf(row))) throw new AppError('FORBIDDEN');
  const [{ rules }, opinions] = await Promise.all([caseRules(d1, row), opinionsOf(d1, row.id)]);
  const level = rules.levels.find((l) => l.level === input.level);
  // A level the case's SOP does not have, or not the one due now.
  const atDecision = row.status === 'accepted' || row.status === 'inspection';
  if (!level || !atDecision || dueLevel(rules, opinions) !== input.level) {
    throw new AppError('OPINION_NOT_DUE');
  }
  if (!mayGiveOpinion(whoOf(p), level.role, scopeOf(row))) throw new AppError('FORBIDDEN');
  if (opinions.some((o) => o.staffId === p.id)) throw new AppError('OPINION_SAME_PERSON');
  const at = appNowIso(c.env);
  const insert = d1
    .prepare(
      `INSERT INTO case_opinions (id, application_id, level, role, staff_id, staff_name, proposal,
         opinion, at)
       SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS
         (SELECT 1 FROM applications WHERE id = ? AND status IN ('accepted', 'inspection'))`,
    )
    .bind(
      crypto.randomUUID(),
      row.id,
      level.level,
      level.role,
      p.id,
      p.displayName,
      input.proposal,
      input.opinion,
      at,
      row.id,
    );
  // Two people signing the same level at once: the unique index keeps the first.
  const res = await insert.run().catch((err: unknown) => {
    if (String(err).includes('UNIQUE')) throw new AppError('OPINION_NOT_DUE');
    throw err;
  });
  if (!res.meta.changes) throw new AppError('OPINION_NOT_DUE');
  await audit(c, {
    event: 'case_opinion_recorded',
    subjectType: 'application',
    subjectId: row.id,
    detail: { level: level.level, proposal: input.proposal },
  });
}
