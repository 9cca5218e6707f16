/**
 * Outgoing webhooks (core/webhooks.ts): admins' subscriptions, and the outbox of deliveries the
 * cron sends with retries. A delivery row is written in the same batch as the event it reports.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { DELIVERY_STATES } from '../../../core/webhooks';
import { now } from './columns';
import { staffUsers } from './people';

export const webhookSubscriptions = sqliteTable('webhook_subscriptions', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  description: text('description'),
  /** JSON array of core/webhooks WEBHOOK_EVENTS; matched with json_each when an event fans out. */
  eventsJson: text('events_json').notNull(),
  /** The signing secret, encrypted with PII_KEY: shown once, needed again for every signature. */
  secretEnc: text('secret_enc').notNull(),
  active: integer('active').notNull().default(1),
  version: integer('version').notNull().default(1),
  createdBy: text('created_by').references(() => staffUsers.id),
  createdAt: text('created_at').notNull().default(now),
});

export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    subscriptionId: text('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    /** The event's own id: one event sent to two subscriptions shares it. */
    eventId: text('event_id').notNull(),
    /** The exact body sent (and signed) on every attempt. */
    payloadJson: text('payload_json').notNull(),
    state: text('state', { enum: DELIVERY_STATES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    lastAttemptAt: text('last_attempt_at'),
    deliveredAt: text('delivered_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('webhook_deliveries_due').on(t.state, t.nextAttemptAt),
    index('webhook_deliveries_log').on(t.subscriptionId, t.createdAt),
  ],
);
