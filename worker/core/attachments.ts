/**
 * The documents an applicant photographs or uploads (材料): the upload route accepts exactly
 * these kinds, the applicant's form asks for them and the staff case page lists them, all by
 * the same names.
 */

/** The documents the application forms ask for. */
export const FORM_ATTACHMENT_KINDS = [
  'idCardFront',
  'businessLicence',
  'premisesProof',
  'agentAuthorisation',
  'supporting',
] as const;

/**
 * Every kind the upload route accepts: the forms' documents, a 好差评 rating's photo and a
 * photo sent in a case's thread.
 */
export const ATTACHMENT_KINDS = [...FORM_ATTACHMENT_KINDS, 'ratingPhoto', 'messagePhoto'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, { zh: string; en: string }> = {
  idCardFront: { zh: '身份证人像面', en: 'ID card (photo side)' },
  businessLicence: { zh: '营业执照', en: 'Business licence' },
  premisesProof: { zh: '场所使用证明', en: 'Proof of premises' },
  agentAuthorisation: { zh: '委托书', en: 'Letter of authorisation' },
  supporting: { zh: '其他证明材料', en: 'Other supporting document' },
  ratingPhoto: { zh: '评价照片', en: 'Photo with a rating' },
  messagePhoto: { zh: '留言照片', en: 'Photo sent with a message' },
};
