/**
 * Verifies a remote inspection's evidence bundle without our server, for a court or a 复议
 * office: `npm run --silent evidence:verify -- <bundle.zip> [--key <public-key-file>]`.
 * Prints one JSON line {"intact", "problems": [{"part", "problem"}]} and exits 0 only when intact.
 *
 * The key file may hold the bureau's public key as PEM (SPKI), base64 or hex of the raw 32 bytes,
 * or a PKCS#8 private key (its public half is used). Without --key, the public half of this
 * checkout's configured seal key (EVIDENCE_SEAL_KEY in .dev.vars, else .dev.vars.example) is
 * used, so that a bundle downloaded from `npm start` verifies in the same checkout.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipBundle } from '../src/features/evidence/evidence.bundle';
import { webEvidenceCrypto } from '../src/features/evidence/evidence.crypto';
import { verifyBundle } from '../src/features/evidence/evidence.verify';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function fail(message: string): never {
  process.stderr.write(`evidence:verify: ${message}\n`);
  process.exit(2);
}

function rawPublicKey(key: KeyObject): Uint8Array {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = pub.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x) fail('the key is not an Ed25519 key');
  return new Uint8Array(Buffer.from(jwk.x, 'base64url'));
}

/** Reads a key in any of the accepted forms. */
export function parseKey(text: string): Uint8Array {
  const t = text.trim();
  if (t.includes('PRIVATE KEY')) return rawPublicKey(createPrivateKey(t));
  if (t.includes('PUBLIC KEY')) return rawPublicKey(createPublicKey(t));
  if (/^[0-9a-f]{64}$/i.test(t)) return new Uint8Array(Buffer.from(t, 'hex'));
  const bytes = Buffer.from(t, 'base64');
  if (bytes.length === 32) return new Uint8Array(bytes);
  try {
    return rawPublicKey(createPrivateKey({ key: bytes, format: 'der', type: 'pkcs8' }));
  } catch {
    try {
      return rawPublicKey(createPublicKey({ key: bytes, format: 'der', type: 'spki' }));
    } catch {
      fail('cannot read the key: expected PEM, base64/hex of 32 bytes, or PKCS#8');
    }
  }
}

function configuredKey(): Uint8Array {
  for (const file of ['.dev.vars', '.dev.vars.example']) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const line = /^EVIDENCE_SEAL_KEY\s*=\s*(\S+)/m.exec(readFileSync(path, 'utf8'));
    if (line?.[1]) return parseKey(line[1]);
  }
  fail('no --key given and no EVIDENCE_SEAL_KEY configured in .dev.vars');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keyAt = args.indexOf('--key');
  const keyFile = keyAt >= 0 ? args[keyAt + 1] : undefined;
  if (keyAt >= 0 && !keyFile) fail('--key needs a file');
  const positional = keyAt < 0 ? args : args.filter((_, i) => i !== keyAt && i !== keyAt + 1);
  if (positional.length !== 1)
    fail('usage: evidence:verify <bundle.zip> [--key <public-key-file>]');
  const bundlePath = positional[0]!;
  if (!existsSync(bundlePath)) fail(`no such file: ${bundlePath}`);
  const publicKey = keyFile ? parseKey(readFileSync(keyFile, 'utf8')) : configuredKey();
  const entries = unzipBundle(new Uint8Array(readFileSync(bundlePath)));
  const verdict = await verifyBundle(entries, publicKey, webEvidenceCrypto);
  process.stdout.write(`${JSON.stringify(verdict)}\n`);
  process.exit(verdict.intact ? 0 : 1);
}

await main();
