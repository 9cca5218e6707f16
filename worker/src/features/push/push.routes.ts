import { Hono } from 'hono';
import {
  pushEndpointProblem,
  pushKeysProblem,
  pushSubscriptionSchema,
  pushUnsubscribeSchema,
  fromBase64Url,
} from '../../../core/push';
import type { AppEnv } from '../../app-env';
import { config } from '../../env';
import { appNowIso } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { applicantOf, requireApplicant } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { deleteSubscription, saveSubscription, subscriptionsOf } from './push.repo';

/** Whether the bytes are a point on P-256 (WebCrypto refuses anything else). */
async function onCurve(p256dh: string): Promise<boolean> {
  const raw = fromBase64Url(p256dh);
  if (!raw) return false;
  try {
    await crypto.subtle.importKey('raw', raw, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    return true;
  } catch {
    return false;
  }
}

/**
 * The applicant's browsers that get reminders by Web Push. The PWA subscribes only after the
 * applicant switches reminders on (设置 → 提醒), with the public key from GET.
 */
export const pushRoutes = new Hono<AppEnv>()
  .use(requireApplicant)
  .get('/', async (c) => {
    const subs = await subscriptionsOf(c.env.DB, applicantOf(c).id);
    return c.json({
      publicKey: c.env.VAPID_PUBLIC_KEY ?? null,
      endpoints: subs.map((s) => s.endpoint),
    });
  })
  .post('/', json(pushSubscriptionSchema), async (c) => {
    const sub = c.req.valid('json');
    const problem = pushEndpointProblem(sub.endpoint, config(c.env).pushExtraHosts);
    if (problem) {
      throw new AppError('PUSH_ENDPOINT_INVALID', [{ path: 'endpoint', message: problem }]);
    }
    const keyProblem =
      pushKeysProblem(sub.keys) ?? ((await onCurve(sub.keys.p256dh)) ? null : 'p256dh');
    if (keyProblem) {
      throw new AppError('PUSH_KEY_INVALID', [
        { path: `keys.${keyProblem}`, message: 'malformed' },
      ]);
    }
    const p = applicantOf(c);
    await saveSubscription(
      c.env.DB,
      p.id,
      { endpoint: sub.endpoint, ...sub.keys },
      appNowIso(c.env),
    );
    await audit(c, {
      event: 'push_subscribed',
      subjectType: 'applicant',
      subjectId: p.id,
      detail: { host: new URL(sub.endpoint).hostname },
    });
    return c.json({ ok: true }, 201);
  })
  .delete('/', json(pushUnsubscribeSchema), async (c) => {
    const p = applicantOf(c);
    const removed = await deleteSubscription(c.env.DB, p.id, c.req.valid('json').endpoint);
    if (!removed) throw new AppError('NOT_FOUND');
    await audit(c, { event: 'push_unsubscribed', subjectType: 'applicant', subjectId: p.id });
    return c.json({ ok: true });
  });
