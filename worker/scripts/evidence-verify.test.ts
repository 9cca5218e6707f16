// The offline verifier as a court would run it: a bundle sealed with this checkout's
// configured key verifies without --key; a changed chunk or another key is named.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chunkLinks,
  sealManifest,
  unzipBundle,
  zipBundle,
} from '../src/features/evidence/evidence.bundle';
import { loadSealKey } from '../src/features/evidence/evidence.crypto';

const root = join(import.meta.dirname, '../..');

function run(...args: string[]) {
  const r = spawnSync(
    join(root, 'node_modules/.bin/tsx'),
    ['worker/scripts/evidence-verify.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { status: r.status, out: r.stdout.trim() ? JSON.parse(r.stdout) : null, err: r.stderr };
}

async function writeBundle(dir: string): Promise<{ path: string; chunk: string }> {
  const example = readFileSync(join(root, '.dev.vars.example'), 'utf8');
  const dev = (() => {
    try {
      return readFileSync(join(root, '.dev.vars'), 'utf8');
    } catch {
      return '';
    }
  })();
  const configured =
    /^EVIDENCE_SEAL_KEY=(\S+)/m.exec(dev) ?? /^EVIDENCE_SEAL_KEY=(\S+)/m.exec(example);
  const key = await loadSealKey(configured![1]);
  const chunks = [new Uint8Array(300).fill(7), new Uint8Array(200).fill(9)];
  const links = await chunkLinks('r1', chunks, (i) => `chunks/r1/${i}.webm`);
  const sealed = await sealManifest(
    {
      version: 1,
      inspection: {
        id: 'i1',
        caseId: 'c1',
        licenceKind: 'new',
        checklist: { id: 'k', version: 1 },
        startedAt: '2026-01-05T01:00:00Z',
        endedAt: '2026-01-05T01:20:00Z',
        outcome: 'pass',
      },
      parties: [],
      consent: { at: '2026-01-05T01:01:00Z', by: 'applicant' },
      gps: [],
      results: [],
      recordings: [
        {
          id: 'r1',
          side: 'composed',
          mimeType: 'video/webm',
          startedAt: '2026-01-05T01:01:00Z',
          chunks: links,
        },
      ],
      stills: [],
      signatures: [],
    },
    key,
    '2026-01-05T01:21:00Z',
  );
  const path = join(dir, 'bundle.zip');
  writeFileSync(path, zipBundle(sealed, new Map(links.map((l, i) => [l.path, chunks[i]!]))));
  return { path, chunk: links[1]!.path };
}

describe('npm run evidence:verify', () => {
  it('says intact with the configured key, and names a changed chunk or a foreign key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evidence-'));
    const { path, chunk } = await writeBundle(dir);
    expect(run(path)).toMatchObject({ status: 0, out: { intact: true, problems: [] } });

    const entries = unzipBundle(new Uint8Array(readFileSync(path)));
    entries.get(chunk)![5] = 1;
    const { zipSync } = await import('fflate');
    const tampered = join(dir, 'tampered.zip');
    writeFileSync(tampered, zipSync(Object.fromEntries(entries), { level: 0 }));
    expect(run(tampered)).toMatchObject({
      status: 1,
      out: { intact: false, problems: [{ part: chunk, problem: 'changed' }] },
    });

    const other = join(dir, 'other.pem');
    writeFileSync(
      other,
      generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }),
    );
    expect(run(path, '--key', other)).toMatchObject({
      status: 1,
      out: { intact: false, problems: [{ part: 'manifest.sig', problem: 'signature' }] },
    });
    expect(run().status).toBe(2);
    expect(run(join(dir, 'nope.zip')).status).toBe(2);
  }, 60_000);
});
