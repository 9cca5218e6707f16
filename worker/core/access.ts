/**
 * Who may do what (PRODUCT.md §9): the one rule. The worker asks it on every route and the PWA
 * asks it to decide what to offer, so the two can never disagree. A caller outside the rule's
 * scope is answered 404 by the worker, exactly as if the thing did not exist.
 */
import { ACTION_ACTORS, type ApplicationAction, type ApplicationStatus } from './application-state';
import { DOCUMENT_ISSUERS, type DocumentKind } from './documents';
import type { ApiScope, TokenWho } from './api-tokens';
import type { StaffRole } from './roles';

/** The signed-in caller, as far as the rules care. */
export type Who =
  | { kind: 'applicant'; id: string }
  | { kind: 'staff'; id: string; role: StaffRole; counties: readonly string[] };

/** What the rules need to know about a case. */
export interface CaseScope {
  applicantId: string;
  /** County-level unit (jurisdiction code) the case belongs to. */
  county: string;
  status: ApplicationStatus;
  /** Officers assigned to its inspection (two or more for an on-site check). */
  inspectorIds: readonly string[];
}

/** Actions on a case besides the state machine's own: the deadline extension. */
export type CaseAction = ApplicationAction | 'extend';

const staffIn = (who: Who, roles: readonly StaffRole[]): who is Extract<Who, { kind: 'staff' }> =>
  who.kind === 'staff' && roles.includes(who.role);

const inCounty = (who: Extract<Who, { kind: 'staff' }>, county: string) =>
  who.counties.includes(county);

const assigned = (who: Who, c: CaseScope) =>
  who.kind === 'staff' && who.role === 'inspector' && c.inspectorIds.includes(who.id);

/**
 * Reading a case: the applicant their own (drafts included); clerks and approvers their
 * counties; inspectors only the cases they are assigned to; admins every case, audited.
 * Drafts belong to the applicant alone.
 */
export function mayReadCase(who: Who, c: CaseScope): boolean {
  if (who.kind === 'applicant') return who.id === c.applicantId;
  if (c.status === 'draft') return false;
  if (who.role === 'admin') return true;
  if (who.role === 'inspector') return assigned(who, c);
  return inCounty(who, c.county);
}

/** Whether a read of this case by `who` goes to the audit log (admins read everything). */
export function caseReadIsAudited(who: Who): boolean {
  return who.kind === 'staff' && who.role === 'admin';
}

/**
 * Acting on a case: the applicant on their own (submit, correct, withdraw); clerks and
 * approvers of its county (accept, corrections, assign an inspection, deliver); approvers of
 * its county decide and extend; only an assigned inspector records the inspection's result.
 * Whether the status allows the action is the state machine's question (nextStatus).
 */
export function mayPerform(who: Who, action: CaseAction, c: CaseScope): boolean {
  if (action === 'extend') return staffIn(who, ['approver']) && inCounty(who, c.county);
  const actors = ACTION_ACTORS[action];
  if (who.kind === 'applicant') return actors.includes('applicant') && who.id === c.applicantId;
  if (!actors.includes(who.role as never)) return false;
  if (who.role === 'inspector') return assigned(who, c);
  return inCounty(who, c.county);
}

/** The case actions `who` may take on `c`, in the state machine's order (status not checked). */
export function permittedActions(who: Who, c: CaseScope): CaseAction[] {
  const all = [...(Object.keys(ACTION_ACTORS) as ApplicationAction[]), 'extend' as const];
  return all.filter((a) => mayPerform(who, a, c));
}

/**
 * The full ID number behind a case: the applicant their own; clerks, approvers and admins only
 * with a stated reason (always audited) and within what they may read; inspectors never.
 */
export function mayRevealIdNumber(who: Who, c: CaseScope | null): boolean {
  if (who.kind === 'applicant') return c === null || who.id === c.applicantId;
  if (who.role === 'inspector') return false;
  return c === null || mayReadCase(who, c);
}

/**
 * The applicant's full phone number behind a case, to call them back: the applicant their own;
 * staff who may read the case (an inspector: the cases assigned to them, to arrange the visit),
 * always with a stated reason, audited. Masked everywhere else in staff views.
 */
export function mayRevealPhone(who: Who, c: CaseScope): boolean {
  if (who.kind === 'applicant') return who.id === c.applicantId;
  return mayReadCase(who, c);
}

/**
 * Evidence of a case (photos, later video): the applicant who uploaded it; staff who may read
 * the case (admins audited).
 */
export function mayReadEvidence(who: Who, c: CaseScope | null, uploadedBy: string): boolean {
  if (who.kind === 'applicant') return who.id === uploadedBy;
  return c !== null && mayReadCase(who, c);
}

/** Counties whose cases `who` may list and count; inspectors list only their assignments. */
export function countyScope(who: Who): readonly string[] {
  if (who.kind === 'applicant' || who.role === 'inspector') return [];
  return who.counties;
}

/** The case queue, statistics and colleagues' lists: staff reading at county scope. */
export function readsCountyCases(role: StaffRole): boolean {
  return role === 'clerk' || role === 'approver' || role === 'admin';
}

/**
 * The register at a map point (licences and their case history): staff of the county; an
 * inspector sees a licence but only the history of the cases assigned to them.
 */
export function mayReadLicenceHistory(who: Who, c: CaseScope): boolean {
  return mayReadCase(who, c);
}

/** Grids, capacity, distance rules, schools, checklists, the calendar: admins write. */
export function mayAdminister(who: Who): boolean {
  return staffIn(who, ['admin']);
}

/** Reference data (grids, rules, schools, calendar) is read by every staff role. */
export function mayReadReference(who: Who): boolean {
  return who.kind === 'staff';
}

/**
 * A licence's e-licence (the paper licence on the phone, with its signed verify code): its
 * holder alone. Verifying a scanned code needs no rule: it shows only public fields.
 */
export function mayShowELicence(who: Who, licence: { holderApplicantId: string | null }): boolean {
  return who.kind === 'applicant' && who.id === licence.holderApplicantId;
}

/**
 * The official documents (文书) of a case: the applicant their own case's; the staff who decide
 * (clerks and approvers of its county, admins everywhere). Inspectors check premises, they are
 * not sent the bureau's decisions.
 */
export function mayReadCaseDocuments(who: Who, c: CaseScope): boolean {
  if (who.kind === 'staff' && who.role === 'inspector') return false;
  return mayReadCase(who, c);
}

/** Correcting an issued document (a new one supersedes it): whoever decides its kind, in its county. */
export function mayCorrectDocument(who: Who, kind: DocumentKind, c: CaseScope): boolean {
  return (
    who.kind === 'staff' &&
    (DOCUMENT_ISSUERS[kind] as readonly StaffRole[]).includes(who.role) &&
    inCounty(who, c.county)
  );
}

/**
 * A licence's printable PDF: its holder (in force only, as the e-licence); clerks, approvers
 * and admins of its county, to print it for the holder at the window.
 */
export function mayPrintLicence(
  who: Who,
  licence: { holderApplicantId: string | null; county: string },
): boolean {
  if (who.kind === 'applicant') return mayShowELicence(who, licence);
  if (who.role === 'admin') return true;
  return staffIn(who, ['clerk', 'approver']) && inCounty(who, licence.county);
}

/**
 * The thread of a case (留言): read by whoever may read the case; the applicant writes on their
 * own submitted case, clerks and approvers of its county answer. Drafts have no thread yet.
 */
export function mayWriteThread(who: Who, c: CaseScope): boolean {
  if (c.status === 'draft') return false;
  if (who.kind === 'applicant') return who.id === c.applicantId;
  return staffIn(who, ['clerk', 'approver']) && inCounty(who, c.county);
}

/**
 * A system's API token: it may do what its scopes name, in its counties only. The answer is the
 * refusal's code (or null), so the caller says exactly why: TOKEN_SCOPE_MISSING for a scope it
 * was not given, TOKEN_COUNTY_FORBIDDEN for a county outside its limits.
 */
export function tokenRefusal(
  who: TokenWho,
  scope: ApiScope,
  counties: readonly string[] = [],
): 'TOKEN_SCOPE_MISSING' | 'TOKEN_COUNTY_FORBIDDEN' | null {
  if (!who.scopes.includes(scope)) return 'TOKEN_SCOPE_MISSING';
  if (counties.some((c) => !who.counties.includes(c))) return 'TOKEN_COUNTY_FORBIDDEN';
  return null;
}

/** API tokens: created, listed and revoked by admins only. */
export function mayManageTokens(who: Who): boolean {
  return staffIn(who, ['admin']);
}

/**
 * Records from the sales, distribution and internal-management systems: uploaded by admins
 * (any county) and clerks (rows of their own counties; others are rejected row by row).
 */
export function mayImportRecords(who: Who): boolean {
  return who.kind === 'staff' && importsRecords(who.role);
}

/** The same rule by role alone, for the PWA's menu. */
export function importsRecords(role: StaffRole): boolean {
  return role === 'admin' || role === 'clerk';
}

/** Whether `who` (allowed to import) may write a record of a licence in `county`. */
export function mayImportRecordIn(who: Who, county: string): boolean {
  return staffIn(who, ['admin']) || (staffIn(who, ['clerk']) && inCounty(who, county));
}

/**
 * Counties whose records from the other systems `who` may list in 综合查询: staff reading at
 * county scope (clerks, approvers, admins) see the records of their counties' licences;
 * inspectors list none (they reach a licence's records from the licence itself).
 */
export function recordSearchCounties(who: Who): readonly string[] {
  if (who.kind !== 'staff' || !readsCountyCases(who.role)) return [];
  return who.counties;
}

/**
 * Giving a decision level's opinion (SOP settings): a clerk or approver of the case's county,
 * and, once the level is known, of the role the level names. Whether the level is due is the
 * SOP's question (sop.case.ts).
 */
export function mayGiveOpinion(who: Who, levelRole: StaffRole | null, c: CaseScope): boolean {
  if (!staffIn(who, ['clerk', 'approver']) || !inCounty(who, c.county)) return false;
  return levelRole === null || who.role === levelRole;
}
