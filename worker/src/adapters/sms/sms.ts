import type { Env } from '../../env';
import { appNowIso } from '../../lib/clock';
import { HttpSmsSender } from './sms.http';
import { OutboxSmsSender } from './sms.outbox';

/** Sends one text message to a mainland mobile number. */
export interface SmsSender {
  readonly provider: string;
  send(phone: string, text: string): Promise<void>;
  /**
   * For senders backed by D1 (the local outbox): the insert, so the message commits in the
   * same transaction as the change it reports. Network senders have none.
   */
  stage?(phone: string, text: string): D1PreparedStatement;
}

/** The configured SMS adapter: `outbox` (local, dev outbox in D1) or `http` (a gateway). */
export function smsSender(env: Env): SmsSender {
  switch (env.SMS_PROVIDER) {
    case 'http':
      if (!env.SMS_API_URL || !env.SMS_API_KEY) throw new Error('SMS_API_URL/SMS_API_KEY unset');
      return new HttpSmsSender(env.SMS_API_URL, env.SMS_API_KEY);
    default:
      return new OutboxSmsSender(env.DB, () => appNowIso(env));
  }
}
