/**
 * Security headers on whatever the worker answers. Static assets (the PWA's documents, scripts,
 * workers, OCR files) never run the worker: pwa/public/_headers gives them the same values.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { API_CSP, APP_CSP, COMMON_HEADERS } from './security-policy';

/**
 * Adds the headers to every response the worker answers. A route that sets its own CSP (an
 * attachment) keeps it; anything the worker serves outside /api/ is the app and gets its CSP.
 */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(COMMON_HEADERS)) c.header(name, value);
  if (!c.res.headers.has('content-security-policy')) {
    c.header('content-security-policy', c.req.path.startsWith('/api/') ? API_CSP : APP_CSP);
  }
};
