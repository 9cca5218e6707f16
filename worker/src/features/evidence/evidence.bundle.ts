/**
 * Writing and reading evidence bundles: one ZIP with `manifest.json` (the exact signed bytes),
 * `manifest.sig` (base64 signature), `public-key.fingerprint`, and the parts under `chunks/`,
 * `stills/` and `signatures/`. Stored uncompressed: video does not shrink, and a court's tools
 * can read a stored ZIP entry as is.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { chainGenesis, chainStep, toHex } from './evidence.chain';
import { bytesToBase64, sha256, signManifest, type SealKey } from './evidence.crypto';
import {
  BUNDLE_FINGERPRINT,
  BUNDLE_MANIFEST,
  BUNDLE_SIGNATURE,
  canonicalJson,
  type EvidenceManifest,
  type ManifestChunk,
  type ManifestDraft,
} from './evidence.manifest';
import { keyFingerprint } from './evidence.verify';

/** The chain links of a recording's chunks, as the server computes them on upload. */
export async function chunkLinks(
  recordingId: string,
  chunks: readonly Uint8Array[],
  pathOf: (index: number) => string,
): Promise<ManifestChunk[]> {
  const out: ManifestChunk[] = [];
  let previous = await chainGenesis(sha256, recordingId);
  let offset = 0;
  for (const [index, bytes] of chunks.entries()) {
    const link = { index, offset, length: bytes.length, sha256: toHex(await sha256(bytes)) };
    const chain = await chainStep(sha256, previous, link);
    out.push({ ...link, path: pathOf(index), chain });
    previous = chain;
    offset += bytes.length;
  }
  return out;
}

export interface SealedManifest {
  manifest: EvidenceManifest;
  bytes: Uint8Array;
  signature: string;
  fingerprint: string;
}

/** Fills in the seal block, serialises canonically and signs. */
export async function sealManifest(
  draft: ManifestDraft,
  key: SealKey,
  sealedAt: string,
): Promise<SealedManifest> {
  const fingerprint = await keyFingerprint(sha256, key.publicKey);
  const manifest = {
    ...draft,
    seal: { suite: key.suite, keyFingerprint: fingerprint, sealedAt },
  } as EvidenceManifest;
  const bytes = new TextEncoder().encode(canonicalJson(manifest));
  const signature = bytesToBase64(await signManifest(key, bytes));
  return { manifest, bytes, signature, fingerprint };
}

export function zipBundle(
  sealed: SealedManifest,
  parts: ReadonlyMap<string, Uint8Array>,
): Uint8Array {
  const files: Zippable = {
    [BUNDLE_MANIFEST]: sealed.bytes,
    [BUNDLE_SIGNATURE]: new TextEncoder().encode(`${sealed.signature}\n`),
    [BUNDLE_FINGERPRINT]: new TextEncoder().encode(
      `${sealed.manifest.seal.suite} ${sealed.fingerprint}\n`,
    ),
  };
  for (const [path, bytes] of parts) files[path] = bytes;
  // A fixed timestamp keeps the same evidence producing the same bundle bytes.
  return zipSync(files, { level: 0, mtime: new Date('2020-01-01T00:00:00Z') });
}

/** The bundle's entries by path; a file that is not a ZIP reads as an empty bundle. */
export function unzipBundle(zip: Uint8Array): Map<string, Uint8Array> {
  try {
    return new Map(Object.entries(unzipSync(zip)));
  } catch {
    return new Map();
  }
}
