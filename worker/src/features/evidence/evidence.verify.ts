/**
 * Verifies an evidence bundle without our server: recompute every hash and the seal, and say
 * exactly which part changed, is missing, is out of order or is unexpected. Used by the staff
 * page (in the worker) and by `npm run evidence:verify` (in Node) with the same code.
 */
import { checkChain, toHex, type Sha256 } from './evidence.chain';
import {
  BUNDLE_FINGERPRINT,
  BUNDLE_MANIFEST,
  BUNDLE_SIGNATURE,
  EvidenceManifest,
  manifestParts,
} from './evidence.manifest';

export type BundleProblemKind = 'changed' | 'missing' | 'unexpected' | 'out_of_order' | 'signature';
export interface BundleProblem {
  part: string;
  problem: BundleProblemKind;
}
export interface BundleVerdict {
  intact: boolean;
  problems: BundleProblem[];
}

export interface EvidenceCrypto {
  sha256: Sha256;
  /** Checks `signature` over `data` with the suite's public key (raw bytes). */
  verify(
    suite: string,
    publicKey: Uint8Array,
    signature: Uint8Array,
    data: Uint8Array,
  ): Promise<boolean>;
}

/** The fingerprint printed in bundles and on staff pages: hex SHA-256 of the raw public key. */
export async function keyFingerprint(sha256: Sha256, publicKey: Uint8Array): Promise<string> {
  return toHex(await sha256(publicKey));
}

function decodeBase64(text: string): Uint8Array | null {
  const clean = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) return null;
  const bin = atob(clean);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export async function verifyBundle(
  entries: ReadonlyMap<string, Uint8Array>,
  publicKey: Uint8Array,
  crypto: EvidenceCrypto,
): Promise<BundleVerdict> {
  const problems: BundleProblem[] = [];
  const done = (): BundleVerdict => ({ intact: problems.length === 0, problems });

  const manifestBytes = entries.get(BUNDLE_MANIFEST);
  if (!manifestBytes) {
    problems.push({ part: BUNDLE_MANIFEST, problem: 'missing' });
    return done();
  }

  // The seal: the signature over the manifest's exact bytes, by the key we were given.
  const sigText = entries.get(BUNDLE_SIGNATURE);
  let manifest: EvidenceManifest | null = null;
  try {
    const parsed = EvidenceManifest.safeParse(JSON.parse(new TextDecoder().decode(manifestBytes)));
    if (parsed.success) manifest = parsed.data;
  } catch {
    manifest = null;
  }
  if (!sigText) {
    problems.push({ part: BUNDLE_SIGNATURE, problem: 'missing' });
  } else {
    const signature = decodeBase64(new TextDecoder().decode(sigText));
    const fingerprint = await keyFingerprint(crypto.sha256, publicKey);
    const suite = manifest?.seal.suite ?? 'ed25519';
    const sealed =
      signature !== null &&
      manifest?.seal.keyFingerprint === fingerprint &&
      (await crypto.verify(suite, publicKey, signature, manifestBytes).catch(() => false));
    // A manifest that no longer parses was changed; otherwise a failed seal is a signature
    // problem (altered manifest bytes, another key, or a damaged signature).
    if (!sealed && manifest) problems.push({ part: BUNDLE_SIGNATURE, problem: 'signature' });
  }
  if (!manifest) {
    problems.push({ part: BUNDLE_MANIFEST, problem: 'changed' });
    return done();
  }

  // The chain as listed (a signed manifest cannot break it, but a verifier checks, not trusts).
  for (const rec of manifest.recordings) {
    for (const fault of await checkChain(crypto.sha256, rec.id, rec.chunks)) {
      const chunk = rec.chunks.find((c) => c.index === fault.index);
      problems.push({ part: chunk?.path ?? `recording ${rec.id}`, problem: fault.problem });
    }
  }

  // Every listed part present with its hash; a chunk carrying another chunk's bytes was moved.
  const listed = new Set<string>([BUNDLE_MANIFEST, BUNDLE_SIGNATURE, BUNDLE_FINGERPRINT]);
  const chunkHashes = new Map<string, string>();
  for (const rec of manifest.recordings) {
    for (const c of rec.chunks) chunkHashes.set(`${rec.id}\u0000${c.sha256}`, c.path);
  }
  const recordingOf = new Map<string, string>();
  for (const rec of manifest.recordings)
    for (const c of rec.chunks) recordingOf.set(c.path, rec.id);

  for (const part of manifestParts(manifest)) {
    listed.add(part.path);
    const bytes = entries.get(part.path);
    if (!bytes) {
      problems.push({ part: part.path, problem: 'missing' });
      continue;
    }
    const actual = toHex(await crypto.sha256(bytes));
    if (actual === part.sha256 && bytes.length === part.length) continue;
    const rec = recordingOf.get(part.path);
    const elsewhere = rec ? chunkHashes.get(`${rec}\u0000${actual}`) : undefined;
    const moved = elsewhere !== undefined && elsewhere !== part.path;
    problems.push({ part: part.path, problem: moved ? 'out_of_order' : 'changed' });
  }

  for (const name of [...entries.keys()].sort()) {
    if (!listed.has(name) && !name.endsWith('/'))
      problems.push({ part: name, problem: 'unexpected' });
  }
  return done();
}
