import type { SmsSender } from './sms';

/** Local SMS: messages land in the `sms_outbox` table, readable at GET /api/dev/outbox. */
export class OutboxSmsSender implements SmsSender {
  readonly provider = 'outbox';
  constructor(private readonly d1: D1Database) {}

  async send(phone: string, text: string): Promise<void> {
    await this.stage(phone, text).run();
  }

  stage(phone: string, text: string): D1PreparedStatement {
    return this.d1
      .prepare(
        `INSERT INTO sms_outbox (id, phone, text, provider, created_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .bind(crypto.randomUUID(), phone, text, this.provider, new Date().toISOString());
  }
}
