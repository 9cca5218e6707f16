import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, count, loginApplicant, seedWorld } from '../../../test/fixtures';
import { newUserAgent } from '../../../test/push-receiver';

let a: string;
let keys: { p256dh: string; auth: string };
beforeEach(async () => {
  await seedWorld();
  a = await loginApplicant('13900000001');
  const ua = await newUserAgent();
  keys = { p256dh: ua.p256dh, auth: ua.auth };
});

const post = (body: unknown, cookie = a) => call('/api/my/push-subscriptions', { cookie, body });
const codeOf = async (res: Response) => (await res.json<{ error: { code: string } }>()).error.code;

describe('push subscriptions', () => {
  it('stores a subscription at a known push service, answers the public key, removes it', async () => {
    const fcm = 'https://fcm.googleapis.com/fcm/send/abc:def';
    expect((await post({ endpoint: fcm, expirationTime: null, keys })).status).toBe(201);
    // The same browser again: still one row.
    expect((await post({ endpoint: fcm, keys })).status).toBe(201);
    const got = await (
      await call('/api/my/push-subscriptions', { cookie: a })
    ).json<{
      publicKey: string;
      endpoints: string[];
    }>();
    expect(got.publicKey).toBe(env.VAPID_PUBLIC_KEY);
    expect(got.endpoints).toEqual([fcm]);
    const del = await call('/api/my/push-subscriptions', {
      method: 'DELETE',
      cookie: a,
      body: { endpoint: fcm },
    });
    expect(del.status).toBe(200);
    expect(await count('push_subscriptions')).toBe(0);
    expect(await count('audit_log', "event = 'push_subscribed'")).toBeGreaterThan(0);
  });

  it('accepts Apple, Mozilla and Windows push hosts', async () => {
    for (const endpoint of [
      'https://web.push.apple.com/QGx',
      'https://api.push.apple.com/3/device/x',
      'https://updates.push.services.mozilla.com/wpush/v2/gAAA',
      'https://wns2-par02p.notify.windows.com/w/?token=BQYAAA',
    ]) {
      expect((await post({ endpoint, keys })).status, endpoint).toBe(201);
    }
  });

  it.each([
    ['http://fcm.googleapis.com/fcm/send/x', 'not https'],
    ['https://evil.example.com/push', 'a foreign host'],
    ['https://fcm.googleapis.com.evil.example/x', 'a look-alike host'],
    ['https://user:pw@fcm.googleapis.com/x', 'credentials in the URL'],
    ['https://fcm.googleapis.com:8443/x', 'another port'],
    ['not a url', 'not a URL'],
    ['https://127.0.0.1/push', 'a loopback address'],
  ])('refuses %s (%s) with PUSH_ENDPOINT_INVALID and stores nothing', async (endpoint) => {
    const res = await post({ endpoint, keys });
    expect(res.status).toBe(400);
    expect(await codeOf(res)).toBe('PUSH_ENDPOINT_INVALID');
    expect(await count('push_subscriptions')).toBe(0);
  });

  it('refuses malformed keys with PUSH_KEY_INVALID', async () => {
    const endpoint = 'https://fcm.googleapis.com/fcm/send/x';
    const offCurve = `B${'A'.repeat(86)}`; // 65 bytes starting 0x04, not a point on P-256
    for (const bad of [
      { ...keys, p256dh: 'short' },
      { ...keys, p256dh: keys.p256dh.replace(/^B/, 'A') }, // not uncompressed (0x00 prefix)
      { ...keys, p256dh: offCurve },
      { ...keys, p256dh: `${keys.p256dh.slice(0, -2)}!!` },
      { ...keys, auth: 'AAAA' },
      { ...keys, auth: `${keys.auth}AAAA` },
    ]) {
      const res = await post({ endpoint, keys: bad });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(await codeOf(res)).toBe('PUSH_KEY_INVALID');
    }
    expect(await count('push_subscriptions')).toBe(0);
  });

  it('refuses a missing key or an unknown field as VALIDATION_FAILED', async () => {
    const endpoint = 'https://fcm.googleapis.com/fcm/send/x';
    expect(await codeOf(await post({ endpoint }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(await post({ endpoint, keys, extra: 1 }))).toBe('VALIDATION_FAILED');
  });

  it("cannot remove another applicant's subscription", async () => {
    const endpoint = 'https://fcm.googleapis.com/fcm/send/a';
    await post({ endpoint, keys });
    const b = await loginApplicant('13900000002');
    const res = await call('/api/my/push-subscriptions', {
      method: 'DELETE',
      cookie: b,
      body: { endpoint },
    });
    expect(res.status).toBe(404);
    expect(await count('push_subscriptions')).toBe(1);
  });
});
