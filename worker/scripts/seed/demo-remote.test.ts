import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/features/evidence/evidence.verify';
import { loadSealKey, webEvidenceCrypto } from '../../src/features/evidence/evidence.crypto';
import { demoRemote } from './demo-remote';
import { buildSeed } from './generate';

const DEV_KEY = 'MC4CAQAwBQYDK2VwBCIEIB9s/oqy3iUiSYTSdd9rzb0+HC/cS3ufDAfevo32BQPa';

describe('the demo’s sealed remote inspections', () => {
  it('are three, in three counties, intact, and name a changed chunk', async () => {
    const d = buildSeed({
      retailers: 3000,
      applications: 1500,
      today: '2026-12-03',
      seed: 20261127,
      passwordIterations: 1,
    });
    const { sql, objects } = await demoRemote(d, DEV_KEY);
    const ids = [...new Set(objects.map((o) => o.key.split('/')[1]!))];
    expect(ids).toEqual(['rmt_demo_370702', 'rmt_demo_370705', 'rmt_demo_370703']);
    expect(sql.filter((s) => s.startsWith('INSERT INTO remote_inspections')).length).toBe(3);
    const key = await loadSealKey(DEV_KEY);
    for (const id of ids) {
      const prefix = `evidence/${id}/`;
      const entries = new Map(
        objects
          .filter((o) => o.key.startsWith(prefix))
          .map((o) => [o.key.slice(prefix.length), o.bytes]),
      );
      entries.set('public-key.fingerprint', new TextEncoder().encode('ed25519 x\n'));
      expect(await verifyBundle(entries, key.publicKey, webEvidenceCrypto), id).toEqual({
        intact: true,
        problems: [],
      });
      // Positions where the device gave them: two shops' phones did, the third refused.
      const m = JSON.parse(new TextDecoder().decode(entries.get('manifest.json'))) as {
        version: number;
        gps: { consent: { status: string; reason?: string } };
        stills: { gps: { applicant: { status: string } } }[];
      };
      expect(m.version).toBe(2);
      const given = id === 'rmt_demo_370703' ? 'not_given' : 'given';
      expect(m.gps.consent.status, id).toBe(given);
      expect(
        m.stills.every((s) => s.gps.applicant.status === given),
        id,
      ).toBe(true);
      // A changed byte in a chunk is named.
      const chunk = [...entries.keys()].find((k) => k.startsWith('chunks/'))!;
      const bad = new Uint8Array(entries.get(chunk)!);
      bad[10]! ^= 1;
      entries.set(chunk, bad);
      expect((await verifyBundle(entries, key.publicKey, webEvidenceCrypto)).problems).toEqual([
        { part: chunk, problem: 'changed' },
      ]);
    }
  }, 60_000);
});
