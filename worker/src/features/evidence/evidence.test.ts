import { describe, expect, it } from 'vitest';
import { chunkLinks, sealManifest, unzipBundle, zipBundle } from './evidence.bundle';
import { checkChain } from './evidence.chain';
import {
  bytesToBase64,
  loadSealKey,
  sha256,
  webEvidenceCrypto,
  type SealKey,
} from './evidence.crypto';
import type { ManifestDraft } from './evidence.manifest';
import { verifyBundle } from './evidence.verify';

async function newKey(): Promise<SealKey> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(
    (await crypto.subtle.exportKey('pkcs8', pair.privateKey)) as ArrayBuffer,
  );
  return loadSealKey(bytesToBase64(pkcs8));
}

const chunkBytes = (n: number) =>
  Array.from({ length: n }, (_, i) => new Uint8Array(1000 + i).map((_, j) => (i * 31 + j) & 0xff));

async function bundle(key: SealKey) {
  const chunks = chunkBytes(4);
  const links = await chunkLinks(
    'rec1',
    chunks,
    (i) => `chunks/rec1/${String(i).padStart(6, '0')}.webm`,
  );
  const still = new TextEncoder().encode('still-jpeg');
  const sig = new TextEncoder().encode('{"strokes":[]}');
  const hex = async (b: Uint8Array) =>
    [...(await sha256(b))].map((x) => x.toString(16).padStart(2, '0')).join('');
  const draft: ManifestDraft = {
    version: 1,
    inspection: {
      id: 'ins1',
      caseId: 'app1',
      licenceKind: 'new',
      checklist: { id: 'remote-new', version: 2 },
      startedAt: '2026-03-02T02:00:00Z',
      endedAt: '2026-03-02T02:15:00Z',
      outcome: 'pass',
    },
    parties: [{ role: 'applicant', name: '张*', phone: '138****0000' }],
    consent: { at: '2026-03-02T02:01:00Z', by: 'applicant' },
    gps: [],
    results: [],
    recordings: [
      {
        id: 'rec1',
        side: 'inspector',
        mimeType: 'video/webm',
        startedAt: '2026-03-02T02:01:00Z',
        chunks: links,
      },
    ],
    stills: [{ path: 'stills/item1.jpg', sha256: await hex(still), length: still.length }],
    signatures: [{ path: 'signatures/applicant.json', sha256: await hex(sig), length: sig.length }],
  };
  const sealed = await sealManifest(draft, key, '2026-03-02T02:16:00Z');
  const parts = new Map<string, Uint8Array>(links.map((l, i) => [l.path, chunks[i]!]));
  parts.set('stills/item1.jpg', still);
  parts.set('signatures/applicant.json', sig);
  return { sealed, parts, links };
}

describe('evidence bundle', () => {
  it('verifies an untouched bundle as intact, through the ZIP', async () => {
    const key = await newKey();
    const { sealed, parts } = await bundle(key);
    const entries = unzipBundle(zipBundle(sealed, parts));
    expect(await verifyBundle(entries, key.publicKey, webEvidenceCrypto)).toEqual({
      intact: true,
      problems: [],
    });
  });

  it('names exactly the chunk whose byte changed', async () => {
    const key = await newKey();
    const { sealed, parts, links } = await bundle(key);
    const entries = unzipBundle(zipBundle(sealed, parts));
    const bytes = entries.get(links[2]!.path)!;
    bytes[10] = bytes[10]! ^ 1;
    const verdict = await verifyBundle(entries, key.publicKey, webEvidenceCrypto);
    expect(verdict).toEqual({
      intact: false,
      problems: [{ part: links[2]!.path, problem: 'changed' }],
    });
  });

  it('tells missing, moved and unexpected parts apart', async () => {
    const key = await newKey();
    const { sealed, parts, links } = await bundle(key);
    const entries = unzipBundle(zipBundle(sealed, parts));
    const [a, b] = [entries.get(links[0]!.path)!, entries.get(links[1]!.path)!];
    entries.set(links[0]!.path, b);
    entries.set(links[1]!.path, a);
    entries.delete('stills/item1.jpg');
    entries.set('chunks/rec1/extra.webm', new Uint8Array([1, 2, 3]));
    const verdict = await verifyBundle(entries, key.publicKey, webEvidenceCrypto);
    expect(verdict.intact).toBe(false);
    expect(verdict.problems).toEqual([
      { part: links[0]!.path, problem: 'out_of_order' },
      { part: links[1]!.path, problem: 'out_of_order' },
      { part: 'stills/item1.jpg', problem: 'missing' },
      { part: 'chunks/rec1/extra.webm', problem: 'unexpected' },
    ]);
  });

  it('refuses a bundle sealed by another key, an altered manifest and a missing manifest', async () => {
    const key = await newKey();
    const other = await newKey();
    const { sealed, parts } = await bundle(other);
    const entries = unzipBundle(zipBundle(sealed, parts));
    expect((await verifyBundle(entries, key.publicKey, webEvidenceCrypto)).problems).toEqual([
      { part: 'manifest.sig', problem: 'signature' },
    ]);

    const own = await bundle(key);
    const altered = unzipBundle(zipBundle(own.sealed, own.parts));
    const text = new TextDecoder().decode(altered.get('manifest.json'));
    altered.set('manifest.json', new TextEncoder().encode(text.replace('"pass"', '"fail"')));
    expect((await verifyBundle(altered, key.publicKey, webEvidenceCrypto)).problems).toEqual([
      { part: 'manifest.sig', problem: 'signature' },
    ]);
    altered.set('manifest.json', new TextEncoder().encode('{not json'));
    expect((await verifyBundle(altered, key.publicKey, webEvidenceCrypto)).problems).toEqual([
      { part: 'manifest.json', problem: 'changed' },
    ]);
    altered.delete('manifest.json');
    expect((await verifyBundle(altered, key.publicKey, webEvidenceCrypto)).problems).toEqual([
      { part: 'manifest.json', problem: 'missing' },
    ]);
    expect(unzipBundle(new Uint8Array([1, 2, 3])).size).toBe(0);
  });

  it('chains chunks so that a changed, dropped or reordered link is located', async () => {
    const links = await chunkLinks('rec9', chunkBytes(5), (i) => `chunks/rec9/${i}`);
    expect(await checkChain(sha256, 'rec9', links)).toEqual([]);
    // The same chunks under another recording id do not chain: the genesis binds the recording.
    expect((await checkChain(sha256, 'rec8', links))[0]).toEqual({ index: 0, problem: 'changed' });
    const dropped = links.filter((l) => l.index !== 2);
    expect(await checkChain(sha256, 'rec9', dropped)).toEqual([
      { index: 3, problem: 'out_of_order' },
      { index: 4, problem: 'out_of_order' },
    ]);
    const flip = (hex: string) => (hex[0] === 'f' ? '0' : 'f') + hex.slice(1);
    const tampered = links.map((l) => (l.index === 1 ? { ...l, sha256: flip(l.sha256) } : l));
    expect(await checkChain(sha256, 'rec9', tampered)).toEqual([{ index: 1, problem: 'changed' }]);
  });
});
