/**
 * Outgoing webhooks end to end: an admin subscribes a receiver (the secret shown once), a case
 * approval writes its events in the approval's own batch without waiting for anyone, the cron
 * delivers them signed (checked here with WebCrypto alone), and a receiver that answers 500 or
 * never answers is retried with exponential backoff until given up, all of it in the log.
 */
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEBHOOK_HEADERS, WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from '../../../core/webhooks';
import type { DeliveryView, WebhookView } from '../../../core/webhooks';
import { appNow, appNowIso } from '../../lib/clock';
import { acceptedNewCase, act, setGrid } from '../../../test/cases';
import { call, count, loginStaff, seedWorld } from '../../../test/fixtures';
import { standInReceiver } from '../../../test/webhook-receiver';
import { expireLicences } from '../grids/grids.counts';
import { deliverWebhooks } from './webhooks.deliver';

let receiver: ReturnType<typeof standInReceiver>;
let admin: string;

beforeEach(async () => {
  await seedWorld();
  receiver = standInReceiver();
  admin = await loginStaff('admin');
});
afterEach(() => receiver.restore());

/** A receiver's check of a delivery, with nothing of ours: HMAC-SHA256 over `timestamp.body`. */
async function verifies(secret: string, headers: Headers, body: string): Promise<boolean> {
  const ts = headers.get(WEBHOOK_HEADERS.timestamp) ?? '';
  const sig = /^v1=([0-9a-f]{64})$/.exec(headers.get(WEBHOOK_HEADERS.signature) ?? '')?.[1];
  if (!sig) return false;
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  const bytes = new Uint8Array(sig.match(/../g)!.map((h) => parseInt(h, 16)));
  return crypto.subtle.verify('HMAC', key, bytes, new TextEncoder().encode(`${ts}.${body}`));
}

async function subscribe(events: string[], url = 'https://hooks.test/xuke') {
  const res = await call('/api/admin/webhooks', { cookie: admin, body: { url, events } });
  expect(res.status).toBe(201);
  return res.json<{ subscription: WebhookView; secret: string }>();
}

async function log(state?: string): Promise<DeliveryView[]> {
  const res = await call(`/api/admin/webhooks/deliveries${state ? `?state=${state}` : ''}`, {
    cookie: admin,
  });
  expect(res.status).toBe(200);
  return (await res.json<{ items: DeliveryView[] }>()).items;
}

/** Approves a 新办 case: the licence is issued and the case moves, in one batch. */
async function approveNewCase(id: string): Promise<void> {
  await setGrid(10, 2);
  await acceptedNewCase(id);
  const res = await act(await loginStaff('approver'), id, { action: 'approve' });
  expect(res.status).toBe(200);
}

describe('webhook subscriptions', () => {
  it('answer the signing secret once, and never again', async () => {
    const { subscription, secret } = await subscribe(['licence.issued']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
    const list = await call('/api/admin/webhooks', { cookie: admin });
    const text = await list.text();
    expect(text).toContain(subscription.id);
    expect(text).not.toContain(secret);
    // Stored encrypted: the table does not hold it either.
    const row = await env.DB.prepare('SELECT * FROM webhook_subscriptions WHERE id = ?')
      .bind(subscription.id)
      .first();
    expect(JSON.stringify(row)).not.toContain(secret.slice(6));
  });

  it('refuse a URL that is not https or points inside, and an unknown event, changing nothing', async () => {
    const before = await count('webhook_subscriptions');
    for (const url of [
      'http://example.com/hook',
      'https://127.0.0.1/hook',
      'https://192.168.1.20/hook',
      'https://localhost/hook',
      'https://user:pw@example.com/hook',
    ]) {
      const res = await call('/api/admin/webhooks', {
        cookie: admin,
        body: { url, events: ['licence.issued'] },
      });
      expect(res.status, url).toBe(400);
      expect((await res.json<{ error: { code: string } }>()).error.code).toBe(
        'WEBHOOK_URL_REFUSED',
      );
    }
    for (const events of [[], ['licence.burned'], ['licence.issued', 'licence.issued']]) {
      const res = await call('/api/admin/webhooks', {
        cookie: admin,
        body: { url: 'https://hooks.test/x', events },
      });
      expect(res.status).toBe(400);
      expect((await res.json<{ error: { code: string } }>()).error.code).toBe('VALIDATION_FAILED');
    }
    expect(await count('webhook_subscriptions')).toBe(before);
  });
});

describe('webhook events and deliveries', () => {
  it('are written with the approval, sent by the cron, signed so a receiver can verify them', async () => {
    const { secret } = await subscribe(['case.transitioned', 'licence.issued']);
    const other = await subscribe(['licence.changed'], 'https://hooks.test/other');
    receiver.answer('hang');
    await approveNewCase('whk_case');
    // The request did not wait for any receiver: nothing was sent yet, two are queued.
    expect(receiver.received).toHaveLength(0);
    const queued = await log('pending');
    expect(queued.map((d) => d.event).sort()).toEqual(['case.transitioned', 'licence.issued']);
    expect(queued.every((d) => d.subscriptionId !== other.subscription.id)).toBe(true);

    receiver.answer(204);
    const run = await deliverWebhooks(env, appNow(env));
    expect(run).toEqual({ sent: 2, retried: 0, failed: 0 });
    expect(receiver.received).toHaveLength(2);
    for (const hook of receiver.received) {
      expect(hook.url).toBe('https://hooks.test/xuke');
      expect(hook.headers.get('content-type')).toBe('application/json');
      expect(await verifies(secret, hook.headers, hook.body)).toBe(true);
      // Any change to the body, or another secret, breaks the signature.
      expect(await verifies(secret, hook.headers, `${hook.body} `)).toBe(false);
      expect(await verifies(`${secret}x`, hook.headers, hook.body)).toBe(false);
      const ts = Number(hook.headers.get(WEBHOOK_HEADERS.timestamp));
      expect(Math.abs(ts - appNow(env).getTime() / 1000)).toBeLessThan(60);
    }
    const bodies = receiver.received.map(
      (h) => JSON.parse(h.body) as { id: string; type: string; data: Record<string, unknown> },
    );
    const licence = bodies.find((b) => b.type === 'licence.issued')!;
    const issued = await env.DB.prepare(
      'SELECT l.id, l.number FROM licences l JOIN applications a ON a.licence_id = l.id WHERE a.id = ?',
    )
      .bind('whk_case')
      .first<{ id: string; number: string }>();
    expect(licence.data).toMatchObject({
      licenceId: issued!.id,
      number: issued!.number,
      status: 'active',
      change: null,
    });
    const move = bodies.find((b) => b.type === 'case.transitioned')!;
    expect(move.data).toMatchObject({
      applicationId: 'whk_case',
      action: 'approve',
      from: 'accepted',
      to: 'approved',
      actor: 'staff',
      licenceId: issued!.id,
    });
    const sent = await log('sent');
    expect(sent).toHaveLength(2);
    expect(sent.every((d) => d.attempts === 1 && d.lastStatus === 204 && d.deliveredAt)).toBe(true);
    // Delivered once: another run sends nothing.
    expect((await deliverWebhooks(env, appNow(env))).sent).toBe(0);
    expect(receiver.received).toHaveLength(2);
  });

  it('retries a receiver that answers 500 or never answers, backing off, until it gives up', async () => {
    await subscribe(['licence.issued']);
    await approveNewCase('whk_retry');
    let now = appNow(env);
    receiver.answer(500);
    expect(await deliverWebhooks(env, now)).toEqual({ sent: 0, retried: 1, failed: 0 });
    let [d] = await log();
    expect(d).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastStatus: 500,
      lastError: 'HTTP 500',
    });
    expect(Date.parse(d!.nextAttemptAt!) - now.getTime()).toBe(webhookRetryDelayMs(1));
    // Not due yet: nothing is sent before the backoff has passed.
    expect(await deliverWebhooks(env, new Date(now.getTime() + 30_000))).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
    });
    expect(receiver.received).toHaveLength(1);

    receiver.answer('hang');
    for (let attempt = 2; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
      now = new Date(Date.parse(d!.nextAttemptAt!));
      await deliverWebhooks(env, now, { timeoutMs: 20 });
      [d] = await log();
      expect(d!.attempts).toBe(attempt);
      expect(d!.lastError).toBe('timeout');
      expect(d!.lastStatus).toBeNull();
      if (attempt < WEBHOOK_MAX_ATTEMPTS) {
        expect(Date.parse(d!.nextAttemptAt!) - now.getTime()).toBe(webhookRetryDelayMs(attempt));
      }
    }
    expect(d).toMatchObject({ state: 'failed', nextAttemptAt: null });
    expect(webhookRetryDelayMs(2)).toBe(2 * webhookRetryDelayMs(1));
    expect(webhookRetryDelayMs(30)).toBe(6 * 3600_000);

    // The admin sends it again: a fresh round, delivered now that the receiver is back.
    const retry = await call(`/api/admin/webhooks/deliveries/${d!.id}/retry`, {
      cookie: admin,
      method: 'POST',
    });
    expect(retry.status).toBe(200);
    receiver.answer(200);
    expect((await deliverWebhooks(env, appNow(env))).sent).toBe(1);
    const [done] = await log();
    expect(done).toMatchObject({ state: 'sent', attempts: 1, lastStatus: 200 });
    // Only a given-up delivery can be resent.
    const again = await call(`/api/admin/webhooks/deliveries/${d!.id}/retry`, {
      cookie: admin,
      method: 'POST',
    });
    expect(again.status).toBe(409);
  });

  it('hears nothing while paused, and reports a licence that expired as licence.changed', async () => {
    const { subscription } = await subscribe(['licence.changed']);
    const setActive = (version: number, active: boolean) =>
      call(`/api/admin/webhooks/${subscription.id}`, {
        cookie: admin,
        method: 'PUT',
        body: { version, active },
      });
    await approveNewCase('whk_lapse');
    // Its term ends (again, after the first time is undone by hand).
    const expire = () =>
      env.DB.prepare(
        `UPDATE licences SET expires_on = '2000-01-01', status = 'active'
         WHERE id = (SELECT licence_id FROM applications WHERE id = 'whk_lapse') RETURNING id`,
      ).first<{ id: string }>();
    expect((await setActive(1, false)).status).toBe(200);
    await expire();
    await expireLicences(env.DB, '2026-01-01', appNowIso(env));
    expect(await count('webhook_deliveries')).toBe(0);

    expect((await setActive(2, true)).status).toBe(200);
    const second = await expire();
    await expireLicences(env.DB, '2026-01-01', appNowIso(env));
    const [queued] = await log('pending');
    expect(queued).toMatchObject({ event: 'licence.changed', state: 'pending', attempts: 0 });
    expect((await deliverWebhooks(env, appNow(env))).sent).toBe(1);
    const body = JSON.parse(receiver.received[0]!.body) as { type: string; data: unknown };
    expect(body.type).toBe('licence.changed');
    expect(body.data).toMatchObject({
      licenceId: second!.id,
      status: 'expired',
      change: 'expired',
    });
  });
});
