/**
 * Consents as given (PIPL), recorded in the same batch as what they allow: a submission is
 * never stored without the consent it came with, and a refused one leaves none behind.
 */
import type { ConsentPurpose } from '../../../core/privacy';

export interface GivenConsent {
  noticeVersion: string;
  promise?: boolean;
  personalInfo?: boolean;
  sensitiveInfo: boolean;
}

/** The insert recording `consent`, for the batch of the change it allows. */
export function consentInsert(
  d1: D1Database,
  r: {
    applicantId: string;
    applicationId: string | null;
    purpose: ConsentPurpose;
    consent: GivenConsent;
    at: string;
    requestId: string | null;
  },
): D1PreparedStatement {
  return d1
    .prepare(
      `INSERT INTO consents (id, applicant_id, application_id, purpose, notice_version, promise,
         personal_info, sensitive_info, at, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      crypto.randomUUID(),
      r.applicantId,
      r.applicationId,
      r.purpose,
      r.consent.noticeVersion,
      r.consent.promise ? 1 : 0,
      r.consent.personalInfo ? 1 : 0,
      r.consent.sensitiveInfo ? 1 : 0,
      r.at,
      r.requestId,
    );
}
