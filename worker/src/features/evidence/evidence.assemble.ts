/**
 * Building a remote inspection's manifest from what the server recorded (D1 rows of its
 * segments, chunks, stills and signatures, and the room's state), and reading its evidence
 * bundle back out of R2. The manifest says only what the server itself checked on upload.
 */
import { manifestPosition, type GeoEntry } from '../../../core/geo-fix';
import { maskPersonName } from '../../../core/masking';
import { evidenceKey } from '../../../core/remote-evidence';
import type { RoomState } from '../../../core/room';
import {
  BUNDLE_MANIFEST,
  MANIFEST_VERSION,
  manifestParts,
  type CurrentManifest,
  type EvidenceManifest,
} from './evidence.manifest';
import { type SealedManifest, zipBundle } from './evidence.bundle';
import type { ChunkRow, FileRow, RecordingRow } from './evidence.repo';

export interface ManifestFacts {
  inspection: {
    id: string;
    caseId: string;
    licenceKind: string;
    checklistVersion: string;
    contactName: string;
    phoneMasked: string;
    officers: { id: string; name: string }[];
  };
  room: RoomState;
  recordings: { row: RecordingRow; chunks: ChunkRow[] }[];
  files: FileRow[];
  endedAt: string;
}

/** The checklist version's number from its id (`new-v3` → 3). */
function versionNumber(id: string): number {
  const m = /-v(\d+)$/.exec(id);
  return m ? Number(m[1]) : 0;
}

const RESULT = { pass: 'pass', fail: 'fail', na: 'not_applicable' } as const;

/** Passed when no item failed (not applicable items do not fail an inspection). */
export function outcomeOf(room: RoomState): 'pass' | 'fail' {
  return Object.values(room.results).some((r) => r.result === 'fail') ? 'fail' : 'pass';
}

/** GPS where the devices gave it: with the consent, each party's last report, at each still. */
function positionsOf(f: ManifestFacts): Pick<CurrentManifest, 'gps'> {
  const { room } = f;
  const [lead, ...observers] = f.inspection.officers;
  const at = (person: string | undefined): GeoEntry | undefined =>
    person ? room.positions[person] : undefined;
  return {
    gps: {
      consent: manifestPosition(room.consentPosition),
      parties: [
        ...(lead
          ? [{ role: 'lead_inspector' as const, position: manifestPosition(at(lead.id)) }]
          : []),
        ...observers.map((o) => ({
          role: 'observer' as const,
          position: manifestPosition(at(o.id)),
        })),
        { role: 'applicant' as const, position: manifestPosition(at(room.setup.applicantId)) },
      ],
    },
  };
}

export function manifestDraft(f: ManifestFacts): Omit<CurrentManifest, 'seal'> {
  const { room } = f;
  const stillsByHash = new Map(
    f.files.filter((x) => x.kind === 'still').map((x) => [`${x.item_id}:${x.sha256}`, x.path]),
  );
  const signed = (party: 'lead' | 'applicant') => {
    const s = room.signatures[party];
    const file = f.files.find((x) => x.kind === 'signature' && x.party === party);
    return s && file ? { signedAt: s.at, signature: file.path } : {};
  };
  const firstJoin = room.log.find((l) => l.event === 'join')?.at ?? room.consentAt ?? f.endedAt;
  const [lead, ...observers] = f.inspection.officers;
  return {
    version: MANIFEST_VERSION,
    inspection: {
      id: f.inspection.id,
      caseId: f.inspection.caseId,
      licenceKind: f.inspection.licenceKind,
      checklist: {
        id: f.inspection.checklistVersion,
        version: versionNumber(f.inspection.checklistVersion),
      },
      startedAt: firstJoin,
      endedAt: f.endedAt,
      outcome: outcomeOf(room),
    },
    parties: [
      ...(lead
        ? [{ role: 'lead_inspector' as const, name: maskPersonName(lead.name), ...signed('lead') }]
        : []),
      ...observers.map((o) => ({ role: 'observer' as const, name: maskPersonName(o.name) })),
      {
        role: 'applicant' as const,
        name: maskPersonName(f.inspection.contactName),
        phone: f.inspection.phoneMasked,
        ...signed('applicant'),
      },
    ],
    consent: { at: room.consentAt ?? f.endedAt, by: 'applicant' },
    ...positionsOf(f),
    results: room.setup.items
      .filter((i) => room.results[i.id])
      .map((i) => {
        const r = room.results[i.id]!;
        return {
          itemId: i.id,
          title: i.title.zh,
          result: RESULT[r.result],
          ...(r.note ? { note: r.note } : {}),
          at: r.at,
          stills: (room.stills[i.id] ?? [])
            .map((h) => stillsByHash.get(`${i.id}:${h}`))
            .filter((p): p is string => p !== undefined),
        };
      }),
    recordings: f.recordings
      .filter((r) => r.chunks.length > 0)
      .map(({ row, chunks }) => ({
        id: row.id,
        side: row.side,
        mimeType: row.mime_type,
        startedAt: row.started_at,
        chunks: chunks.map((c) => ({
          index: c.idx,
          path: c.path,
          offset: c.offset,
          length: c.length,
          sha256: c.sha256,
          chain: c.chain,
        })),
      })),
    stills: f.files
      .filter((x) => x.kind === 'still')
      .map((x) => ({
        path: x.path,
        sha256: x.sha256,
        length: x.length,
        gps: {
          applicant: manifestPosition(room.stillPositions[x.sha256]?.applicant),
          lead: manifestPosition(room.stillPositions[x.sha256]?.lead),
        },
      })),
    signatures: f.files
      .filter((x) => x.kind === 'signature')
      .sort((a, b) => (a.party === 'lead' ? -1 : b.party === 'lead' ? 1 : 0))
      .map((x) => ({ path: x.path, sha256: x.sha256, length: x.length })),
  };
}

/** R2 keys of the sealed manifest and its signature. */
export const manifestKey = (id: string) => evidenceKey(id, BUNDLE_MANIFEST);

/**
 * The bundle of a sealed inspection, read from R2 as stored now: a part that was changed or
 * lost in storage shows up as such when the bundle is verified.
 */
export async function bundleOf(
  bucket: R2Bucket,
  inspectionId: string,
  seal: { signature: string; fingerprint: string },
): Promise<{ zip: Uint8Array; manifest: EvidenceManifest } | null> {
  const obj = await bucket.get(manifestKey(inspectionId));
  if (!obj) return null;
  const bytes = new Uint8Array(await obj.arrayBuffer());
  const manifest = JSON.parse(new TextDecoder().decode(bytes)) as EvidenceManifest;
  const parts = new Map<string, Uint8Array>();
  for (const part of manifestParts(manifest)) {
    const o = await bucket.get(evidenceKey(inspectionId, part.path));
    if (o) parts.set(part.path, new Uint8Array(await o.arrayBuffer()));
  }
  const sealed: SealedManifest = {
    manifest,
    bytes,
    signature: seal.signature,
    fingerprint: seal.fingerprint,
  };
  return { zip: zipBundle(sealed, parts), manifest };
}
