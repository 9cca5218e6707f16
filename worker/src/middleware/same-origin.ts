import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { AppError } from '../lib/errors';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cookie sessions need CSRF protection beyond SameSite: a state-changing request that names
 * another origin is refused. Requests without an Origin header (curl, server-to-server) pass;
 * they carry no ambient browser cookies from another site.
 */
export const sameOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (UNSAFE.has(c.req.method)) {
    const origin = c.req.header('origin');
    if (origin && origin !== new URL(c.req.url).origin) throw new AppError('FORBIDDEN');
  }
  await next();
};
