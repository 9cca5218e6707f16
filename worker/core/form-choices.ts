/**
 * Coded answers of the application forms and their words, shared by the applicant's form (the
 * choices) and the staff case page (the submitted value): both roles read the same label. Free
 * of zod, so the case pages can show them without loading the form schemas (forms.ts).
 */

type Text = { zh: string; en: string };

/** Proof of the right to use the premises (场地使用证明). */
export const PREMISES_PROOFS = ['deed', 'lease', 'village'] as const;
export type PremisesProof = (typeof PREMISES_PROOFS)[number];

/** Named as in the service guide: 产权证明、租赁合同或村（居）委会证明之一. */
export const PREMISES_PROOF_LABELS: Record<PremisesProof, Text> = {
  deed: { zh: '产权证明（自有房屋）', en: 'Title deed (own premises)' },
  lease: { zh: '租赁合同', en: 'Lease' },
  village: { zh: '村（居）委会证明', en: 'Village committee certificate' },
};

/** Why a licence is reissued (补办). */
export const REISSUE_REASONS = ['lost', 'damaged'] as const;
export type ReissueReason = (typeof REISSUE_REASONS)[number];

export const REISSUE_REASON_LABELS: Record<ReissueReason, Text> = {
  lost: { zh: '遗失', en: 'Lost' },
  damaged: { zh: '毁损', en: 'Damaged' },
};
