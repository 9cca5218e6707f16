/** Which URLs may receive webhooks. */

const PRIVATE_HOST =
  /^(localhost|.*\.localhost|.*\.local|.*\.internal|0\.0\.0\.0|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|\[.*\])$/i;

/**
 * Why `url` may not receive webhooks, or null when it may: https only, and never a private,
 * link-local or loopback host (the worker must not be turned against the bureau's own network).
 * `extraHosts` are test receivers allowed over http outside production.
 */
export function webhookUrlProblem(url: string, extraHosts: readonly string[] = []): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (u.username || u.password) return 'credentials in the URL';
  if (extraHosts.includes(u.hostname.toLowerCase())) return null;
  if (u.protocol !== 'https:') return 'not https';
  if (PRIVATE_HOST.test(u.hostname)) return 'private host';
  return null;
}
