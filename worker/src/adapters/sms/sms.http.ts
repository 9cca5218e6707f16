import type { SmsSender } from './sms';

/**
 * Production SMS through an HTTP gateway (the bureau's government SMS platform): the common
 * `{phone, content}` JSON with a bearer key. Nothing is stored locally: texts can hold
 * sign-in codes.
 */
export class HttpSmsSender implements SmsSender {
  readonly provider = 'http';
  constructor(
    private readonly url: string,
    private readonly key: string,
  ) {}

  async send(phone: string, text: string): Promise<void> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.key}` },
      body: JSON.stringify({ phone, content: text }),
    });
    if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
  }
}
