/**
 * 事件推送 (admins only): webhook subscriptions created (the signing secret shown once),
 * changed, paused and deleted, and the delivery log with a resend for given-up deliveries.
 * Every change is audited. Deliveries themselves run in the cron (webhooks.deliver.ts).
 */
import { Hono } from 'hono';
import {
  deliveryQuerySchema,
  webhookCreateSchema,
  webhookUpdateSchema,
} from '../../../core/webhooks';
import { webhookUrlProblem } from './webhooks.url';
import type { AppEnv, Ctx } from '../../app-env';
import { config } from '../../env';
import { appNowIso } from '../../lib/clock';
import { encryptPii, randomToken } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { json, query } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import {
  findDelivery,
  findSubscription,
  listDeliveries,
  listSubscriptions,
  subscriptionView,
} from './webhooks.repo';

function checkUrl(c: Ctx, url: string): void {
  const problem = webhookUrlProblem(url, config(c.env).webhookExtraHosts);
  if (problem) throw new AppError('WEBHOOK_URL_REFUSED', [{ path: 'url', message: problem }]);
}

export const webhookRoutes = new Hono<AppEnv>()
  .use(requireStaff('admin'))
  .get('/', async (c) => c.json({ items: await listSubscriptions(c.env.DB) }))
  .post('/', json(webhookCreateSchema), async (c) => {
    const body = c.req.valid('json');
    checkUrl(c, body.url);
    const id = `whk_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const secret = `whsec_${randomToken(32)}`;
    const now = appNowIso(c.env);
    await c.env.DB.prepare(
      `INSERT INTO webhook_subscriptions (id, url, description, events_json, secret_enc, active,
         version, created_by, created_at) VALUES (?, ?, ?, ?, ?, 1, 1, ?, ?)`,
    )
      .bind(
        id,
        body.url,
        body.description ?? null,
        JSON.stringify(body.events),
        await encryptPii(c.env.PII_KEY, secret),
        staffOf(c).id,
        now,
      )
      .run();
    await audit(c, {
      event: 'webhook_created',
      subjectType: 'webhook',
      subjectId: id,
      detail: { url: body.url, events: body.events },
    });
    // The only time the secret leaves the worker: the receiver's operator copies it now.
    const subscription = subscriptionView(await findSubscription(c.env.DB, id));
    return c.json({ subscription, secret }, 201);
  })
  .put('/:id', json(webhookUpdateSchema), async (c) => {
    const body = c.req.valid('json');
    const row = await findSubscription(c.env.DB, c.req.param('id'));
    if (row.version !== body.version) throw new AppError('CONFLICT');
    if (body.url !== undefined) checkUrl(c, body.url);
    const res = await c.env.DB.prepare(
      `UPDATE webhook_subscriptions SET url = ?, description = ?, events_json = ?, active = ?,
         version = version + 1 WHERE id = ? AND version = ?`,
    )
      .bind(
        body.url ?? row.url,
        body.description ?? row.description,
        body.events ? JSON.stringify(body.events) : row.events_json,
        body.active === undefined ? row.active : body.active ? 1 : 0,
        row.id,
        row.version,
      )
      .run();
    if (res.meta.changes !== 1) throw new AppError('CONFLICT');
    const { version: _v, ...changed } = body;
    await audit(c, {
      event: 'webhook_changed',
      subjectType: 'webhook',
      subjectId: row.id,
      detail: changed,
    });
    return c.json({ subscription: subscriptionView(await findSubscription(c.env.DB, row.id)) });
  })
  .delete('/:id', async (c) => {
    const row = await findSubscription(c.env.DB, c.req.param('id'));
    // Its deliveries go with it (ON DELETE CASCADE).
    await c.env.DB.prepare('DELETE FROM webhook_subscriptions WHERE id = ?').bind(row.id).run();
    await audit(c, {
      event: 'webhook_deleted',
      subjectType: 'webhook',
      subjectId: row.id,
      detail: { url: row.url },
    });
    return c.json({ ok: true });
  })
  .get('/deliveries', query(deliveryQuerySchema), async (c) =>
    c.json({ items: await listDeliveries(c.env.DB, c.req.valid('query')) }),
  )
  .post('/deliveries/:id/retry', async (c) => {
    const d = await findDelivery(c.env.DB, c.req.param('id'));
    if (d.state !== 'failed') throw new AppError('WEBHOOK_DELIVERY_NOT_FAILED');
    // A fresh round of attempts, from the next cron run on.
    const res = await c.env.DB.prepare(
      `UPDATE webhook_deliveries SET state = 'pending', attempts = 0, next_attempt_at = ?
       WHERE id = ? AND state = 'failed'`,
    )
      .bind(appNowIso(c.env), d.id)
      .run();
    if (res.meta.changes !== 1) throw new AppError('WEBHOOK_DELIVERY_NOT_FAILED');
    await audit(c, { event: 'webhook_delivery_retried', subjectType: 'webhook', subjectId: d.id });
    return c.json({ delivery: await findDelivery(c.env.DB, d.id) });
  });
