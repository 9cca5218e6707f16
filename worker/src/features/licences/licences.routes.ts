import { Hono } from 'hono';
import type { LicenceView } from '../../../core/api';
import type { AppEnv } from '../../app-env';
import { applicantOf, requireApplicant } from '../../middleware/auth';

/** The applicant's own licences (我的许可证). */
export const myLicenceRoutes = new Hono<AppEnv>().get('/', requireApplicant, async (c) => {
  const p = applicantOf(c);
  const res = await c.env.DB.prepare(
    `SELECT l.id, l.number, l.holder_name, l.shop_name, p.address, l.status, l.issued_on,
       l.expires_on, l.suspended_from, l.suspended_until
     FROM licences l JOIN premises p ON p.id = l.premises_id
     WHERE l.holder_applicant_id = ? ORDER BY l.expires_on`,
  )
    .bind(p.id)
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
  const items: LicenceView[] = res.results.map((r) => ({
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
  return c.json({ items });
});
