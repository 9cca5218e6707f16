/**
 * The seal's cryptography on WebCrypto (the same in workerd, browsers and Node): SHA-256 and the
 * bureau's signature suite. Ed25519 is the default; the suite is a setting
 * (EVIDENCE_SEAL_SUITE) so that an SM2/SM3 suite for 密评 can be added here without changing
 * the manifest's shape.
 */
import type { EvidenceCrypto } from './evidence.verify';

export const SEAL_SUITES = ['ed25519'] as const;
export type SealSuite = (typeof SEAL_SUITES)[number];

/** WebCrypto's DOM typing wants an ArrayBuffer-backed view; ours always are. */
const view = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', view(data)));
}

export function base64ToBytes(text: string): Uint8Array {
  const bin = atob(text.trim());
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin);
}

function base64UrlToBytes(text: string): Uint8Array {
  return base64ToBytes(text.replace(/-/g, '+').replace(/_/g, '/'));
}

export const webEvidenceCrypto: EvidenceCrypto = {
  sha256,
  async verify(suite, publicKey, signature, data) {
    if (suite !== 'ed25519') return false;
    const key = await crypto.subtle.importKey('raw', view(publicKey), { name: 'Ed25519' }, false, [
      'verify',
    ]);
    return crypto.subtle.verify({ name: 'Ed25519' }, key, view(signature), view(data));
  },
};

export interface SealKey {
  suite: SealSuite;
  privateKey: CryptoKey;
  /** Raw public key bytes (32 for Ed25519). */
  publicKey: Uint8Array;
}

/** Loads the bureau's seal key: base64 of a PKCS#8 Ed25519 private key (secret EVIDENCE_SEAL_KEY). */
export async function loadSealKey(
  pkcs8Base64: string | undefined,
  suite = 'ed25519',
): Promise<SealKey> {
  if (!pkcs8Base64) throw new Error('EVIDENCE_SEAL_KEY is not set');
  if (suite !== 'ed25519') throw new Error(`EVIDENCE_SEAL_SUITE ${suite} is not supported`);
  const key = await crypto.subtle.importKey(
    'pkcs8',
    view(base64ToBytes(pkcs8Base64)),
    { name: 'Ed25519' },
    true,
    ['sign'],
  );
  const jwk = (await crypto.subtle.exportKey('jwk', key)) as JsonWebKey;
  if (!jwk.x) throw new Error('EVIDENCE_SEAL_KEY has no public half');
  const privateKey = await crypto.subtle.importKey(
    'pkcs8',
    view(base64ToBytes(pkcs8Base64)),
    { name: 'Ed25519' },
    false,
    ['sign'],
  );
  return { suite: 'ed25519', privateKey, publicKey: base64UrlToBytes(jwk.x) };
}

export async function signManifest(key: SealKey, manifestBytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(
    await crypto.subtle.sign({ name: 'Ed25519' }, key.privateKey, view(manifestBytes)),
  );
}
