import { eq } from 'drizzle-orm';
import type { Me } from '../../../core/api';
import { maskPhone } from '../../../core/masking';
import type { Principal } from '../../app-env';
import type { Db } from '../../db/client';
import { applicants } from '../../db/schema';
import { allJurisdictions, nameOf } from '../jurisdictions/jurisdictions.repo';

/** The signed-in user as the PWA sees them: never a full ID number. */
export async function buildMe(db: Db, p: Principal): Promise<Me> {
  if (p.kind === 'applicant') {
    const a = await db.query.applicants.findFirst({ where: eq(applicants.id, p.id) });
    return {
      kind: 'applicant',
      id: p.id,
      phoneMasked: maskPhone(p.phone),
      realNameVerified: a?.realNameVerified ?? false,
      name: a?.name ?? null,
      idNumberMasked: a?.idNumberMasked ?? null,
    };
  }
  const all = await allJurisdictions(db);
  return {
    kind: 'staff',
    id: p.id,
    username: p.username,
    displayName: p.displayName,
    role: p.role,
    jurisdictions: p.assigned.map((code) => ({ code, name: nameOf(code, all) })),
    counties: p.counties,
  };
}
