/**
 * Security headers. Static assets (the PWA's documents, scripts, workers, OCR files) never run
 * the worker: pwa/public/_headers gives them the same values, and pwa/e2e/headers.e2e.ts checks
 * both against the constants here, so the two homes cannot drift apart unnoticed.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';

/** Sent with every response, app and API alike. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  // Nothing the app links to needs to know where the user came from.
  'referrer-policy': 'same-origin',
  // For browsers that predate CSP's frame-ancestors.
  'x-frame-options': 'DENY',
  // The camera photographs documents (and carries remote inspections), the microphone joins
  // them, geolocation places the shop: our own pages only, never an embedded third party.
  'permissions-policy':
    'camera=(self), microphone=(self), geolocation=(self), display-capture=(), payment=(), usb=()',
};

/**
 * The PWA's documents and workers, as the app really runs (checked by every browser journey):
 * - scripts and workers from our origin only, no inline script (Vite emits none);
 *   'wasm-unsafe-eval' compiles the OCR engines' WebAssembly (tesseract core, onnxruntime-web);
 * - blob: workers: tesseract.js starts its worker from a blob URL that imports our script;
 * - images from blob:/data: for photo previews and canvases, media from blob: for recordings;
 * - connect-src 'self' also covers the live map's ws(s):// to the same host (CSP level 3).
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "style-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** API answers are data, never a document: nothing may load or frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** User-uploaded files: even opened directly, they run nothing and reach nothing. */
export const ATTACHMENT_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

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
