/**
 * The demo's sealed remote inspections (云上核查), so a new user sees what a finished one looks
 * like: three cases in three counties whose inspection was recorded, each with a short real
 * recording of the call (the committed data/demo-call.webm, cut into chained chunks as the lead's
 * page uploads it), a still per item that needs one, both signatures with their timed strokes,
 * and a manifest sealed with the configured key — so "verify" says intact. Times follow each
 * case's own record_inspection event, so they move with the app's day.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_CATALOGUE } from '../../core/checklist-seed';
import { maskPersonName, maskPhone } from '../../core/masking';
import { chunkPath, signaturePath, stillPath } from '../../core/remote-evidence';
import { chunkLinks, sealManifest } from '../../src/features/evidence/evidence.bundle';
import { loadSealKey, sha256 } from '../../src/features/evidence/evidence.crypto';
import { toHex } from '../../src/features/evidence/evidence.chain';
import type { ManifestPosition } from '../../core/geo-fix';
import type { CurrentManifest } from '../../src/features/evidence/evidence.manifest';
import type { SeedObject } from './demo-record';
import { Raster } from './png';
import type { SeedData } from './render';
import { inserts } from './sql';

const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const hex = async (b: Uint8Array) => toHex(await sha256(b));

/** The three counties and their two officers (lead first). */
const TEAMS = [
  ['370702', 'inspector', 'inspector2'],
  ['370705', 'inspector.kuiwen', 'inspector.kuiwen2'],
  ['370703', 'inspector.hanting', 'inspector.hanting2'],
] as const;

/** The recorded call, committed once (see make-demo-call.mjs). */
function demoCall(): Uint8Array {
  const here = dirname(fileURLToPath(import.meta.url));
  return new Uint8Array(readFileSync(join(here, 'data', 'demo-call.webm')));
}

/** A still of the applicant's camera: a shop scene tinted per item. */
function still(n: number): Uint8Array {
  const r = new Raster(320, 240);
  r.rect(0, 0, 320, 240, [214, 204, 186, 255]);
  r.rect(20, 20, 280, 40, [180, 30, 36, 255]);
  r.rect(30 + n * 25, 90, 60, 130, [70, 60, 55, 255]);
  r.rect(200, 100, 90, 60, [250, 246, 220, 255]);
  return r.png();
}

function signatureFile(party: 'lead' | 'applicant', start: number): Uint8Array {
  let t = start;
  const pts = Array.from({ length: 30 }, (_, i) => ({
    x: 20 + i * 9,
    y: Math.round((75 + 25 * Math.sin(i / (party === 'lead' ? 2.2 : 3))) * 10) / 10,
    time: (t += 16),
  }));
  return new TextEncoder().encode(
    JSON.stringify({
      party,
      width: 320,
      height: 150,
      strokes: [{ points: pts }],
      png: 'data:image/png;base64,iVBORw0KGgo=',
    }),
  );
}

/** Seal key: the configured development key (the same `npm start` signs with). */
function configuredKey(): string {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
  for (const f of ['.dev.vars', '.dev.vars.example']) {
    try {
      const m = /^EVIDENCE_SEAL_KEY\s*=\s*(\S+)/m.exec(readFileSync(join(root, f), 'utf8'));
      if (m?.[1]) return m[1];
    } catch {
      // not there
    }
  }
  throw new Error('no EVIDENCE_SEAL_KEY configured');
}

export async function demoRemote(
  d: SeedData,
  pkcs8 = configuredKey(),
): Promise<{ sql: string[]; objects: SeedObject[] }> {
  const key = await loadSealKey(pkcs8);
  const call = demoCall();
  const items = SEED_CATALOGUE.new;
  const sql: string[] = [];
  const objects: SeedObject[] = [];
  const used = new Set<string>();
  for (const [county, leadName, obsName] of TEAMS) {
    const a = d.applications.find(
      (x) =>
        x.type === 'new' &&
        x.unit === county &&
        !used.has(x.id) &&
        x.events.some((e) => e.action === 'record_inspection'),
    );
    if (!a) continue;
    used.add(a.id);
    const recorded = Date.parse(a.events.find((e) => e.action === 'record_inspection')!.at);
    const start = recorded - 45 * MIN;
    const id = `rmt_demo_${county}`;
    const recId = `rec_00000000-0000-4000-8000-${county.padStart(12, '0')}`;
    const who = d.applicants.find((x) => x.id === a.applicantId);
    const officers = [leadName, obsName].map((u) => d.staff.find((s) => s.username === u)!);
    const obj = (path: string, bytes: Uint8Array, contentType: string) =>
      objects.push({ key: `evidence/${id}/${path}`, bytes, contentType });

    // The recording: the call cut into four chunks, chained as the server chains uploads.
    const size = Math.ceil(call.length / 4);
    const parts = [0, 1, 2, 3].map((i) => call.subarray(i * size, (i + 1) * size));
    const links = await chunkLinks(recId, parts, (i) => chunkPath(recId, i, 'video/webm'));
    parts.forEach((p, i) => obj(links[i]!.path, p, 'video/webm'));

    // Stills, results and signatures, a minute apart.
    // GPS where the device gave it: the applicant's phone at the shop (a few metres off, as a
    // phone's fix is); the lead sat at a desktop, which reports none. The third shop's owner
    // refused the position: the manifest says so, and the inspection stands.
    const refused = county === TEAMS[2][0];
    const fixAt = (ms: number, jitter: number): ManifestPosition =>
      refused || a.lat === null || a.lng === null
        ? { status: 'not_given', reason: 'denied' }
        : {
            status: 'given',
            lat: Math.round((a.lat + jitter * 1e-5) * 1e6) / 1e6,
            lng: Math.round((a.lng - jitter * 1e-5) * 1e6) / 1e6,
            accuracy: 8 + Math.abs(jitter),
            at: iso(ms - 2000),
            receivedAt: iso(ms),
          };
    const desk: ManifestPosition = { status: 'not_given', reason: 'not_reported' };
    const results: CurrentManifest['results'] = [];
    const stills: CurrentManifest['stills'] = [];
    const fileRows: (string | number | null)[][] = [];
    for (const [n, item] of items.entries()) {
      const at = iso(start + (3 + n * 2) * MIN);
      const paths: string[] = [];
      if (item.still) {
        const png = still(n);
        const h = await hex(png);
        const path = stillPath(item.id, h, 'image/png');
        obj(path, png, 'image/png');
        stills.push({
          path,
          sha256: h,
          length: png.length,
          gps: { applicant: fixAt(Date.parse(at) - 20_000, n), lead: desk },
        });
        fileRows.push([
          `evf_${id}_${item.id}`,
          id,
          'still',
          item.id,
          null,
          path,
          h,
          png.length,
          'image/png',
          at,
          officers[0]!.id,
        ]);
        paths.push(path);
      }
      results.push({ itemId: item.id, title: item.title.zh, result: 'pass', at, stills: paths });
    }
    const signedAt = start + 22 * MIN;
    const sigs = (['lead', 'applicant'] as const).map((party, i) => {
      const bytes = signatureFile(party, signedAt + i * MIN);
      return { party, bytes, path: signaturePath(party), at: iso(signedAt + i * MIN) };
    });
    const sigFiles: CurrentManifest['signatures'] = [];
    for (const s of sigs) {
      const h = await hex(s.bytes);
      obj(s.path, s.bytes, 'application/json');
      sigFiles.push({ path: s.path, sha256: h, length: s.bytes.length });
      fileRows.push([
        `evf_${id}_${s.party}`,
        id,
        'signature',
        null,
        s.party,
        s.path,
        h,
        s.bytes.length,
        'application/json',
        s.at,
        s.party === 'lead' ? officers[0]!.id : a.applicantId,
      ]);
    }
    const sealedAt = iso(start + 25 * MIN);
    const sealed = await sealManifest(
      {
        version: 2,
        inspection: {
          id,
          caseId: a.id,
          licenceKind: 'new',
          checklist: { id: 'new-v1', version: 1 },
          startedAt: iso(start),
          endedAt: sealedAt,
          outcome: 'pass',
        },
        parties: [
          {
            role: 'lead_inspector',
            name: maskPersonName(officers[0]!.displayName.replace(/（.*$/, '')),
            signedAt: sigs[0]!.at,
            signature: sigs[0]!.path,
          },
          { role: 'observer', name: maskPersonName(officers[1]!.displayName.replace(/（.*$/, '')) },
          {
            role: 'applicant',
            name: maskPersonName(who?.name || '店主'),
            phone: maskPhone(who?.phone ?? '13800000000'),
            signedAt: sigs[1]!.at,
            signature: sigs[1]!.path,
          },
        ],
        consent: { at: iso(start + MIN), by: 'applicant' },
        gps: {
          consent: fixAt(start + MIN, 0),
          parties: [
            { role: 'lead_inspector', position: desk },
            { role: 'observer', position: desk },
            { role: 'applicant', position: fixAt(start + 20 * MIN, 2) },
          ],
        },
        results,
        recordings: [
          {
            id: recId,
            side: 'composed',
            mimeType: 'video/webm;codecs=vp8,opus',
            startedAt: iso(start + 2 * MIN),
            chunks: links,
          },
        ],
        stills,
        signatures: sigFiles,
      },
      key,
      sealedAt,
    );
    obj('manifest.json', sealed.bytes, 'application/json');
    obj('manifest.sig', new TextEncoder().encode(`${sealed.signature}\n`), 'text/plain');
    const day = new Date(start + 8 * 3600_000).toISOString().slice(0, 10);
    const hhmm = new Date(start + 8 * 3600_000).toISOString().slice(11, 16);
    sql.push(
      ...inserts(
        'remote_inspections',
        [
          'id',
          'application_id',
          'applicant_id',
          'jurisdiction_code',
          'kind',
          'state',
          'company_name',
          'phone_masked',
          'contact_name',
          'address',
          'deadline_on',
          'appointment_on',
          'appointment_at',
          'checklist_version',
          'created_by',
          'created_at',
          'version',
          'closed_at',
        ],
        [
          [
            id,
            a.id,
            a.applicantId,
            county,
            'new',
            'sealed',
            a.shopName || '便利店',
            maskPhone(who?.phone ?? '13800000000'),
            who?.name || '店主',
            a.address,
            day,
            day,
            hhmm,
            'new-v1',
            officers[0]!.id,
            iso(start - 2 * 86_400_000),
            3,
            sealedAt,
          ],
        ],
      ),
      ...inserts(
        'remote_officers',
        ['inspection_id', 'staff_id', 'position'],
        officers.map((o, i) => [id, o.id, i + 1]),
      ),
      ...inserts(
        'evidence_recordings',
        [
          'id',
          'inspection_id',
          'side',
          'mime_type',
          'started_at',
          'started_by',
          'chunk_count',
          'byte_count',
          'head',
        ],
        [
          [
            recId,
            id,
            'composed',
            'video/webm;codecs=vp8,opus',
            iso(start + 2 * MIN),
            officers[0]!.id,
            parts.length,
            call.length,
            links.at(-1)!.chain,
          ],
        ],
      ),
      ...inserts(
        'evidence_chunks',
        ['recording_id', 'idx', 'offset', 'length', 'sha256', 'chain', 'path', 'uploaded_at'],
        links.map((l) => [
          recId,
          l.index,
          l.offset,
          l.length,
          l.sha256,
          l.chain,
          l.path,
          iso(start + (2 + l.index * 5) * MIN),
        ]),
      ),
      ...inserts(
        'evidence_files',
        [
          'id',
          'inspection_id',
          'kind',
          'item_id',
          'party',
          'path',
          'sha256',
          'length',
          'content_type',
          'at',
          'by',
        ],
        fileRows,
      ),
      ...inserts(
        'evidence_seals',
        [
          'inspection_id',
          'suite',
          'fingerprint',
          'signature',
          'manifest_sha256',
          'outcome',
          'sealed_at',
          'sealed_by',
        ],
        [
          [
            id,
            'ed25519',
            sealed.fingerprint,
            sealed.signature,
            await hex(sealed.bytes),
            'pass',
            sealedAt,
            officers[0]!.id,
          ],
        ],
      ),
    );
  }
  return { sql, objects };
}
