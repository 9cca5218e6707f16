import { getDb } from '../../db/client';
import { smsOutbox } from '../../db/schema';
import type { SmsSender } from './sms';

/** Local SMS: messages land in the `sms_outbox` table, readable at GET /api/dev/outbox. */
export class OutboxSmsSender implements SmsSender {
  readonly provider = 'outbox';
  constructor(private readonly d1: D1Database) {}

  async send(phone: string, text: string): Promise<void> {
    await getDb(this.d1)
      .insert(smsOutbox)
      .values({ id: crypto.randomUUID(), phone, text, provider: this.provider });
  }
}
