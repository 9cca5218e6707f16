import { and, eq } from 'drizzle-orm';
import type { Me } from '../../../core/api';
import { maskIdNumber, maskPhone } from '../../../core/masking';
import type { Ctx, Principal } from '../../app-env';
import { getDb, type Db } from '../../db/client';
import { applicants, consents } from '../../db/schema';
import { appNowIso } from '../../lib/clock';
import { encryptPii, hmacHex } from '../../lib/crypto';
import { auditInsert } from '../audit/audit.service';
import { allJurisdictions, nameOf } from '../jurisdictions/jurisdictions.repo';

/** Whether the applicant's real-name identity is bound (it is bound once, for good). */
export async function realNameBound(db: Db, applicantId: string): Promise<boolean> {
  const a = await db.query.applicants.findFirst({ where: eq(applicants.id, applicantId) });
  return a?.realNameVerified ?? false;
}

/**
 * Binds a checked name and ID number to the applicant (encrypted, with a keyed hash for
 * duplicate checks and a masked copy for display), audited and with the applicant's consent
 * (privacy.ts) in the same batch. Only an unbound applicant changes: a parallel second binding
 * writes nothing but its consent.
 */
export async function bindRealName(
  c: Ctx,
  applicantId: string,
  name: string,
  idNumber: string,
  noticeVersion: string,
): Promise<void> {
  const db = getDb(c.env.DB);
  await db.batch([
    db.insert(consents).values({
      id: crypto.randomUUID(),
      applicantId,
      applicationId: null,
      purpose: 'realname',
      noticeVersion,
      promise: false,
      personalInfo: false,
      sensitiveInfo: true,
      at: appNowIso(c.env),
      requestId: c.get('requestId'),
    }),
    db
      .update(applicants)
      .set({
        name,
        realNameVerified: true,
        idNumberEnc: await encryptPii(c.env.PII_KEY, idNumber),
        idNumberHash: await hmacHex(c.env.PII_KEY, `id:${idNumber}`),
        idNumberMasked: maskIdNumber(idNumber),
      })
      .where(and(eq(applicants.id, applicantId), eq(applicants.realNameVerified, false))),
    auditInsert(c, {
      event: 'applicant_realname_bound',
      subjectType: 'applicant',
      subjectId: applicantId,
    }),
  ]);
}

/** The applicant's ID number as stored (encrypted); null when none is bound. */
export async function encryptedIdNumber(db: Db, applicantId: string): Promise<string | null> {
  const a = await db.query.applicants.findFirst({ where: eq(applicants.id, applicantId) });
  return a?.idNumberEnc ?? null;
}

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
    passwordChangeDue: p.passwordChangeDue,
  };
}
