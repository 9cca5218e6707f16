/**
 * Outgoing webhooks (开放接口 · 事件推送): what other systems may subscribe to, how a
 * subscription is written, how deliveries are retried, and what admins see of them.
 * Every payload is `{id, type, occurredAt, data}`, signed as described in the README.
 */
import { z } from 'zod';
import type { BusinessType } from './business-types';
import { plainText } from './fields';

/** The events a subscription may name. */
export const WEBHOOK_EVENTS = ['case.transitioned', 'licence.issued', 'licence.changed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, { zh: string; en: string }> = {
  'case.transitioned': { zh: '案件状态变化', en: 'Case status changed' },
  'licence.issued': { zh: '许可证核发', en: 'Licence issued' },
  'licence.changed': {
    zh: '许可证变更（延续、变更、停业、恢复、补办、注销、到期）',
    en: 'Licence changed',
  },
};

/** What happened to a licence, in `licence.changed`'s `data.change`. */
export const LICENCE_CHANGES = [
  'renewed',
  'changed',
  'suspended',
  'resumed',
  'reissued',
  'cancelled',
  'expired',
] as const;
export type LicenceChange = (typeof LICENCE_CHANGES)[number];

/** What approving each business type does to its licence (null: a new licence is issued). */
export const LICENCE_CHANGE_OF: Record<BusinessType, LicenceChange | null> = {
  new: null,
  renewal: 'renewed',
  change: 'changed',
  suspension: 'suspended',
  resume: 'resumed',
  reissue: 'reissued',
  closure: 'cancelled',
};

export const DELIVERY_STATES = ['pending', 'sent', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export const DELIVERY_STATE_LABELS: Record<DeliveryState, { zh: string; en: string }> = {
  pending: { zh: '待投递', en: 'Pending' },
  sent: { zh: '已送达', en: 'Delivered' },
  failed: { zh: '已放弃', en: 'Given up' },
};

/** Attempts before a delivery is given up (state `failed`; an admin may send it again). */
export const WEBHOOK_MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 6 * 3600_000;

/**
 * Wait before the next attempt after `attempts` failed ones: one minute, doubling, at most six
 * hours. Example: webhookRetryDelayMs(3) === 240_000.
 */
export function webhookRetryDelayMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
}

/** Header names of a delivery; the signature is `v1=` + hex HMAC-SHA256 of `timestamp.body`. */
export const WEBHOOK_HEADERS = {
  event: 'x-xuke-event',
  delivery: 'x-xuke-delivery',
  timestamp: 'x-xuke-timestamp',
  signature: 'x-xuke-signature',
} as const;

const events = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1)
  .max(WEBHOOK_EVENTS.length)
  .refine((e) => new Set(e).size === e.length, 'repeated event');

export const webhookCreateSchema = z.strictObject({
  url: z.string().trim().min(8).max(500),
  events,
  description: plainText(1, 100).optional(),
});

export const webhookUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  url: z.string().trim().min(8).max(500).optional(),
  events: events.optional(),
  description: plainText(1, 100).optional(),
  active: z.boolean().optional(),
});

export const deliveryQuerySchema = z.strictObject({
  subscriptionId: z.string().min(1).max(64).optional(),
  state: z.enum(DELIVERY_STATES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export interface WebhookView {
  id: string;
  url: string;
  description: string | null;
  events: WebhookEvent[];
  active: boolean;
  createdAt: string;
  version: number;
  pending: number;
  failed: number;
}

export interface DeliveryView {
  id: string;
  subscriptionId: string;
  url: string;
  event: WebhookEvent;
  eventId: string;
  state: DeliveryState;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}
