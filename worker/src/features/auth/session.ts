import { and, eq, gt } from 'drizzle-orm';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Ctx, Principal } from '../../app-env';
import { getDb, type Db } from '../../db/client';
import { applicants, sessions, staffScopes, staffUsers } from '../../db/schema';
import { config } from '../../env';
import { randomToken, sha256Hex } from '../../lib/crypto';
import { allJurisdictions, expandToCounties } from '../jurisdictions/jurisdictions.repo';

export const SESSION_COOKIE = 'xuke_session';

/** Resolves a session token hash to its principal, or null when unknown or expired. */
export async function findSessionPrincipal(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<Principal | null> {
  const s = await db.query.sessions.findFirst({
    where: and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now.toISOString())),
  });
  if (!s) return null;
  if (s.principalKind === 'applicant') {
    const a = await db.query.applicants.findFirst({
      where: eq(applicants.id, s.principalId),
      columns: { id: true, phone: true },
    });
    return a ? { kind: 'applicant', id: a.id, phone: a.phone } : null;
  }
  const u = await db.query.staffUsers.findFirst({ where: eq(staffUsers.id, s.principalId) });
  if (!u || !u.active) return null;
  const scopes = await db
    .select({ code: staffScopes.jurisdictionCode })
    .from(staffScopes)
    .where(eq(staffScopes.staffId, u.id));
  const assigned = scopes.map((r) => r.code);
  return {
    kind: 'staff',
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    assigned,
    counties: expandToCounties(assigned, await allJurisdictions(db)),
  };
}

/** Starts a session and sets its cookie (HttpOnly, Secure, SameSite=Lax); returns its hash. */
export async function startSession(
  c: Ctx,
  kind: 'applicant' | 'staff',
  principalId: string,
): Promise<string> {
  const token = randomToken(32);
  const tokenHash = await sha256Hex(token);
  const ttlHours = config(c.env).sessionTtlHours;
  const expires = new Date(Date.now() + ttlHours * 3600_000);
  await getDb(c.env.DB).insert(sessions).values({
    tokenHash,
    principalKind: kind,
    principalId,
    expiresAt: expires.toISOString(),
  });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: ttlHours * 3600,
  });
  return tokenHash;
}

/** Ends the current session (row and cookie). */
export async function endSession(c: Ctx): Promise<void> {
  const hash = c.get('sessionTokenHash');
  if (hash) await getDb(c.env.DB).delete(sessions).where(eq(sessions.tokenHash, hash));
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
}
