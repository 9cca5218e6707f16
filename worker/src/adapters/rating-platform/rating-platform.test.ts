/**
 * The provincial rating platform's adapter: the documented payload, delivery through the HTTP
 * implementation against a stand-in endpoint (a plain function in place of the network), retries
 * with backoff until it is taken, giving up after MAX_ATTEMPTS, and never sending twice when two
 * runs overlap.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedWorld, WEICHENG } from '../../../test/fixtures';
import { finishedCase } from '../../../test/ratings';
import { HttpRatingPlatform } from './rating-platform.http';
import {
  deliverDue,
  MAX_ATTEMPTS,
  platformPayload,
  retryDelayMs,
  stagePlatformRecord,
} from './rating-platform.outbox';

const T0 = new Date('2026-03-02T02:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

/** A stand-in platform endpoint: answers with the statuses given, in turn, and keeps requests. */
function endpoint(statuses: number[]) {
  const seen: { headers: Headers; body: unknown }[] = [];
  const fetcher: typeof fetch = async (_url, init) => {
    seen.push({
      headers: new Headers(init?.headers),
      body: JSON.parse(String(init?.body)) as unknown,
    });
    return new Response('{}', { status: statuses[seen.length - 1] ?? 200 });
  };
  return {
    seen,
    platform: new HttpRatingPlatform('https://pj.example.gov.cn/api', 'k3y', fetcher),
  };
}

async function staged(ratingId = 'rt_1'): Promise<unknown> {
  await env.DB.prepare(
    `INSERT INTO ratings (id, application_id, applicant_id, jurisdiction_code, overall, efficiency,
       guide, convenience, ease, ended_on, rated_on, idempotency_key)
     VALUES (?, 'fin_1', 'apl_a', ?, 'dissatisfied', 'basic', 'satisfied', 'basic',
       'very_satisfied', '2026-02-27', '2026-03-02', ?)`,
  )
    .bind(ratingId, WEICHENG, `key-${ratingId}`)
    .run();
  const payload = await platformPayload(
    {
      ratingId,
      applicantId: 'apl_a',
      caseRef: 'XK-370702-2026-000001',
      unitCode: WEICHENG,
      type: 'new',
      endedOn: '2026-02-27',
      ratedAt: T0.toISOString(),
      overall: 'dissatisfied',
      indicators: {
        efficiency: 'basic',
        guide: 'satisfied',
        convenience: 'basic',
        ease: 'very_satisfied',
      },
      comment: '等待时间较长',
      hasPhoto: false,
    },
    'secret',
  );
  await stagePlatformRecord(env.DB, ratingId, payload, 'http', T0.toISOString()).run();
  return payload;
}

const row = () =>
  env.DB.prepare(
    'SELECT state, attempts, next_attempt_at, last_error, sent_at FROM rating_platform_outbox',
  ).first<{
    state: string;
    attempts: number;
    next_attempt_at: string | null;
    last_error: string | null;
    sent_at: string | null;
  }>();

beforeEach(async () => {
  await seedWorld();
  await finishedCase('fin_1', 'apl_a', WEICHENG, 'refused', '2026-02-27');
});

describe('the platform payload', () => {
  it('has the documented shape, scores 5…1, and no name, phone or applicant id', async () => {
    const payload = await staged();
    expect(payload).toMatchObject({
      schema: 'xuke.rating/1',
      ratingId: 'rt_1',
      caseRef: 'XK-370702-2026-000001',
      unitCode: '370702',
      service: { code: 'new', name: '烟草专卖零售许可证新办' },
      channel: 'app',
      endedOn: '2026-02-27',
      ratedAt: '2026-03-02T02:00:00.000Z',
      overall: { level: 'dissatisfied', score: 2, label: '不满意' },
      indicators: {
        efficiency: { level: 'basic', score: 3, label: '基本满意' },
        guide: { level: 'satisfied', score: 4, label: '满意' },
        convenience: { level: 'basic', score: 3, label: '基本满意' },
        ease: { level: 'very_satisfied', score: 5, label: '非常满意' },
      },
      comment: '等待时间较长',
      hasPhoto: false,
    });
    expect((payload as { rater: string }).rater).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(payload)).not.toMatch(/apl_a|王建国|13900000001/);
  });
});

describe('delivery with retries', () => {
  it('posts JSON with the key and idempotency key; retries with backoff until taken', async () => {
    const payload = await staged();
    const { seen, platform } = endpoint([503, 500, 200]);
    expect(await deliverDue(env.DB, platform, T0)).toBe(0);
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer k3y');
    expect(seen[0]?.headers.get('idempotency-key')).toBe('rt_1');
    expect(seen[0]?.headers.get('content-type')).toBe('application/json');
    expect(seen[0]?.body).toEqual(payload);
    let r = await row();
    expect(r).toMatchObject({ state: 'pending', attempts: 1, sent_at: null });
    expect(r?.next_attempt_at).toBe(at(retryDelayMs(1)).toISOString());
    expect(r?.last_error).toContain('503');
    // Not due yet: nothing is sent.
    expect(await deliverDue(env.DB, platform, at(retryDelayMs(1) - 1))).toBe(0);
    expect(seen).toHaveLength(1);
    await deliverDue(env.DB, platform, at(retryDelayMs(1)));
    r = await row();
    expect(r).toMatchObject({ state: 'pending', attempts: 2 });
    const third = at(retryDelayMs(1) + retryDelayMs(2));
    expect(await deliverDue(env.DB, platform, third)).toBe(1);
    expect(await row()).toMatchObject({ state: 'sent', attempts: 3, next_attempt_at: null });
    expect((await row())?.sent_at).toBe(third.toISOString());
    expect(seen).toHaveLength(3);
  });

  it('backs off exponentially (1, 2, 4 … minutes, at most 6 hours) and gives up after MAX_ATTEMPTS', async () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(6 * 3600_000);
    await staged();
    const { seen, platform } = endpoint(Array<number>(MAX_ATTEMPTS + 2).fill(502));
    let now = T0;
    for (let i = 1; i <= MAX_ATTEMPTS; i++) {
      await deliverDue(env.DB, platform, now);
      now = at(now.getTime() - T0.getTime() + retryDelayMs(i));
    }
    expect(await row()).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS });
    await deliverDue(env.DB, platform, at(30 * 86400_000));
    expect(seen).toHaveLength(MAX_ATTEMPTS);
  });

  it('two runs at once send a record once', async () => {
    await staged();
    const { seen, platform } = endpoint([200, 200]);
    const [a, b] = await Promise.all([
      deliverDue(env.DB, platform, T0),
      deliverDue(env.DB, platform, T0),
    ]);
    expect(a + b).toBe(1);
    expect(seen).toHaveLength(1);
  });
});
