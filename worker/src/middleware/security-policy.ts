/**
 * The security header values, in one place and free of Workers types: the middleware
 * (security-headers.ts) sends them, pwa/public/_headers repeats them for the static assets, and
 * pwa/e2e/headers.e2e.ts checks both against these constants.
 */

/**
 * Cross-origin isolation: our pages share no browsing context with another site's window
 * (COOP), load nothing another origin has not opted into (COEP; everything we load is our own),
 * and our files are not loadable by another site's page (CORP). An isolated page may share
 * WebAssembly memory between threads, which the OCR line model needs to run on more than one
 * core (paddle-engine.ts `lineThreads`); it also keeps other sites' pages, and the Spectre-style
 * reads they could attempt, out of our process.
 */
export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-resource-policy': 'same-origin',
};

/** Sent with every response, app and API alike. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  ...ISOLATION_HEADERS,
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
 * The PWA's documents and workers, as the app really runs (every browser journey fails on a
 * violation); each source below was seen refused, and the journey broken, without it:
 * - scripts and workers from our origin only, no inline script (Vite emits none; tesseract.js
 *   runs with `workerBlobURL: false`, maplibre's worker comes from `setWorkerUrl`);
 * - 'wasm-unsafe-eval' compiles the OCR engines' WebAssembly (tesseract core, onnxruntime-web);
 * - images from blob: (photo previews) and data: (maplibre's control icons);
 * - media from blob: for playing back a recording made in the browser;
 * - connect-src 'self' also covers the live map's ws(s):// to the same host (CSP level 3).
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
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
