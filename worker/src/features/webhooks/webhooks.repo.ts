/** Reads of webhook subscriptions and their delivery log, as admins see them. */
import type { DeliveryView, WebhookEvent, WebhookView } from '../../../core/webhooks';
import { AppError } from '../../lib/errors';

export interface SubscriptionRow {
  id: string;
  url: string;
  description: string | null;
  events_json: string;
  active: number;
  created_at: string;
  version: number;
  pending: number;
  failed: number;
}

const SELECT = `SELECT s.id, s.url, s.description, s.events_json, s.active, s.created_at, s.version,
  (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.subscription_id = s.id AND d.state = 'pending') AS pending,
  (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.subscription_id = s.id AND d.state = 'failed') AS failed
  FROM webhook_subscriptions s`;

export const subscriptionView = (r: SubscriptionRow): WebhookView => ({
  id: r.id,
  url: r.url,
  description: r.description,
  events: JSON.parse(r.events_json) as WebhookEvent[],
  active: r.active === 1,
  createdAt: r.created_at,
  version: r.version,
  pending: r.pending,
  failed: r.failed,
});

export async function listSubscriptions(d1: D1Database): Promise<WebhookView[]> {
  const rows = await d1.prepare(`${SELECT} ORDER BY s.created_at DESC`).all<SubscriptionRow>();
  return rows.results.map(subscriptionView);
}

/** One subscription, or NOT_FOUND. */
export async function findSubscription(d1: D1Database, id: string): Promise<SubscriptionRow> {
  const row =
    id.length <= 64
      ? await d1.prepare(`${SELECT} WHERE s.id = ?`).bind(id).first<SubscriptionRow>()
      : null;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

interface DeliveryRow {
  id: string;
  subscription_id: string;
  url: string;
  event: WebhookEvent;
  event_id: string;
  state: DeliveryView['state'];
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  last_attempt_at: string | null;
  next_attempt_at: string | null;
  delivered_at: string | null;
  created_at: string;
}

const deliveryView = (r: DeliveryRow): DeliveryView => ({
  id: r.id,
  subscriptionId: r.subscription_id,
  url: r.url,
  event: r.event,
  eventId: r.event_id,
  state: r.state,
  attempts: r.attempts,
  lastStatus: r.last_status,
  lastError: r.last_error,
  lastAttemptAt: r.last_attempt_at,
  // A claimed row's lease is not a planned attempt.
  nextAttemptAt: r.state === 'pending' ? r.next_attempt_at : null,
  deliveredAt: r.delivered_at,
  createdAt: r.created_at,
});

const DELIVERY_SELECT = `SELECT d.id, d.subscription_id, s.url, d.event, d.event_id, d.state,
  d.attempts, d.last_status, d.last_error, d.last_attempt_at, d.next_attempt_at, d.delivered_at,
  d.created_at FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id`;

/** The delivery log, newest first. */
export async function listDeliveries(
  d1: D1Database,
  q: { subscriptionId?: string; state?: DeliveryView['state']; limit: number },
): Promise<DeliveryView[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.subscriptionId) {
    where.push('d.subscription_id = ?');
    params.push(q.subscriptionId);
  }
  if (q.state) {
    where.push('d.state = ?');
    params.push(q.state);
  }
  const rows = await d1
    .prepare(
      `${DELIVERY_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY d.created_at DESC, d.id LIMIT ?`,
    )
    .bind(...params, q.limit)
    .all<DeliveryRow>();
  return rows.results.map(deliveryView);
}

export async function findDelivery(d1: D1Database, id: string): Promise<DeliveryView> {
  const row =
    id.length <= 64
      ? await d1.prepare(`${DELIVERY_SELECT} WHERE d.id = ?`).bind(id).first<DeliveryRow>()
      : null;
  if (!row) throw new AppError('NOT_FOUND');
  return deliveryView(row);
}
