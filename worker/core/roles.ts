/** Staff roles; applicants are a separate principal kind, not a staff role. */
export const STAFF_ROLES = ['clerk', 'approver', 'inspector', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who can hold a session: a shop owner signed in by SMS, or a staff account. */
export const PRINCIPAL_KINDS = ['applicant', 'staff'] as const;
export type PrincipalKind = (typeof PRINCIPAL_KINDS)[number];

/** Who can change a case: a principal, or the system's own clocks (deemed acceptance, lapses). */
export const ACTOR_KINDS = [...PRINCIPAL_KINDS, 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Who an audit record names: any actor, or nobody yet (a failed sign-in, an SMS request). */
export const AUDIT_ACTOR_KINDS = [...ACTOR_KINDS, 'anonymous'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

export const ROLE_LABELS: Record<StaffRole | 'applicant', { zh: string; en: string }> = {
  applicant: { zh: '申请人', en: 'Applicant' },
  clerk: { zh: '窗口人员', en: 'Clerk' },
  approver: { zh: '审批人', en: 'Approver' },
  inspector: { zh: '核查员', en: 'Inspector' },
  admin: { zh: '管理员', en: 'Administrator' },
};

/**
 * The name a case event records for an actor without a personal one: the applicant and the
 * system's clocks. Staff events record the staff member's display name.
 */
export const ACTOR_NAMES = { applicant: ROLE_LABELS.applicant.zh, system: '系统' } as const;
