import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { StaffRole } from '../../core/roles';
import type { AppEnv, ApplicantPrincipal, Ctx, StaffPrincipal } from '../app-env';
import { findSessionPrincipal, SESSION_COOKIE } from '../features/auth/session';
import { sha256Hex } from '../lib/crypto';
import { AppError } from '../lib/errors';
import { appNow } from '../lib/clock';
import { withMeta } from '../lib/route-meta';

/** Loads the session named by the cookie, if any, into `c.var.principal`. */
export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  if (token && token.length <= 128) {
    const hash = await sha256Hex(token);
    const principal = await findSessionPrincipal(c.env.DB, hash, appNow(c.env));
    if (principal) {
      c.set('principal', principal);
      c.set('sessionTokenHash', hash);
    }
  }
  await next();
});

/** The signed-in applicant, or AUTH_REQUIRED / FORBIDDEN. */
export function applicantOf(c: Ctx): ApplicantPrincipal {
  const p = c.get('principal');
  if (!p) throw new AppError('AUTH_REQUIRED');
  if (p.kind !== 'applicant') throw new AppError('FORBIDDEN');
  return p;
}

/** The signed-in staff member holding one of `roles` (any role when empty). */
export function staffOf(c: Ctx, roles: readonly StaffRole[] = []): StaffPrincipal {
  const p = c.get('principal');
  if (!p) throw new AppError('AUTH_REQUIRED');
  if (p.kind !== 'staff') throw new AppError('FORBIDDEN');
  if (roles.length > 0 && !roles.includes(p.role)) throw new AppError('FORBIDDEN');
  // A password set by an admin, or too old, is changed before anything else is done.
  if (p.passwordChangeDue) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  return p;
}

export const requireSignedIn = withMeta(
  createMiddleware<AppEnv>(async (c, next) => {
    if (!c.get('principal')) throw new AppError('AUTH_REQUIRED');
    await next();
  }),
  { kind: 'guard', who: 'signed-in', roles: [] },
);

export const requireApplicant = withMeta(
  createMiddleware<AppEnv>(async (c, next) => {
    applicantOf(c);
    await next();
  }),
  { kind: 'guard', who: 'applicant', roles: [] },
);

/** Route guard for staff, optionally limited to some roles. */
export function requireStaff(...roles: StaffRole[]) {
  return withMeta(
    createMiddleware<AppEnv>(async (c, next) => {
      staffOf(c, roles);
      await next();
    }),
    { kind: 'guard', who: 'staff', roles },
  );
}
