/** Staff roles; applicants are a separate principal kind, not a staff role. */
export const STAFF_ROLES = ['clerk', 'approver', 'inspector', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<StaffRole | 'applicant', { zh: string; en: string }> = {
  applicant: { zh: '申请人', en: 'Applicant' },
  clerk: { zh: '窗口人员', en: 'Clerk' },
  approver: { zh: '审批人', en: 'Approver' },
  inspector: { zh: '核查员', en: 'Inspector' },
  admin: { zh: '管理员', en: 'Administrator' },
};
