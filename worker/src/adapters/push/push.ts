/**
 * Web Push (RFC 8030) with aes128gcm payloads (RFC 8291) and VAPID (RFC 8292), encrypted in the
 * worker with WebCrypto by @block65/webcrypto-web-push. A best-effort channel: Chrome's push
 * goes through FCM and many domestic browsers have none, so SMS and the inbox stay the record.
 */
import { buildPushPayload } from '@block65/webcrypto-web-push';
import type { PushPayload } from '../../../core/push';
import type { Env } from '../../env';

export interface StoredSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** 'gone': the push service says the subscription no longer exists (404 / 410): drop it. */
export type PushOutcome = 'sent' | 'gone' | 'failed';

export interface PushSender {
  send(sub: StoredSubscription, payload: PushPayload): Promise<PushOutcome>;
}

/** Seconds a push service keeps an undelivered reminder (a day: tomorrow it is stale). */
const TTL_SECONDS = 24 * 3600;

export class WebPushSender implements PushSender {
  constructor(private readonly vapid: { subject: string; publicKey: string; privateKey: string }) {}

  async send(sub: StoredSubscription, payload: PushPayload): Promise<PushOutcome> {
    const req = await buildPushPayload(
      { data: { ...payload }, options: { ttl: TTL_SECONDS, topic: topicOf(payload.tag) } },
      {
        endpoint: sub.endpoint,
        expirationTime: null,
        keys: { p256dh: sub.p256dh, auth: sub.auth },
      },
      this.vapid,
    );
    const res = await fetch(sub.endpoint, {
      method: 'POST',
      headers: req.headers,
      body: req.body,
      redirect: 'manual',
    });
    // The body is never needed; release it.
    await res.body?.cancel();
    if (res.status === 404 || res.status === 410) return 'gone';
    return res.ok ? 'sent' : 'failed';
  }
}

/** RFC 8030 Topic: up to 32 base64url characters (a newer message replaces an older one). */
function topicOf(tag: string): string {
  return tag.replace(/[^A-Za-z0-9_-]/g, '').slice(-32) || 'xuke';
}

/** The configured sender, or null when no VAPID key pair is set (push is then skipped). */
export function pushSender(env: Env): PushSender | null {
  if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) return null;
  return new WebPushSender({
    subject: env.VAPID_SUBJECT || 'mailto:xuke@example.gov.cn',
    publicKey: env.VAPID_PUBLIC_KEY,
    privateKey: env.VAPID_PRIVATE_KEY,
  });
}
