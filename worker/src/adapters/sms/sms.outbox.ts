import { desc, eq } from 'drizzle-orm';
import type { OutboxMessage } from '../../../core/api';
import { getDb } from '../../db/client';
import { smsOutbox } from '../../db/schema';
import type { SmsSender } from './sms';

/** Local SMS: messages land in the `sms_outbox` table, readable at GET /api/dev/outbox. */
export class OutboxSmsSender implements SmsSender {
  readonly provider = 'outbox';
  /** `now` is the app's clock (lib/clock.ts), so pinned dates reach the outbox too. */
  constructor(
    private readonly d1: D1Database,
    private readonly now: () => string,
  ) {}

  async send(phone: string, text: string): Promise<void> {
    await this.stage(phone, text).run();
  }

  stage(phone: string, text: string): D1PreparedStatement {
    return this.d1
      .prepare(
        `INSERT INTO sms_outbox (id, phone, text, provider, created_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .bind(crypto.randomUUID(), phone, text, this.provider, this.now());
  }
}

/** The latest 50 messages of the local outbox, newest first; only `phone`'s when given. */
export async function latestOutbox(d1: D1Database, phone?: string): Promise<OutboxMessage[]> {
  const rows = await getDb(d1)
    .select()
    .from(smsOutbox)
    .where(phone ? eq(smsOutbox.phone, phone) : undefined)
    .orderBy(desc(smsOutbox.createdAt))
    .limit(50);
  return rows.map((r) => ({ id: r.id, phone: r.phone, text: r.text, createdAt: r.createdAt }));
}
