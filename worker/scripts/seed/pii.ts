/**
 * The worker's crypto (worker/src/lib/crypto.ts) done synchronously with node:crypto, so that
 * generateSeed can stay a plain function: PBKDF2-SHA256, HMAC-SHA256 and AES-GCM give the same
 * bytes as WebCrypto (check.ts verifies each against the worker's own functions). Salts and IVs
 * are derived, not random, so the seed file is the same on every run.
 */
import {
  createCipheriv,
  createHash,
  createHmac,
  createSecretKey,
  type KeyObject,
  pbkdf2Sync,
} from 'node:crypto';

export const PBKDF2_ITERATIONS = 100_000;

/** The development PII key from .dev.vars.example. */
export const DEV_PII_KEY = 'ZGV2LW9ubHktcGlpLWtleS0zMi1ieXRlcy1sb25nISE=';

const hashCache = new Map<string, string>();
const keyCache = new Map<string, KeyObject>();

/** Importing a key costs more than using it: keep one KeyObject per key. */
function secretKey(kind: string, bytes: Buffer): KeyObject {
  const k = `${kind}:${bytes.toString('base64')}`;
  let key = keyCache.get(k);
  if (!key) {
    key = createSecretKey(bytes);
    keyCache.set(k, key);
  }
  return key;
}

/** A 16-byte salt (base64) that depends only on the seed and the username. */
export function passwordSalt(seed: number, username: string): string {
  return createHash('sha256')
    .update(`xuke-seed-salt:${seed}:${username}`)
    .digest()
    .subarray(0, 16)
    .toString('base64');
}

/** hashPassword: base64 of 32 PBKDF2-SHA256 bytes. Cached, as 100k iterations take a while. */
export function hashPassword(password: string, saltB64: string, iterations: number): string {
  const k = `${password}\u0000${saltB64}\u0000${iterations}`;
  let h = hashCache.get(k);
  if (h === undefined) {
    h = pbkdf2Sync(password, Buffer.from(saltB64, 'base64'), iterations, 32, 'sha256').toString(
      'base64',
    );
    hashCache.set(k, h);
  }
  return h;
}

/** hmacHex: the key is the UTF-8 bytes of the secret string itself (not its base64 decoding). */
export function hmacHex(secret: string, text: string): string {
  return createHmac('sha256', secretKey('hmac', Buffer.from(secret, 'utf8')))
    .update(text, 'utf8')
    .digest('hex');
}

/**
 * encryptPii: base64 of iv(12) ‖ ciphertext ‖ tag(16). The IV is derived from the key and a
 * unique label with HMAC, so it never repeats under one key while staying deterministic.
 */
export function encryptPii(keyB64: string, plain: string, ivLabel: string): string {
  const key = Buffer.from(keyB64, 'base64');
  if (![16, 24, 32].includes(key.length))
    throw new RangeError('PII key must be 16, 24 or 32 bytes');
  const k = secretKey('aes', key);
  const iv = createHmac('sha256', k).update(`xuke-seed-iv:${ivLabel}`).digest().subarray(0, 12);
  const c = createCipheriv(`aes-${key.length * 8}-gcm` as 'aes-256-gcm', k, iv);
  const ct = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return Buffer.concat([iv, ct, c.getAuthTag()]).toString('base64');
}
