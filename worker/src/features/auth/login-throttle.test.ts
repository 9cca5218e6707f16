import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../core/errors';
import { call, count, PASSWORD, seedWorld } from '../../../test/fixtures';
import { backoffSchedule } from './login-throttle';

const ATTACKER = '203.0.113.66';
const WINDOW = '198.51.100.7';

function login(username: string, password: string, ip: string): Promise<Response> {
  return call('/api/auth/staff/login', {
    body: { username, password },
    headers: { 'cf-connecting-ip': ip },
  });
}

async function errorOf(res: Response): Promise<ErrorBody['error']> {
  return ((await res.json()) as ErrorBody).error;
}

/** Moves every sign-in counter's last attempt `seconds` into the past (the wait has passed). */
async function waitPasses(seconds = 30): Promise<void> {
  await env.DB.prepare(`UPDATE rate_limits SET window_start = ? WHERE key LIKE 'login:%'`)
    .bind(new Date(Date.now() - seconds * 1000).toISOString())
    .run();
}

const failures = () => count('audit_log', `event = 'auth_staff_login_failure'`);

beforeEach(async () => {
  await seedWorld();
});

describe('backoff schedule', () => {
  it('is free for the first failures, doubles, then locks', () => {
    expect(backoffSchedule({ free: 2, lockAt: 5 }, 5, 900)).toEqual([0, 0, 5, 10, 20, 900]);
    expect(backoffSchedule({ free: 3, lockAt: 12 }, 100, 900).slice(3)).toEqual([
      100, 200, 400, 800, 900, 900, 900, 900, 900, 900,
    ]);
  });
});

describe('staff sign-in throttling', () => {
  it('locks the attacking source out of the account; a clerk at another window still signs in', async () => {
    const before = await failures();
    for (let i = 0; i < 5; i++) {
      const res = await login('clerk', 'wrong', ATTACKER);
      expect(res.status).toBe(401);
      await waitPasses();
    }
    expect(await failures()).toBe(before + 5);
    // Locked, even with the right password, for LOGIN_LOCK_SECONDS.
    const locked = await login('clerk', PASSWORD, ATTACKER);
    expect(locked.status).toBe(429);
    const err = await errorOf(locked);
    expect(err.code).toBe('LOGIN_THROTTLED');
    expect(err.retryAfterSeconds).toBeGreaterThan(800);
    expect(Number(locked.headers.get('retry-after'))).toBe(err.retryAfterSeconds);
    expect(await count('sessions')).toBe(0);
    // The same account from the clerk's window.
    const clerk = await login('clerk', PASSWORD, WINDOW);
    expect(clerk.status).toBe(200);
    expect(await count('sessions')).toBe(1);
    // Refused attempts are neither counted nor audited.
    expect(await failures()).toBe(before + 5);
  });

  it('makes the third attempt wait, and the wait grow; the server refuses early attempts', async () => {
    expect((await login('approver', 'wrong', ATTACKER)).status).toBe(401);
    const second = await login('approver', 'wrong', ATTACKER);
    // The failure that starts the wait already says how long it is.
    expect(await errorOf(second)).toMatchObject({ code: 'LOGIN_FAILED', retryAfterSeconds: 5 });

    const early = await login('approver', PASSWORD, ATTACKER);
    expect(early.status).toBe(429);
    const err = await errorOf(early);
    expect(err).toMatchObject({ code: 'LOGIN_THROTTLED' });
    expect(err.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(err.retryAfterSeconds).toBeLessThanOrEqual(5);
    expect(early.headers.get('retry-after')).toBe(String(err.retryAfterSeconds));
    expect(await count('sessions')).toBe(0);

    await waitPasses(6);
    const third = await login('approver', 'wrong', ATTACKER);
    expect(await errorOf(third)).toMatchObject({ code: 'LOGIN_FAILED', retryAfterSeconds: 10 });
    const again = await login('approver', 'wrong', ATTACKER);
    expect(again.status).toBe(429);
    expect((await errorOf(again)).retryAfterSeconds).toBeGreaterThan(5);
  });

  it('lets only the free attempts of a burst of parallel guesses through', async () => {
    const all = await Promise.all(
      Array.from({ length: 8 }, () => login('admin', 'wrong', ATTACKER)),
    );
    const statuses = all.map((r) => r.status).sort();
    expect(statuses).toEqual([401, 401, 429, 429, 429, 429, 429, 429]);
  });

  it('starts the account over at that source after a success', async () => {
    await login('inspector', 'wrong', WINDOW);
    await login('inspector', 'wrong', WINDOW);
    await waitPasses(6);
    expect((await login('inspector', PASSWORD, WINDOW)).status).toBe(200);
    const pair = await env.DB.prepare(
      `SELECT COUNT(*) AS n FROM rate_limits WHERE key LIKE 'login:pair:%'`,
    ).first<{ n: number }>();
    expect(pair?.n).toBe(0);
    // A new mistake right after is the first of a new series: no wait.
    const next = await errorOf(await login('inspector', 'wrong', WINDOW));
    expect(next.code).toBe('LOGIN_FAILED');
    expect(next.retryAfterSeconds).toBeUndefined();
    // The source's count holds only the failures, not the success.
    const source = await env.DB.prepare(`SELECT count FROM rate_limits WHERE key = ?`)
      .bind(`login:ip:${WINDOW}`)
      .first<{ count: number }>();
    expect(source?.count).toBe(3);
  });

  it('slows down a source that fails across many accounts, not other sources', async () => {
    // LOGIN_MAX_FAILURES = 5: a source's wait starts after 10 failures, whatever the names.
    for (let i = 0; i < 10; i++) {
      expect((await login(`guess${i}`, 'wrong', ATTACKER)).status).toBe(401);
    }
    const eleventh = await login('guess10', 'wrong', ATTACKER);
    expect(eleventh.status).toBe(429);
    expect(await errorOf(eleventh)).toMatchObject({ code: 'LOGIN_THROTTLED' });
    expect((await login('clerk', PASSWORD, WINDOW)).status).toBe(200);
  });

  it('audits a failure at an unknown name by a digest, never the typed name', async () => {
    const typed = 'Hunter2-Secret';
    await login(typed, 'wrong', ATTACKER);
    await login(typed, 'wrong', WINDOW);
    const rows = await env.DB.prepare(
      `SELECT subject_id, detail_json FROM audit_log WHERE event = 'auth_staff_login_failure'
       ORDER BY id DESC LIMIT 2`,
    ).all<{ subject_id: string; detail_json: string }>();
    const [a, b] = rows.results;
    expect(a?.subject_id).toMatch(/^unknown:[0-9a-f]{16}$/);
    // The same name gives the same digest, so repeated attempts can still be followed.
    expect(b?.subject_id).toBe(a?.subject_id);
    expect(JSON.stringify(rows.results).toLowerCase()).not.toContain(typed.toLowerCase());
    expect(a?.detail_json).toContain('unknown_user');
    const keys = await env.DB.prepare(`SELECT key FROM rate_limits`).all<{ key: string }>();
    expect(JSON.stringify(keys.results).toLowerCase()).not.toContain(typed.toLowerCase());
  });
});
