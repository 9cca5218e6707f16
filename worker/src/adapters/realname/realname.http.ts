import type { RealnameChecker, RealnameResult } from './realname';

/** Real-name verification through the bureau's identity service (`{name, idNumber}` → `{match}`). */
export class HttpRealnameChecker implements RealnameChecker {
  readonly provider = 'http';
  constructor(
    private readonly url: string,
    private readonly key: string,
  ) {}

  async check(name: string, idNumber: string): Promise<RealnameResult> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.key}` },
      body: JSON.stringify({ name, idNumber }),
    });
    if (!res.ok) return { ok: false, reason: 'unavailable' };
    const body = (await res.json()) as { match?: unknown };
    return body.match === true ? { ok: true } : { ok: false, reason: 'mismatch' };
  }
}
