/** Demo accounts created by the seed (`npx tsx worker/scripts/seed/generate.ts`), for tests and the README. */
export const DEMO = {
  /** Password of every seeded staff account. */
  password: 'Xuke#2026',
  /** The seeded applicant: signs in by SMS code (see the dev outbox). */
  applicantPhone: '13800000001',
  applicantName: '王建国',
  applicantId: 'apl_demo',
  seed: 20261127,
  usernames: {
    admin: 'admin',
    clerk: 'clerk',
    clerkKuiwen: 'clerk.kuiwen',
    approver: 'approver',
    approverWeicheng: 'approver.weicheng',
    inspector: 'inspector',
    inspector2: 'inspector2',
  },
  /** 潍城区: the county of the demo clerk, approver.weicheng and the inspectors. */
  county: '370702',
  city: '370700',
} as const;
