/**
 * Web Push subscriptions (RFC 8030 endpoints, RFC 8291 keys): what a browser may register. The
 * endpoint must be https on a known push service (or a host the deployment adds for its own
 * stand-in), so the worker never posts reminders to an arbitrary URL.
 */
import { z } from 'zod';

/** Push services of the browsers in use (Chrome/Edge via FCM, Firefox, Safari, Windows). */
export const PUSH_SERVICE_HOSTS = [
  'fcm.googleapis.com',
  'android.googleapis.com',
  'updates.push.services.mozilla.com',
  'web.push.apple.com',
] as const;
/** Host suffixes: Apple's and Windows' push services shard by subdomain. */
export const PUSH_SERVICE_SUFFIXES = ['.push.apple.com', '.notify.windows.com'] as const;

const B64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/** Bytes of a base64url string, or null when it is not one. */
export function fromBase64Url(s: string): Uint8Array<ArrayBuffer> | null {
  if (!B64URL.test(s)) return null;
  const b64 = s.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (b64.length % 4 === 1) return null;
  try {
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Why an endpoint is refused, or null when it may be used. `extraHosts`: deployment's own. */
export function pushEndpointProblem(
  endpoint: string,
  extraHosts: readonly string[] = [],
): 'not_url' | 'not_https' | 'foreign_host' | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'not_url';
  }
  if (url.protocol !== 'https:') return 'not_https';
  if (url.username || url.password || url.port) return 'foreign_host';
  const host = url.hostname.toLowerCase();
  const known =
    (PUSH_SERVICE_HOSTS as readonly string[]).includes(host) ||
    PUSH_SERVICE_SUFFIXES.some((s) => host.endsWith(s)) ||
    extraHosts.includes(host);
  return known ? null : 'foreign_host';
}

/** Whether the keys have the RFC 8291 shapes: a 65-byte uncompressed P-256 point, 16-byte auth. */
export function pushKeysProblem(keys: { p256dh: string; auth: string }): string | null {
  const p = fromBase64Url(keys.p256dh);
  if (!p || p.length !== 65 || p[0] !== 0x04) return 'p256dh';
  const a = fromBase64Url(keys.auth);
  if (!a || a.length !== 16) return 'auth';
  return null;
}

/** A PushSubscription as `subscription.toJSON()` gives it. */
export const pushSubscriptionSchema = z
  .object({
    endpoint: z.string().min(1).max(1024),
    expirationTime: z.number().nullable().optional(),
    keys: z.object({ p256dh: z.string().min(1).max(200), auth: z.string().min(1).max(100) }),
  })
  .strict();
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;

export const pushUnsubscribeSchema = z.object({ endpoint: z.string().min(1).max(1024) }).strict();

/** What the service worker receives in a push message (JSON, encrypted on the way). */
export interface PushPayload {
  title: string;
  body: string;
  /** Same-origin path the notification opens. */
  url: string;
  tag: string;
}
