import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';

const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Request id (propagated from `x-request-id` when sane) and the caller's locale. */
export const requestContext: MiddlewareHandler<AppEnv> = async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const requestId = incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
  c.set('requestId', requestId);
  const lang = (c.req.header('accept-language') ?? '').trim().toLowerCase();
  c.set('locale', lang.startsWith('en') ? 'en' : 'zh-CN');
  c.set('principal', null);
  c.set('sessionTokenHash', null);
  await next();
  c.header('x-request-id', requestId);
};
