import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Ctx } from '../app-env';
import { AppError } from '../lib/errors';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether the request's Origin header names this worker's own origin. */
function fromOwnOrigin(c: Ctx): boolean {
  return c.req.header('origin') === new URL(c.req.url).origin;
}

/**
 * Cookie sessions need CSRF protection beyond SameSite: a state-changing request that names
 * another origin is refused. Requests without an Origin header (curl, server-to-server) pass;
 * they carry no ambient browser cookies from another site.
 */
export const sameOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (UNSAFE.has(c.req.method) && c.req.header('origin') !== undefined && !fromOwnOrigin(c)) {
    throw new AppError('CROSS_ORIGIN');
  }
  await next();
};

/**
 * WebSocket upgrades are GETs that SameSite=Lax still sends cookies with, and browsers always
 * name the page's origin in them: one from another site, or with no Origin at all (not a
 * browser page of ours), is refused before it reaches a Durable Object.
 */
export const sameOriginUpgrade: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!fromOwnOrigin(c)) throw new AppError('CROSS_ORIGIN');
  await next();
};
