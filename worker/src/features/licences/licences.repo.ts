/** Licence reads for their holder. */
import type { LicenceView } from '../../../core/api';

/** The applicant's own licences (我的许可证), soonest to expire first. */
export async function licencesOfHolder(
  d1: D1Database,
  applicantId: string,
): Promise<LicenceView[]> {
  const res = await d1
    .prepare(
      `SELECT l.id, l.number, l.holder_name, l.shop_name, p.address, l.status, l.issued_on,
         l.expires_on, l.suspended_from, l.suspended_until
       FROM licences l JOIN premises p ON p.id = l.premises_id
       WHERE l.holder_applicant_id = ? ORDER BY l.expires_on`,
    )
    .bind(applicantId)
    .all<{
      id: string;
      number: string;
      holder_name: string;
      shop_name: string;
      address: string;
      status: LicenceView['status'];
      issued_on: string;
      expires_on: string;
      suspended_from: string | null;
      suspended_until: string | null;
    }>();
  return res.results.map((r) => ({
    id: r.id,
    number: r.number,
    holderName: r.holder_name,
    shopName: r.shop_name,
    address: r.address,
    status: r.status,
    issuedOn: r.issued_on,
    expiresOn: r.expires_on,
    suspendedFrom: r.suspended_from,
    suspendedUntil: r.suspended_until,
  }));
}
