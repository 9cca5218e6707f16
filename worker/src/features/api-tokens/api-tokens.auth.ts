/**
 * Token authentication for system-to-system routes: `Authorization: Bearer xk_<id>_<secret>`.
 * The secret's SHA-256 is compared in constant time with the stored one; a revoked token is as
 * good as none. What the token may do is core's rule (access.ts `tokenRefusal`): the middleware
 * checks the scope, a route checks the counties it touches with `requireTokenCounties`.
 * Failed attempts are throttled per IP and per token prefix (api-tokens.throttle.ts).
 * Reusable by any route a system calls: `.post('/x', requireToken('imports:write'), handler)`.
 */
import { createMiddleware } from 'hono/factory';
import { tokenRefusal } from '../../../core/access';
import { splitToken, type ApiScope, type TokenWho } from '../../../core/api-tokens';
import type { AppEnv, Ctx } from '../../app-env';
import { getDb } from '../../db/client';
import { appNowIso } from '../../lib/clock';
import { sha256Hex, timingSafeEqual } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { allJurisdictions, expandToCounties } from '../jurisdictions/jurisdictions.repo';
import { failedAttempt, refuseIfThrottled, throttleKeys } from './api-tokens.throttle';

interface Row {
  id: string;
  secret_hash: string;
  scopes_json: string;
  jurisdictions_json: string;
  revoked_at: string | null;
}

/** The token named by the request's Authorization header, or TOKEN_REQUIRED / TOKEN_INVALID. */
async function tokenOfRequest(c: Ctx): Promise<TokenWho> {
  const header = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) throw new AppError('TOKEN_REQUIRED');
  const parts = splitToken(m[1] as string);
  if (!parts) throw new AppError('TOKEN_INVALID');
  const row = await c.env.DB.prepare(
    `SELECT id, secret_hash, scopes_json, jurisdictions_json, revoked_at FROM api_tokens
     WHERE id = ?`,
  )
    .bind(parts.id)
    .first<Row>();
  // Hash even when the id is unknown, so timing does not tell ids apart.
  const hash = await sha256Hex(parts.secret);
  if (!row || !timingSafeEqual(hash, row.secret_hash) || row.revoked_at) {
    throw new AppError('TOKEN_INVALID');
  }
  const all = await allJurisdictions(getDb(c.env.DB));
  return {
    kind: 'token',
    id: row.id,
    scopes: JSON.parse(row.scopes_json) as ApiScope[],
    counties: expandToCounties(JSON.parse(row.jurisdictions_json) as string[], all),
  };
}

/**
 * The token of the request, through the throttle on failed attempts (api-tokens.throttle.ts):
 * refused at once while the IP or the token prefix is throttled; a refused credential counts.
 */
async function throttledTokenOfRequest(c: Ctx): Promise<TokenWho> {
  const keys = throttleKeys(c);
  await refuseIfThrottled(c, keys);
  try {
    return await tokenOfRequest(c);
  } catch (err) {
    if (err instanceof AppError && (err.code === 'TOKEN_REQUIRED' || err.code === 'TOKEN_INVALID'))
      await failedAttempt(c, keys);
    throw err;
  }
}

/** Route guard: a valid, unrevoked token holding `scope`; records when it was last used. */
export function requireToken(scope: ApiScope) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const token = await throttledTokenOfRequest(c);
    const refusal = tokenRefusal(token, scope);
    if (refusal) throw new AppError(refusal);
    c.set('token', token);
    await next();
    // Last used = last request that went through; a refused one changes nothing.
    if (c.res.status < 400) {
      await c.env.DB.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?')
        .bind(appNowIso(c.env), token.id)
        .run();
    }
  });
}

/** The token `requireToken` admitted (TOKEN_REQUIRED on a route without the guard). */
export function tokenOf(c: Ctx): TokenWho {
  const token = c.get('token');
  if (!token) throw new AppError('TOKEN_REQUIRED');
  return token;
}

/** TOKEN_COUNTY_FORBIDDEN unless the calling token covers every county in `counties`. */
export function requireTokenCounties(token: TokenWho, scope: ApiScope, counties: string[]): void {
  const refusal = tokenRefusal(token, scope, counties);
  if (refusal) throw new AppError(refusal);
}

/** How the audit log names a token's actions. */
export const tokenActor = (token: TokenWho) => ({
  kind: 'system' as const,
  id: `token:${token.id}`,
});
