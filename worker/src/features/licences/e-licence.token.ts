/**
 * The e-licence's verify token: `<licence id>.<issue version>.<HMAC-SHA256>`, signed with the
 * bureau's key (secret ELICENCE_KEY, base64 of 32+ random bytes). The signature covers a
 * labelled message, so no other HMAC the worker makes can pass for one. Anything that is not
 * exactly this shape, or whose signature differs, reads as no token at all.
 */
import { VERIFY_TOKEN_MAX } from '../../../core/e-licence';
import { fromBase64, timingSafeEqual, toBase64 } from '../../lib/crypto';

const enc = new TextEncoder();
const TOKEN = /^([A-Za-z0-9_-]{1,64})\.([1-9][0-9]{0,8})\.([A-Za-z0-9_-]{43})$/;

export interface TokenClaims {
  licenceId: string;
  issueVersion: number;
}

const message = (id: string, version: number) => enc.encode(`xuke-elicence-v1:${id}:${version}`);

const base64url = (bytes: Uint8Array) =>
  toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

async function hmacKey(keyB64: string | undefined): Promise<CryptoKey> {
  // A missing or short key fails loudly: tokens signed with a weak key would be forgeable.
  const raw = keyB64 ? fromBase64(keyB64) : new Uint8Array();
  if (raw.length < 32) throw new Error('ELICENCE_KEY must be 32+ random bytes, base64');
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

async function signature(key: CryptoKey, c: TokenClaims): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', key, message(c.licenceId, c.issueVersion));
  return base64url(new Uint8Array(mac));
}

/** The token for one printing of a licence. */
export async function signToken(keyB64: string | undefined, c: TokenClaims): Promise<string> {
  if (!TOKEN.test(`${c.licenceId}.${c.issueVersion}.${'A'.repeat(43)}`)) {
    throw new Error(`cannot sign licence id ${c.licenceId}`);
  }
  return `${c.licenceId}.${c.issueVersion}.${await signature(await hmacKey(keyB64), c)}`;
}

/** The claims of a genuine token, or null for anything else (forged, altered, malformed). */
export async function verifyToken(
  keyB64: string | undefined,
  token: string,
): Promise<TokenClaims | null> {
  const key = await hmacKey(keyB64);
  if (token.length > VERIFY_TOKEN_MAX) return null;
  const m = TOKEN.exec(token);
  if (!m) return null;
  const claims = { licenceId: m[1] as string, issueVersion: Number(m[2]) };
  return timingSafeEqual(await signature(key, claims), m[3] as string) ? claims : null;
}
