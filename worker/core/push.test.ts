import { describe, expect, it } from 'vitest';
import { fromBase64Url, pushEndpointProblem, pushKeysProblem, toBase64Url } from './push';

describe('base64url', () => {
  it('round-trips every length and refuses what is not base64url', () => {
    for (let n = 0; n < 70; n++) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      expect(fromBase64Url(toBase64Url(b))).toEqual(b);
    }
    const ascii = Uint8Array.from('When I grow up', (ch) => ch.charCodeAt(0));
    expect(toBase64Url(ascii)).toBe('V2hlbiBJIGdyb3cgdXA');
    expect(fromBase64Url('a+b/')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
    expect(fromBase64Url('AB')).toBeNull(); // non-zero leftover bits
  });
});

describe('push endpoints', () => {
  it('allows known push services and the extra hosts, nothing else', () => {
    expect(pushEndpointProblem('https://fcm.googleapis.com/fcm/send/x')).toBeNull();
    expect(pushEndpointProblem('https://db5p.notify.windows.com/w/?token=1')).toBeNull();
    expect(pushEndpointProblem('https://push.test/s/1', ['push.test'])).toBeNull();
    expect(pushEndpointProblem('https://push.test/s/1')).toBe('foreign_host');
    expect(pushEndpointProblem('http://fcm.googleapis.com/x')).toBe('not_https');
    expect(pushEndpointProblem('https://x@fcm.googleapis.com/x')).toBe('foreign_host');
    expect(pushEndpointProblem('https://fcm.googleapis.com:444/x')).toBe('foreign_host');
    expect(pushEndpointProblem('https://notify.windows.com.evil.cn/x')).toBe('foreign_host');
    expect(pushEndpointProblem('javascript:alert(1)')).toBe('not_url');
    expect(pushEndpointProblem('https://fcm.googleapis.com/x y')).toBe('not_url');
  });

  it('wants a 65-byte uncompressed point and a 16-byte auth secret', () => {
    const p = toBase64Url(Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : i)));
    const a = toBase64Url(new Uint8Array(16));
    expect(pushKeysProblem({ p256dh: p, auth: a })).toBeNull();
    expect(pushKeysProblem({ p256dh: p.slice(0, -4), auth: a })).toBe('p256dh');
    expect(pushKeysProblem({ p256dh: p, auth: toBase64Url(new Uint8Array(15)) })).toBe('auth');
  });
});
