/**
 * The failed-token-attempt counters at pinned instants: a window opens at the first failure,
 * trips exactly once at the limit, says how long to wait, and is over `windowSeconds` after
 * it opened, whatever the calendar (the eve of the Spring Festival, midnight in China).
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDb } from '../../../test/fixtures';
import {
  claimedTokenId,
  countFailure,
  throttledFor,
  type ThrottleKey,
} from './api-tokens.throttle';

const WINDOW = 900;
const ip: ThrottleKey = { key: 'token:ip:203.0.113.5', limit: 3, scope: 'ip', subject: '' };
const id: ThrottleKey = { key: 'token:id:abcdEFGH12', limit: 2, scope: 'token', subject: '' };
const at = (iso: string) => new Date(iso);

beforeEach(resetDb);

describe('failed token attempt counters', () => {
  it('trips each key once, at its limit, and answers the wait until the window ends', async () => {
    // 23:55 on 2026-02-16 in China (the eve of the Spring Festival).
    const t0 = '2026-02-16T15:55:00.000Z';
    expect(await countFailure(env.DB, [ip, id], WINDOW, at(t0))).toEqual([]);
    expect(await throttledFor(env.DB, [ip, id], WINDOW, at(t0))).toBe(0);
    const second = await countFailure(env.DB, [ip, id], WINDOW, at('2026-02-16T15:58:00.000Z'));
    expect(second).toEqual([{ key: id, failures: 2 }]);
    // Past midnight in China the window still runs from the first failure: 10 minutes remain.
    expect(await throttledFor(env.DB, [id], WINDOW, at('2026-02-16T16:00:00.000Z'))).toBe(600);
    expect(await throttledFor(env.DB, [ip], WINDOW, at('2026-02-16T16:00:00.000Z'))).toBe(0);
    const third = await countFailure(env.DB, [ip, id], WINDOW, at('2026-02-16T16:01:00.000Z'));
    expect(third).toEqual([{ key: ip, failures: 3 }]);
    // A fourth failure trips nothing again (audited once per window).
    expect(await countFailure(env.DB, [ip, id], WINDOW, at('2026-02-16T16:02:00.000Z'))).toEqual(
      [],
    );
    // Both windows opened at 15:55 and end at 16:10; part of a second counts as a whole one.
    expect(await throttledFor(env.DB, [ip, id], WINDOW, at('2026-02-16T16:05:00.500Z'))).toBe(300);
  });

  it('starts a new window once the old one is over', async () => {
    for (const t of ['2026-12-31T15:50:00.000Z', '2026-12-31T15:51:00.000Z'])
      await countFailure(env.DB, [id], WINDOW, at(t));
    expect(await throttledFor(env.DB, [id], WINDOW, at('2026-12-31T16:04:59.000Z'))).toBe(1);
    // 15 minutes after the first failure: over, on New Year's Day in China.
    expect(await throttledFor(env.DB, [id], WINDOW, at('2026-12-31T16:05:00.000Z'))).toBe(0);
    expect(await countFailure(env.DB, [id], WINDOW, at('2026-12-31T16:05:00.000Z'))).toEqual([]);
    const row = await env.DB.prepare('SELECT window_start, count FROM rate_limits WHERE key = ?')
      .bind(id.key)
      .first();
    expect(row).toEqual({ window_start: '2026-12-31T16:05:00.000Z', count: 1 });
  });

  it('reads the claimed token id from a bearer value, even a malformed one', () => {
    expect(claimedTokenId('Bearer xk_abcdEFGH12_short')).toBe('abcdEFGH12');
    expect(claimedTokenId('bearer   xk_abcdEFGH12_' + 'a'.repeat(43))).toBe('abcdEFGH12');
    expect(claimedTokenId('Bearer abc')).toBeNull();
    expect(claimedTokenId('Bearer xk_short_x')).toBeNull();
    expect(claimedTokenId(undefined)).toBeNull();
  });
});
