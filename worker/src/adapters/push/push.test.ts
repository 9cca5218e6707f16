import { encryptNotification, vapidHeaders } from '@block65/webcrypto-web-push';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../core/push';
import { bytes, decryptPush, newUserAgent, rfcUserAgent } from '../../../test/push-receiver';
import { standInPushService } from '../../../test/push-service';
import { WebPushSender } from './push';

/** RFC 8291 Appendix A. */
const RFC = {
  plaintext: 'When I grow up, I want to be a watermelon',
  asPublic:
    'BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8',
  asPrivate: 'yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw',
  uaPublic:
    'BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4',
  uaPrivate: 'q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94',
  salt: 'DGv6ra1nlYgDCS1FRnbzlw',
  authSecret: 'BTBZMqHH6r4Tts7J_aSIgg',
  body: 'DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN',
};

const TEST_VAPID = {
  subject: 'mailto:xuke@example.gov.cn',
  publicKey:
    'BHViS7L5mS8rshptTueovqUsznQ-zKrXQzltgwPthAjUiQrj4NQy5UeyBxxaXXoSrE3czSkb6J4tSxBMYhdb4s4',
  privateKey: 'YWO0R8pBCndtvZhFLRGHJYrXjnBRc66c-wLoQ_8SAfk',
};

afterEach(() => vi.restoreAllMocks());

describe('aes128gcm (RFC 8291)', () => {
  it('reproduces the Appendix A body from its keys and salt, byte for byte', async () => {
    // The sender draws a fresh salt and key pair per message: here they are the RFC's.
    const asPub = bytes(RFC.asPublic);
    const asPrivateKey = await crypto.subtle.importKey(
      'jwk',
      {
        kty: 'EC',
        crv: 'P-256',
        d: RFC.asPrivate,
        x: toBase64Url(asPub.slice(1, 33)),
        y: toBase64Url(asPub.slice(33, 65)),
      },
      { name: 'ECDH', namedCurve: 'P-256' },
      false,
      ['deriveBits'],
    );
    const asPublicKey = await crypto.subtle.importKey(
      'raw',
      asPub,
      { name: 'ECDH', namedCurve: 'P-256' },
      true,
      [],
    );
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((a) => {
      (a as Uint8Array).set(bytes(RFC.salt));
      return a;
    });
    vi.spyOn(crypto.subtle, 'generateKey').mockResolvedValue({
      privateKey: asPrivateKey,
      publicKey: asPublicKey,
    } as CryptoKeyPair);

    const body = await encryptNotification(
      {
        endpoint: 'https://push.test/x',
        expirationTime: null,
        keys: { p256dh: RFC.uaPublic, auth: RFC.authSecret },
      },
      new TextEncoder().encode(RFC.plaintext),
      { pad: false },
    );
    expect(toBase64Url(body)).toBe(RFC.body);
  });

  it('the stand-in receiver decrypts the Appendix A body to its plaintext', async () => {
    const ua = await rfcUserAgent(RFC);
    expect(await decryptPush(ua, bytes(RFC.body))).toBe(RFC.plaintext);
    // One flipped bit in the ciphertext fails the GCM tag.
    const tampered = bytes(RFC.body);
    tampered[tampered.length - 20]! ^= 1;
    await expect(decryptPush(ua, tampered)).rejects.toThrow();
  });
});

describe('VAPID (RFC 8292)', () => {
  it('signs an ES256 JWT with aud = the push origin, exp within 24 h, sub = the contact', async () => {
    const { headers } = await vapidHeaders(
      {
        endpoint: 'https://push.test/sub/abc?x=1',
        expirationTime: null,
        keys: { p256dh: RFC.uaPublic, auth: RFC.authSecret },
      },
      TEST_VAPID,
    );
    const m = /^vapid t=([^,]+), k=(.+)$/.exec(headers.authorization);
    expect(m).not.toBeNull();
    const [jwt, k] = [m![1]!, m![2]!];
    expect(k).toBe(TEST_VAPID.publicKey);
    const [h, p, s] = jwt.split('.') as [string, string, string];
    const dec = (x: string) =>
      JSON.parse(new TextDecoder().decode(bytes(x))) as Record<string, unknown>;
    expect(dec(h)).toEqual({ typ: 'JWT', alg: 'ES256' });
    const claims = dec(p);
    expect(claims.aud).toBe('https://push.test');
    expect(claims.sub).toBe(TEST_VAPID.subject);
    // Push services check exp against their own (real) clock: at most 24 h ahead (RFC 8292 §2).
    const nowS = Date.now() / 1000;
    expect(claims.exp as number).toBeGreaterThan(nowS);
    expect(claims.exp as number).toBeLessThanOrEqual(nowS + 24 * 3600);
    // The signature verifies with the public key (raw r‖s, 64 bytes, as JWS wants).
    const pub = await crypto.subtle.importKey(
      'raw',
      fromBase64Url(k)!,
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    const sig = bytes(s);
    expect(sig.length).toBe(64);
    const data = new TextEncoder().encode(`${h}.${p}`);
    const ok = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, sig, data);
    expect(ok).toBe(true);
    const forged = new TextEncoder().encode(`${h}.${p}x`);
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, sig, forged)).toBe(
      false,
    );
  });
});

describe('WebPushSender against the stand-in push service', () => {
  it('posts an aes128gcm body the browser decrypts, with VAPID, TTL and Topic', async () => {
    const svc = standInPushService();
    const ua = await newUserAgent();
    const sender = new WebPushSender(TEST_VAPID);
    const payload = {
      title: '提醒',
      body: '许可证将到期',
      url: '/services/licences/l1',
      tag: 'renewal_60:l1',
    };
    const out = await sender.send(
      { endpoint: 'https://push.test/s/1', p256dh: ua.p256dh, auth: ua.auth },
      payload,
    );
    expect(out).toBe('sent');
    expect(svc.received).toHaveLength(1);
    const got = svc.received[0]!;
    expect(got.headers.get('content-encoding')).toBe('aes128gcm');
    expect(got.headers.get('authorization')).toMatch(/^vapid t=.+, k=/);
    expect(Number(got.headers.get('ttl'))).toBeGreaterThan(0);
    expect(got.headers.get('topic')).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
    expect(JSON.parse(await decryptPush(ua, got.body))).toEqual(payload);
  });

  it('reads 404 and 410 as gone, other failures as failed', async () => {
    const svc = standInPushService();
    const ua = await newUserAgent();
    const sender = new WebPushSender(TEST_VAPID);
    const sub = (n: string) => ({
      endpoint: `https://push.test/s/${n}`,
      p256dh: ua.p256dh,
      auth: ua.auth,
    });
    svc.status.set('https://push.test/s/404', 404);
    svc.status.set('https://push.test/s/410', 410);
    svc.status.set('https://push.test/s/500', 500);
    const p = { title: 't', body: 'b', url: '/', tag: 't' };
    expect(await sender.send(sub('404'), p)).toBe('gone');
    expect(await sender.send(sub('410'), p)).toBe('gone');
    expect(await sender.send(sub('500'), p)).toBe('failed');
  });
});
