/**
 * The system API's throttle on failed token attempts, through the worker, on the app's own
 * clock: run by the `dev@…` projects at the real date and pinned (XUKE_TODAY) to the eve of the
 * Spring Festival, a 调休 Saturday and New Year's Eve. Wrong tokens count per token prefix and
 * per IP; past the limit the right token is refused too (429, TOKEN_THROTTLED, Retry-After,
 * zh and en), the trip is audited once, and successful calls count nothing.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { todayInChina } from '../../../core/dates';
import type { ErrorBody } from '../../../core/errors';
import type { Env } from '../../env';
import { appToday } from '../../lib/clock';
import { call, count, loginStaff, seedWorld, WEICHENG } from '../../../test/fixtures';
import { LICENCES, seedLicences } from '../../../test/licence-records';

const PREFIX_LIMIT = 10; // wrangler.toml's TOKEN_PREFIX_FAILURE_LIMIT
const IP_LIMIT = 30; // TOKEN_IP_FAILURE_LIMIT
const PARTNER = '198.51.100.20';
const PROBE = '203.0.113.99';

let secret = '';
let tokenId = '';

function read(bearer: string | null, ip: string, lang = 'zh-CN') {
  return call(`/api/system/licences/${LICENCES.wc1.number}`, {
    headers: {
      'cf-connecting-ip': ip,
      'accept-language': lang,
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
  });
}

const wrong = () => `xk_${tokenId}_${'x'.repeat(43)}`;
const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;
const throttledAudits = () => count('audit_log', `event = 'api_token_throttled'`);

beforeEach(async () => {
  await seedWorld();
  await seedLicences();
  const res = await call('/api/admin/tokens', {
    cookie: await loginStaff('admin'),
    body: { name: '营销系统', scopes: ['licences:read'], jurisdictions: [WEICHENG] },
  });
  expect(res.status).toBe(201);
  ({
    secret,
    token: { id: tokenId },
  } = (await res.json()) as {
    secret: string;
    token: { id: string };
  });
});

describe('throttling failed API-token attempts', () => {
  it('refuses a token prefix after its failures, the right secret too, and audits it once', async () => {
    const audits = await throttledAudits();
    // Successful calls count nothing, however many.
    for (let i = 0; i < PREFIX_LIMIT + 2; i++)
      expect((await read(secret, PARTNER)).status).toBe(200);
    for (let i = 0; i < PREFIX_LIMIT; i++) {
      const res = await read(wrong(), PROBE);
      expect([res.status, (await errorOf(res)).code]).toEqual([401, 'TOKEN_INVALID']);
    }
    expect(await throttledAudits()).toBe(audits + 1);
    const audit = await env.DB.prepare(
      `SELECT actor_kind, subject_type, subject_id, detail_json FROM audit_log
       WHERE event = 'api_token_throttled' ORDER BY id DESC LIMIT 1`,
    ).first<{
      actor_kind: string;
      subject_type: string;
      subject_id: string;
      detail_json: string;
    }>();
    expect(audit).toMatchObject({
      actor_kind: 'anonymous',
      subject_type: 'api_token',
      subject_id: tokenId,
    });
    expect(JSON.parse(audit?.detail_json ?? '{}')).toMatchObject({ scope: 'token', failures: 10 });

    // The window opened on the app's today, not the wall clock's.
    const row = await env.DB.prepare('SELECT window_start FROM rate_limits WHERE key = ?')
      .bind(`token:id:${tokenId}`)
      .first<{ window_start: string }>();
    expect(todayInChina(new Date(row?.window_start ?? ''))).toBe(appToday(env as unknown as Env));

    // Now the partner's right secret is refused as well, with the wait, in both languages.
    const zh = await read(secret, PARTNER);
    expect(zh.status).toBe(429);
    const err = await errorOf(zh);
    expect(err.code).toBe('TOKEN_THROTTLED');
    expect(err.message).toContain('接口令牌验证失败次数过多');
    expect(err.retryAfterSeconds).toBeGreaterThan(800);
    expect(err.retryAfterSeconds).toBeLessThanOrEqual(900);
    expect(zh.headers.get('retry-after')).toBe(String(err.retryAfterSeconds));
    const en = await errorOf(await read(secret, PARTNER, 'en'));
    expect(en.message).toMatch(/^Too many failed API token attempts/);
    // Refused requests while throttled neither count nor audit again.
    await read(wrong(), PROBE);
    expect(await throttledAudits()).toBe(audits + 1);

    // Once the window is over, the right token works again.
    await env.DB.prepare(`UPDATE rate_limits SET window_start = ? WHERE key LIKE 'token:%'`)
      .bind(new Date(Date.parse(row?.window_start ?? '') - 901_000).toISOString())
      .run();
    expect((await read(secret, PARTNER)).status).toBe(200);
  });

  it('refuses a probing IP after its failures, whatever token it names; others are served', async () => {
    const audits = await throttledAudits();
    for (let i = 0; i < IP_LIMIT; i++) {
      // No token, a malformed one, or unknown ids: each counts against the IP.
      const bearer =
        i % 3 === 0 ? null : i % 3 === 1 ? 'nonsense' : `xk_probe${i}xyz_${'a'.repeat(40)}`;
      const res = await read(bearer, PROBE);
      expect(res.status, `attempt ${i}`).toBe(401);
    }
    const res = await read(secret, PROBE);
    expect([res.status, (await errorOf(res)).code]).toEqual([429, 'TOKEN_THROTTLED']);
    expect(
      await count('audit_log', `event = 'api_token_throttled' AND subject_type = 'client_ip'`),
    ).toBeGreaterThan(0);
    expect(await throttledAudits()).toBe(audits + 1);
    // The partner's own address is not affected.
    expect((await read(secret, PARTNER)).status).toBe(200);
  });
});
