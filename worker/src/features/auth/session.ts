import { passwordChangeDue } from '../../../core/staff-admin';
import { eq } from 'drizzle-orm';
import type { PrincipalKind, StaffRole } from '../../../core/roles';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Ctx, Principal } from '../../app-env';
import { getDb } from '../../db/client';
import { sessions } from '../../db/schema';
import { config } from '../../env';
import { randomToken, sha256Hex } from '../../lib/crypto';
import { allJurisdictions, expandToCounties } from '../jurisdictions/jurisdictions.repo';
import { appNow } from '../../lib/clock';

export const SESSION_COOKIE = 'xuke_session';

/** Resolves a session token hash to its principal, or null when unknown or expired. */
export async function findSessionPrincipal(
  d1: D1Database,
  tokenHash: string,
  now: Date,
): Promise<Principal | null> {
  // One round trip: this runs on every signed-in request.
  const row = await d1
    .prepare(
      `SELECT s.principal_kind AS kind, s.principal_id AS id, a.phone, u.username,
         u.display_name, u.role, u.active, u.must_change_password, u.password_changed_at,
         (SELECT group_concat(jurisdiction_code) FROM staff_scopes WHERE staff_id = u.id) AS scopes
       FROM sessions s
       LEFT JOIN applicants a ON s.principal_kind = 'applicant' AND a.id = s.principal_id
       LEFT JOIN staff_users u ON s.principal_kind = 'staff' AND u.id = s.principal_id
       WHERE s.token_hash = ? AND s.expires_at > ?`,
    )
    .bind(tokenHash, now.toISOString())
    .first<{
      kind: PrincipalKind;
      id: string;
      phone: string | null;
      username: string | null;
      display_name: string | null;
      role: StaffRole | null;
      active: number | null;
      must_change_password: number | null;
      password_changed_at: string | null;
      scopes: string | null;
    }>();
  if (!row) return null;
  if (row.kind === 'applicant') {
    return row.phone ? { kind: 'applicant', id: row.id, phone: row.phone } : null;
  }
  if (!row.username || !row.role || !row.active) return null;
  const assigned = (row.scopes ?? '').split(',').filter(Boolean).sort();
  return {
    kind: 'staff',
    id: row.id,
    username: row.username,
    displayName: row.display_name ?? row.username,
    role: row.role,
    assigned,
    counties: expandToCounties(assigned, await allJurisdictions(getDb(d1))),
    passwordChangeDue: passwordChangeDue(
      {
        mustChangePassword: row.must_change_password === 1,
        passwordChangedAt: row.password_changed_at,
      },
      now,
    ),
  };
}

/** Starts a session and sets its cookie (HttpOnly, Secure, SameSite=Lax); returns its hash. */
export async function startSession(
  c: Ctx,
  kind: PrincipalKind,
  principalId: string,
): Promise<string> {
  const token = randomToken(32);
  const tokenHash = await sha256Hex(token);
  const ttlHours = config(c.env).sessionTtlHours;
  const started = appNow(c.env);
  const expires = new Date(started.getTime() + ttlHours * 3600_000);
  await getDb(c.env.DB).insert(sessions).values({
    tokenHash,
    createdAt: started.toISOString(),
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
