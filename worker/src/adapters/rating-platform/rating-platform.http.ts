import type { RatingPlatform } from './rating-platform';

/** How long one delivery may take before it counts as failed (and is retried later). */
const TIMEOUT_MS = 10_000;

/**
 * Production: POSTs the documented payload (rating-platform.ts) with a bearer key and the
 * rating's id as idempotency key, so a retry after a lost answer is not counted twice.
 */
export class HttpRatingPlatform implements RatingPlatform {
  readonly provider = 'http';
  constructor(
    private readonly url: string,
    private readonly key: string,
    /** The fetch to use (the worker's own by default). */
    private readonly fetcher: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  async send(ratingId: string, payload: unknown): Promise<void> {
    const res = await this.fetcher(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${this.key}`,
        'idempotency-key': ratingId,
      },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`rating platform answered ${res.status}`);
  }
}
