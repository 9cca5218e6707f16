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

const B64URL = /^[A-Za-z0-9_-]*={0,2}$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes of a base64url string (padding optional), or null when it is not one. */
export function fromBase64Url(s: string): Uint8Array<ArrayBuffer> | null {
  if (!B64URL.test(s)) return null;
  const chars = s.replace(/=+$/, '');
  if (chars.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((chars.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const ch of chars) {
    acc = (acc << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero in a canonical encoding.
  if ((acc & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

/** Base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += ALPHABET[(acc >> bits) & 63];
    }
  }
  if (bits > 0) out += ALPHABET[(acc << (6 - bits)) & 63];
  return out;
}

const ORIGIN = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([/?#].*)?$/s;

/**
 * Why an endpoint is refused, or null when it may be used: https, a plain host name (no user
 * info, no port) that is a known push service or one of `extraHosts` (the deployment's own).
 */
export function pushEndpointProblem(
  endpoint: string,
  extraHosts: readonly string[] = [],
): 'not_url' | 'not_https' | 'foreign_host' | null {
  const m = ORIGIN.exec(endpoint);
  if (!m || /\s/.test(endpoint)) return 'not_url';
  if (m[1]?.toLowerCase() !== 'https') return 'not_https';
  const host = (m[2] ?? '').toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host)) {
    return 'foreign_host';
  }
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
