/**
 * A stand-in push service for the worker tests: it takes what the worker posts to a push
 * endpoint and decrypts it as the browser would, written from RFC 8291 §3 and RFC 8188 §2 with
 * WebCrypto alone (no code shared with the sender's library).
 */
import { fromBase64Url, toBase64Url } from '../core/push';

/** A browser's push keys: an ECDH P-256 pair and a 16-byte auth secret. */
export interface UserAgentKeys {
  privateKey: CryptoKey;
  p256dh: string;
  auth: string;
}

export async function newUserAgent(): Promise<UserAgentKeys> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const pub = new Uint8Array((await crypto.subtle.exportKey('raw', pair.publicKey)) as ArrayBuffer);
  return {
    privateKey: pair.privateKey,
    p256dh: toBase64Url(pub),
    auth: toBase64Url(crypto.getRandomValues(new Uint8Array(16))),
  };
}

/** The user agent of RFC 8291 Appendix A (ua_private, ua_public, auth_secret). */
export async function rfcUserAgent(v: {
  uaPrivate: string;
  uaPublic: string;
  authSecret: string;
}): Promise<UserAgentKeys> {
  const pub = bytes(v.uaPublic);
  const privateKey = await crypto.subtle.importKey(
    'jwk',
    {
      kty: 'EC',
      crv: 'P-256',
      d: v.uaPrivate,
      x: toBase64Url(pub.slice(1, 33)),
      y: toBase64Url(pub.slice(33, 65)),
    },
    { name: 'ECDH', namedCurve: 'P-256' },
    false,
    ['deriveBits'],
  );
  return { privateKey, p256dh: v.uaPublic, auth: v.authSecret };
}

export function bytes(b64url: string): Uint8Array<ArrayBuffer> {
  const b = fromBase64Url(b64url);
  if (!b) throw new Error(`not base64url: ${b64url}`);
  return b;
}

const enc = new TextEncoder();

async function hmac(key: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>) {
  const k = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array((await crypto.subtle.sign('HMAC', k, data)) as ArrayBuffer);
}

/** HKDF (RFC 5869) with one output block, which is all RFC 8291 needs (≤ 32 bytes). */
async function hkdf(
  salt: Uint8Array<ArrayBuffer>,
  ikm: Uint8Array<ArrayBuffer>,
  info: Uint8Array<ArrayBuffer>,
  length: number,
) {
  const prk = await hmac(salt, ikm);
  const t = await hmac(prk, concat(info, new Uint8Array([1])));
  return new Uint8Array(t.slice(0, length));
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Decrypts one aes128gcm body (RFC 8188 header + a single record) for the user agent. */
export async function decryptPush(
  ua: UserAgentKeys,
  body: Uint8Array<ArrayBuffer>,
): Promise<string> {
  const salt = body.slice(0, 16);
  const rs = new DataView(body.buffer, body.byteOffset + 16, 4).getUint32(0);
  const idlen = body[20] ?? 0;
  const asPublic = body.slice(21, 21 + idlen);
  const record = body.slice(21 + idlen);
  if (idlen !== 65 || record.length > rs) throw new Error('not a single-record aes128gcm body');
  const asKey = await crypto.subtle.importKey(
    'raw',
    asPublic,
    { name: 'ECDH', namedCurve: 'P-256' },
    false,
    [],
  );
  const ecdhSecret = new Uint8Array(
    await crypto.subtle.deriveBits(
      // workers-types spell the member `$public`; the runtime (WebCrypto) reads `public`.
      { name: 'ECDH', public: asKey } as unknown as SubtleCryptoDeriveKeyAlgorithm,
      ua.privateKey,
      256,
    ),
  );
  const uaPublic = bytes(ua.p256dh);
  // RFC 8291 §3.3/3.4: IKM from the auth secret, then CEK and nonce from the salt (RFC 8188).
  const keyInfo = concat(enc.encode('WebPush: info\0'), uaPublic, asPublic);
  const ikm = await hkdf(bytes(ua.auth), ecdhSecret, keyInfo, 32);
  const label = (s: string) => new Uint8Array(enc.encode(s));
  const cek = await hkdf(salt, ikm, label('Content-Encoding: aes128gcm\0'), 16);
  const nonce = await hkdf(salt, ikm, label('Content-Encoding: nonce\0'), 12);
  const key = await crypto.subtle.importKey('raw', cek, 'AES-GCM', false, ['decrypt']);
  const padded = new Uint8Array(
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce }, key, record),
  );
  // The last record ends with the delimiter 0x02, then zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('no last-record delimiter');
  return new TextDecoder().decode(padded.slice(0, end));
}

/** What the stand-in push service received. */
export interface ReceivedPush {
  endpoint: string;
  headers: Headers;
  body: Uint8Array<ArrayBuffer>;
}
