/**
 * The e-licence and its public verify answer, on the app's own today: run by the `dev@…`
 * projects at the real date and with the clock pinned (XUKE_TODAY), so "expired" is shown to
 * follow the app's clock, never the wall clock. Every date below is derived from that today.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ELicenceAnswer, LicenceVerifyAnswer } from '../../../core/api-answers';
import { addCalendarDays } from '../../../core/dates';
import { appToday } from '../../lib/clock';
import { call } from '../../../test/fixtures';
import { stateDigest } from '../../../test/state';
import { sessions, world } from '../../../test/world';
import { signToken, verifyToken } from './e-licence.token';

const KEY = env.ELICENCE_KEY;
const OTHER_KEY = btoa('another-bureau-key-of-32-bytes!!');

let today: string;
let cookieA: string;
let cookieB: string;

/** A licence of applicant A on the test premises, `status` and expiry as given. */
async function licence(id: string, status: string, expiresOn: string): Promise<void> {
  await env.DB.prepare(
    `INSERT INTO licences (id, number, holder_applicant_id, holder_name, shop_name, premises_id,
       jurisdiction_code, status, issued_on, expires_on, suspended_from, suspended_until)
     VALUES (?, ?, 'apl_a', '王建国', '建国便利店', 'pr_a', '370702', ?, ?, ?, ?, ?)`,
  )
    .bind(
      id,
      `3707022026${id.slice(-5).padStart(5, '0')}`,
      status,
      addCalendarDays(today, -400),
      expiresOn,
      status === 'suspended' ? today : null,
      status === 'suspended' ? addCalendarDays(today, 90) : null,
    )
    .run();
}

async function eLicence(id: string, cookie = cookieA): Promise<Response> {
  return call(`/api/my/licences/${id}/e-licence`, { cookie });
}

async function verify(t: string, ip = '203.0.113.7'): Promise<Response> {
  return call(`/api/public/licences/verify?t=${encodeURIComponent(t)}`, {
    headers: { 'cf-connecting-ip': ip },
  });
}

async function tokenOf(id: string): Promise<string> {
  const res = await eLicence(id);
  expect(res.status, await res.clone().text()).toBe(200);
  const body = await res.json<ELicenceAnswer>();
  const t = new URL(body.verifyUrl).searchParams.get('t');
  if (!t) throw new Error('no token in verifyUrl');
  return t;
}

beforeEach(async () => {
  await world();
  today = appToday(env);
  const s = await sessions();
  cookieA = s.applicantA as string;
  cookieB = s.applicantB as string;
  // The world's licence runs a year from the app's today, whatever day that is.
  await env.DB.prepare(`UPDATE licences SET expires_on = ? WHERE id = 'lic_a'`)
    .bind(addCalendarDays(today, 365))
    .run();
});

describe('the verify token', () => {
  it('round-trips, and every kind of tampering reads as no token', async () => {
    const t = await signToken(KEY, { licenceId: 'lic_a', issueVersion: 1 });
    expect(t).toMatch(/^lic_a\.1\.[A-Za-z0-9_-]{43}$/);
    expect(await verifyToken(KEY, t)).toEqual({ licenceId: 'lic_a', issueVersion: 1 });
    // Any one character changed, anywhere: never verifies.
    for (let i = 0; i < t.length; i++) {
      const ch = t[i] === 'A' ? 'B' : 'A';
      const altered = `${t.slice(0, i)}${ch}${t.slice(i + 1)}`;
      expect(await verifyToken(KEY, altered), `char ${i}`).toBeNull();
    }
    const [, , sig] = t.split('.');
    for (const bad of [
      `lic_b.1.${sig}`, // another licence under this one's signature
      `lic_a.2.${sig}`, // a later printing
      t.slice(0, -1),
      `${t}A`,
      `${t}.x`,
      t.toUpperCase(),
      await signToken(OTHER_KEY, { licenceId: 'lic_a', issueVersion: 1 }), // another key
      '',
      '..',
      'x'.repeat(10_000),
    ]) {
      expect(await verifyToken(KEY, bad), bad.slice(0, 60)).toBeNull();
    }
  });

  it('refuses to sign or verify with a missing or short key', async () => {
    await expect(signToken(undefined, { licenceId: 'a', issueVersion: 1 })).rejects.toThrow();
    await expect(verifyToken(btoa('short'), 'a.1.x')).rejects.toThrow();
  });
});

describe('GET /api/my/licences/:id/e-licence', () => {
  it('shows the holder the paper licence with a verify URL carrying a signed token', async () => {
    const res = await eLicence('lic_a');
    expect(res.status).toBe(200);
    const body = await res.json<ELicenceAnswer>();
    expect(body).toMatchObject({
      id: 'lic_a',
      number: '370702202400001',
      holderName: '王建国',
      shopName: '建国便利店',
      address: '潍城区胜利西街100号',
      businessScope: { zh: '卷烟、雪茄烟零售' },
      issuingBureau: '潍坊市潍城区烟草专卖局',
      issueVersion: 1,
    });
    const url = new URL(body.verifyUrl);
    expect(url.pathname).toBe('/verify');
    expect(await verifyToken(KEY, url.searchParams.get('t') ?? '')).toEqual({
      licenceId: 'lic_a',
      issueVersion: 1,
    });
  });

  it('refuses someone else’s licence as not found, and a cancelled one in words; nothing changes', async () => {
    await licence('lic_gone', 'cancelled', addCalendarDays(today, 100));
    await licence('lic_old', 'active', addCalendarDays(today, -1));
    const before = await stateDigest();
    const other = await eLicence('lic_a', cookieB);
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const gone = await eLicence('lic_gone');
    expect(gone.status).toBe(409);
    expect(await gone.json()).toMatchObject({
      error: { code: 'LICENCE_NOT_ACTIVE', message: expect.stringContaining('已注销') },
    });
    const old = await eLicence('lic_old');
    expect(await old.json()).toMatchObject({
      error: { code: 'LICENCE_NOT_ACTIVE', message: expect.stringContaining('有效期') },
    });
    expect((await call('/api/my/licences/lic_a/e-licence')).status).toBe(401);
    expect(await stateDigest()).toBe(before);
  });
});

describe('GET /api/public/licences/verify', () => {
  it('answers valid with the public fields only: the holder masked, nothing sensitive', async () => {
    const res = await verify(await tokenOf('lic_a'));
    expect(res.status).toBe(200);
    const body = await res.json<LicenceVerifyAnswer>();
    expect(body).toEqual({
      status: 'valid',
      today,
      licence: {
        number: '370702202400001',
        shopName: '建国便利店',
        holderNameMasked: '王*国',
        address: '潍城区胜利西街100号',
        issuedOn: '2024-01-01',
        expiresOn: addCalendarDays(today, 365),
        issuingBureau: '潍坊市潍城区烟草专卖局',
      },
    });
    expect(JSON.stringify(body)).not.toContain('王建国');
  });

  it('follows the licence: suspended, cancelled, expired by the app’s date; valid on its last day', async () => {
    await licence('lic_last', 'active', today);
    const t = await tokenOf('lic_a');
    const last = await tokenOf('lic_last');
    const status = async (token: string) =>
      (await (await verify(token)).json<LicenceVerifyAnswer>()).status;
    expect(await status(last)).toBe('valid');

    await env.DB.prepare(`UPDATE licences SET expires_on = ? WHERE id = 'lic_last'`)
      .bind(addCalendarDays(today, -1))
      .run();
    expect(await status(last)).toBe('expired');

    await env.DB.prepare(`UPDATE licences SET status = 'suspended' WHERE id = 'lic_a'`).run();
    expect(await status(t)).toBe('suspended');
    await env.DB.prepare(`UPDATE licences SET status = 'cancelled' WHERE id = 'lic_a'`).run();
    expect(await status(t)).toBe('cancelled');
    await env.DB.prepare(`UPDATE licences SET status = 'expired' WHERE id = 'lic_a'`).run();
    expect(await status(t)).toBe('expired');
  });

  it('answers 200 invalid for anything not a current token, however long or malformed', async () => {
    const t = await tokenOf('lic_a');
    const before = await stateDigest();
    const flipped = `${t.slice(0, -3)}${t.at(-3) === 'x' ? 'y' : 'x'}${t.slice(-2)}`;
    for (const bad of [flipped, 'x'.repeat(10_000), '', '%00', '<script>', 'lic_a.1.', t + t]) {
      const res = await verify(bad);
      expect(res.status, bad.slice(0, 40)).toBe(200);
      expect(await res.json()).toEqual({ status: 'invalid', today });
    }
    const none = await call('/api/public/licences/verify', {
      headers: { 'cf-connecting-ip': '203.0.113.7' },
    });
    expect(none.status).toBe(200);
    expect(await none.json()).toEqual({ status: 'invalid', today });
    expect(await stateDigest(), 'a check changes nothing').toBe(before);
    // A reprinted licence (补办, 变更, 延续): the older copy's code stops verifying.
    await env.DB.prepare(`UPDATE licences SET issue_version = 2 WHERE id = 'lic_a'`).run();
    expect(await (await verify(t)).json()).toEqual({ status: 'invalid', today });
    expect(await (await verify(await tokenOf('lic_a'))).json()).toMatchObject({ status: 'valid' });
  });

  it('is rate-limited per IP: past 30 checks in a minute it waits, another address does not', async () => {
    const t = await tokenOf('lic_a');
    // A fixed one-minute window: within 61 checks one window fills, whenever the loop starts.
    const codes: number[] = [];
    while (codes.length < 61 && codes.at(-1) !== 429) {
      codes.push((await verify(t, '198.51.100.9')).status);
    }
    expect(codes.at(-1)).toBe(429);
    expect(codes.filter((c) => c === 200).length).toBeGreaterThanOrEqual(30);
    const res = await verify(t, '198.51.100.9');
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await verify(t, '198.51.100.10')).status).toBe(200);
  });
});
