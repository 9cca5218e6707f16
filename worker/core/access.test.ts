import { describe, expect, it } from 'vitest';
import {
  countyScope,
  mayAdminister,
  mayPerform,
  mayReadCase,
  mayReadEvidence,
  mayRevealIdNumber,
  mayRevealPhone,
  mayShowELicence,
  permittedActions,
  type CaseScope,
  type Who,
} from './access';

const WEICHENG = '370702';
const KUIWEN = '370705';
const applicant: Who = { kind: 'applicant', id: 'apl_a' };
const other: Who = { kind: 'applicant', id: 'apl_b' };
const staff = (
  role: 'clerk' | 'approver' | 'inspector' | 'admin',
  id: string = role,
  counties = [WEICHENG],
): Who => ({
  kind: 'staff',
  id,
  role,
  counties,
});
const clerk = staff('clerk');
const clerkKuiwen = staff('clerk', 'clerk_kw', [KUIWEN]);
const approver = staff('approver');
const inspector = staff('inspector', 'insp1');
const inspector2 = staff('inspector', 'insp2');
const inspector3 = staff('inspector', 'insp3');
const admin = staff('admin', 'admin', [WEICHENG, KUIWEN]);

const inspection: CaseScope = {
  applicantId: 'apl_a',
  county: WEICHENG,
  status: 'inspection',
  inspectorIds: ['insp1', 'insp2'],
};

describe('reading a case', () => {
  it('applicants read their own cases only, drafts included', () => {
    expect(mayReadCase(applicant, inspection)).toBe(true);
    expect(mayReadCase(other, inspection)).toBe(false);
    expect(mayReadCase(applicant, { ...inspection, status: 'draft' })).toBe(true);
  });

  it('clerks and approvers read their counties; every assigned inspector, no other', () => {
    expect(mayReadCase(clerk, inspection)).toBe(true);
    expect(mayReadCase(clerkKuiwen, inspection)).toBe(false);
    expect(mayReadCase(approver, inspection)).toBe(true);
    expect(mayReadCase(inspector, inspection)).toBe(true);
    expect(mayReadCase(inspector2, inspection)).toBe(true);
    expect(mayReadCase(inspector3, inspection)).toBe(false);
    expect(mayReadCase(admin, { ...inspection, county: '370781' })).toBe(true);
  });

  it('a draft is the applicant’s alone', () => {
    const draft = { ...inspection, status: 'draft' as const };
    for (const w of [clerk, approver, inspector, admin]) expect(mayReadCase(w, draft)).toBe(false);
  });
});

describe('acting on a case', () => {
  it('only an assigned inspector records the inspection result', () => {
    expect(mayPerform(inspector, 'record_inspection', inspection)).toBe(true);
    expect(mayPerform(inspector2, 'record_inspection', inspection)).toBe(true);
    expect(mayPerform(inspector3, 'record_inspection', inspection)).toBe(false);
    expect(mayPerform(clerk, 'record_inspection', inspection)).toBe(false);
    expect(mayPerform(approver, 'record_inspection', inspection)).toBe(false);
  });

  it('clerks accept in their county; approvers decide and extend; admins do not act', () => {
    expect(mayPerform(clerk, 'accept', inspection)).toBe(true);
    expect(mayPerform(clerkKuiwen, 'accept', inspection)).toBe(false);
    expect(mayPerform(clerk, 'approve', inspection)).toBe(false);
    expect(mayPerform(clerk, 'extend', inspection)).toBe(false);
    expect(mayPerform(approver, 'approve', inspection)).toBe(true);
    expect(mayPerform(approver, 'extend', inspection)).toBe(true);
    expect(permittedActions(admin, inspection)).toEqual([]);
    expect(mayPerform(inspector, 'accept', inspection)).toBe(false);
  });

  it('the applicant submits, corrects and withdraws their own case only', () => {
    expect(mayPerform(applicant, 'withdraw', inspection)).toBe(true);
    expect(mayPerform(other, 'withdraw', inspection)).toBe(false);
    expect(mayPerform(applicant, 'accept', inspection)).toBe(false);
    expect(permittedActions(applicant, inspection)).toEqual(['submit', 'resubmit', 'withdraw']);
  });
});

describe('sensitive reads', () => {
  it('full ID numbers: own for applicants, never for inspectors, staff within scope', () => {
    expect(mayRevealIdNumber(applicant, inspection)).toBe(true);
    expect(mayRevealIdNumber(other, inspection)).toBe(false);
    expect(mayRevealIdNumber(inspector, inspection)).toBe(false);
    expect(mayRevealIdNumber(clerk, inspection)).toBe(true);
    expect(mayRevealIdNumber(clerkKuiwen, inspection)).toBe(false);
    expect(mayRevealIdNumber(admin, inspection)).toBe(true);
  });

  it('the phone, to call back: staff who may read the case, assigned inspectors included', () => {
    expect(mayRevealPhone(applicant, inspection)).toBe(true);
    expect(mayRevealPhone(other, inspection)).toBe(false);
    expect(mayRevealPhone(clerk, inspection)).toBe(true);
    expect(mayRevealPhone(clerkKuiwen, inspection)).toBe(false);
    expect(mayRevealPhone(inspector, inspection)).toBe(true);
    expect(mayRevealPhone(inspector3, inspection)).toBe(false);
    expect(mayRevealPhone(admin, inspection)).toBe(true);
    expect(mayRevealPhone(clerk, { ...inspection, status: 'draft' })).toBe(false);
  });

  it('evidence: the uploader, and staff who may read its case', () => {
    expect(mayReadEvidence(applicant, null, 'apl_a')).toBe(true);
    expect(mayReadEvidence(other, inspection, 'apl_a')).toBe(false);
    expect(mayReadEvidence(clerk, inspection, 'apl_a')).toBe(true);
    expect(mayReadEvidence(clerk, null, 'apl_a')).toBe(false);
    expect(mayReadEvidence(inspector3, inspection, 'apl_a')).toBe(false);
  });

  it('county scope for lists; administration for admins', () => {
    expect(countyScope(clerk)).toEqual([WEICHENG]);
    expect(countyScope(inspector)).toEqual([]);
    expect(countyScope(applicant)).toEqual([]);
    expect(mayAdminister(admin)).toBe(true);
    expect(mayAdminister(approver)).toBe(false);
  });

  it('an e-licence: its holder alone, never staff', () => {
    expect(mayShowELicence(applicant, { holderApplicantId: 'apl_a' })).toBe(true);
    expect(mayShowELicence(other, { holderApplicantId: 'apl_a' })).toBe(false);
    expect(mayShowELicence(applicant, { holderApplicantId: null })).toBe(false);
    expect(mayShowELicence(admin, { holderApplicantId: 'apl_a' })).toBe(false);
  });
});
