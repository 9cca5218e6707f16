import { describe, expect, it } from 'vitest';
import {
  ACTOR_KINDS,
  ACTOR_NAMES,
  AUDIT_ACTOR_KINDS,
  PRINCIPAL_KINDS,
  ROLE_LABELS,
  STAFF_ROLES,
} from './roles';

describe('who acts', () => {
  it('pins the roles and the kinds of principal, actor and audited actor', () => {
    expect(STAFF_ROLES).toEqual(['clerk', 'approver', 'inspector', 'admin']);
    expect(PRINCIPAL_KINDS).toEqual(['applicant', 'staff']);
    expect(ACTOR_KINDS).toEqual(['applicant', 'staff', 'system']);
    expect(AUDIT_ACTOR_KINDS).toEqual(['applicant', 'staff', 'system', 'anonymous']);
  });

  it('labels the applicant and every staff role in both languages', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual(['applicant', ...STAFF_ROLES].sort());
    expect(ROLE_LABELS.clerk).toEqual({ zh: '窗口人员', en: 'Clerk' });
  });

  it('names the applicant in case events as the role label does', () => {
    expect(ACTOR_NAMES.applicant).toBe(ROLE_LABELS.applicant.zh);
    expect(ACTOR_NAMES.system).toBe('系统');
  });
});
