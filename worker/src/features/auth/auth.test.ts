import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  count,
  lastCode,
  loginApplicant,
  loginStaff,
  PASSWORD,
  seedWorld,
  sessionCookie,
} from '../../../test/fixtures';

beforeEach(async () => {
  await seedWorld();
});

describe('applicant sign-in by SMS code', () => {
  it('rejects a malformed phone with PHONE_INVALID and sends nothing', async () => {
    for (const phone of ['1380000000', '23800000001', '1380000000a', '']) {
      const res = await call('/api/auth/sms/request', { body: { phone } });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'PHONE_INVALID' } });
    }
    expect(await count('sms_outbox')).toBe(0);
    expect(await count('sms_codes')).toBe(0);
  });

  it('signs in with the code from the outbox and creates the applicant once', async () => {
    const cookie = await loginApplicant('13700000009');
    const me = await call('/api/me', { cookie });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      user: { kind: 'applicant', phoneMasked: '137****0009', realNameVerified: false },
    });
    expect(await count('applicants', 'phone = ?', '13700000009')).toBe(1);
    expect(await count('sms_codes', 'phone = ?', '13700000009')).toBe(0);
  });

  it('sets an HttpOnly, Secure, SameSite session cookie', async () => {
    await call('/api/auth/sms/request', { body: { phone: '13700000008' } });
    const res = await call('/api/auth/sms/verify', {
      body: { phone: '13700000008', code: await lastCode('13700000008') },
    });
    const set = res.headers.get('set-cookie') ?? '';
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/Secure/);
    expect(set).toMatch(/SameSite=Lax/);
  });

  it('throttles resends', async () => {
    expect((await call('/api/auth/sms/request', { body: { phone: '13700000007' } })).status).toBe(
      200,
    );
    const again = await call('/api/auth/sms/request', { body: { phone: '13700000007' } });
    expect(again.status).toBe(429);
    expect(await again.json()).toMatchObject({ error: { code: 'SMS_RESEND_TOO_SOON' } });
    expect(await count('sms_outbox', 'phone = ?', '13700000007')).toBe(1);
  });

  it('limits codes per phone per hour', async () => {
    const phone = '13700000006';
    const limit = Number(env.SMS_PHONE_HOURLY_LIMIT);
    for (let i = 0; i < limit; i++) {
      const res = await call('/api/auth/sms/request', { body: { phone } });
      expect(res.status).toBe(200);
      // Past the resend interval, still inside the hour's window.
      await env.DB.prepare(`UPDATE sms_codes SET sent_at = '2000-01-01T00:00:00.000Z'`).run();
    }
    const over = await call('/api/auth/sms/request', { body: { phone } });
    expect(over.status).toBe(429);
    expect(await over.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });

  it('locks the code after 5 wrong attempts: the 6th fails even with the right code', async () => {
    const phone = '13700000005';
    await call('/api/auth/sms/request', { body: { phone } });
    const code = await lastCode(phone);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await call('/api/auth/sms/verify', { body: { phone, code: wrong } });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'SMS_CODE_INVALID' } });
    }
    const sixth = await call('/api/auth/sms/verify', { body: { phone, code } });
    expect(sixth.status).toBe(429);
    expect(await sixth.json()).toMatchObject({ error: { code: 'SMS_TOO_MANY_ATTEMPTS' } });
    expect(await count('applicants', 'phone = ?', phone)).toBe(0);
    expect(await count('sessions')).toBe(0);
  });

  it('refuses an expired code', async () => {
    const phone = '13700000004';
    await call('/api/auth/sms/request', { body: { phone } });
    await env.DB.prepare(`UPDATE sms_codes SET expires_at = '2000-01-01T00:00:00.000Z'`).run();
    const res = await call('/api/auth/sms/verify', {
      body: { phone, code: await lastCode(phone) },
    });
    expect(await res.json()).toMatchObject({ error: { code: 'SMS_CODE_EXPIRED' } });
  });

  it('rejects unknown fields, malformed JSON and oversize bodies', async () => {
    const extra = await call('/api/auth/sms/request', {
      body: { phone: '13700000003', admin: true },
    });
    expect(extra.status).toBe(400);
    const malformed = await call('/api/auth/sms/request', { body: '{"phone":' });
    expect(await malformed.json()).toMatchObject({ error: { code: 'MALFORMED_JSON' } });
    const big = await call('/api/auth/sms/request', {
      body: { phone: '13700000003', pad: 'x'.repeat(70_000) },
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: 'BODY_TOO_LARGE' } });
    expect(await count('sms_outbox')).toBe(0);
  });

  it('refuses cross-site state changes', async () => {
    const res = await call('/api/auth/sms/request', {
      body: { phone: '13700000002' },
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(await count('sms_outbox')).toBe(0);
  });
});

describe('dev outbox', () => {
  it('is hidden when DEV_OUTBOX is not true (see dev.routes.dev.test.ts for the other side)', async () => {
    await call('/api/auth/sms/request', { body: { phone: '13700000001' } });
    const res = await call('/api/dev/outbox?phone=13700000001');
    expect(res.status).toBe(404);
  });
});

describe('staff sign-in', () => {
  it('signs in with the right password and reports role and scope', async () => {
    const cookie = await loginStaff('clerk');
    const me = await call('/api/me', { cookie });
    expect(await me.json()).toMatchObject({
      user: { kind: 'staff', role: 'clerk', jurisdictions: [{ code: '370702', name: '潍城区' }] },
    });
  });

  it('answers the same error for an unknown user and a wrong password', async () => {
    const a = await call('/api/auth/staff/login', { body: { username: 'nobody', password: 'x' } });
    const b = await call('/api/auth/staff/login', { body: { username: 'clerk', password: 'x' } });
    expect(a.status).toBe(401);
    expect(await a.json()).toMatchObject({ error: { code: 'LOGIN_FAILED' } });
    expect(await b.json()).toMatchObject({ error: { code: 'LOGIN_FAILED' } });
  });

  it('ends the session on logout', async () => {
    const cookie = await loginStaff('clerk');
    await call('/api/auth/logout', { method: 'POST', cookie });
    expect((await call('/api/me', { cookie })).status).toBe(401);
  });

  it('keeps sessions as hashes only', async () => {
    const res = await call('/api/auth/staff/login', {
      body: { username: 'clerk', password: PASSWORD },
    });
    const token = sessionCookie(res).split('=')[1] ?? '';
    expect(await count('sessions', 'token_hash = ?', token)).toBe(0);
    expect(await count('sessions')).toBe(1);
  });
});
