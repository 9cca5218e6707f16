/**
 * The evidence of a remote inspection in D1 and R2: recording segments and their chained
 * chunks, stills and signatures. Appending a chunk is idempotent by (segment, index, hash): a
 * replay of an acknowledged chunk gets the same acknowledgement and writes nothing.
 */
import type { ErrorCode } from '../../../core/errors';
import {
  chunkPath,
  evidenceKey,
  type ChunkAck,
  type RecordingView,
} from '../../../core/remote-evidence';
import type { RoomErrorCode } from '../../../core/room';
import { AppError } from '../../lib/errors';
import { chainGenesis, chainStep } from './evidence.chain';
import { sha256 } from './evidence.crypto';

export interface RecordingRow {
  id: string;
  inspection_id: string;
  side: 'inspector' | 'applicant' | 'composed';
  mime_type: string;
  started_at: string;
  started_by: string;
  chunk_count: number;
  byte_count: number;
  head: string;
}

export interface ChunkRow {
  recording_id: string;
  idx: number;
  offset: number;
  length: number;
  sha256: string;
  chain: string;
  path: string;
  uploaded_at: string;
}

export interface FileRow {
  id: string;
  inspection_id: string;
  kind: 'still' | 'signature';
  item_id: string | null;
  party: 'lead' | 'applicant' | null;
  path: string;
  sha256: string;
  length: number;
  content_type: string;
  at: string;
  by: string;
}

export function recordingView(r: RecordingRow): RecordingView {
  return {
    id: r.id,
    mimeType: r.mime_type,
    startedAt: r.started_at,
    chunks: r.chunk_count,
    bytes: r.byte_count,
    head: r.head,
  };
}

export async function recordingsOf(d1: D1Database, inspectionId: string): Promise<RecordingRow[]> {
  const { results } = await d1
    .prepare('SELECT * FROM evidence_recordings WHERE inspection_id = ? ORDER BY started_at, id')
    .bind(inspectionId)
    .all<RecordingRow>();
  return results;
}

export async function chunksOf(d1: D1Database, recordingId: string): Promise<ChunkRow[]> {
  const { results } = await d1
    .prepare('SELECT * FROM evidence_chunks WHERE recording_id = ? ORDER BY idx')
    .bind(recordingId)
    .all<ChunkRow>();
  return results;
}

export async function filesOf(d1: D1Database, inspectionId: string): Promise<FileRow[]> {
  const { results } = await d1
    .prepare('SELECT * FROM evidence_files WHERE inspection_id = ? ORDER BY kind, at, path')
    .bind(inspectionId)
    .all<FileRow>();
  return results;
}

/** A new recording segment; its chain starts from the genesis of its id. */
export async function startRecording(
  d1: D1Database,
  r: { inspectionId: string; side: RecordingRow['side']; mimeType: string; by: string; at: string },
  max: number,
): Promise<RecordingRow | null> {
  const id = `rec_${crypto.randomUUID()}`;
  const head = await chainGenesis(sha256, id);
  const inserted = await d1
    .prepare(
      `INSERT INTO evidence_recordings (id, inspection_id, side, mime_type, started_at,
         started_by, head)
       SELECT ?, ?, ?, ?, ?, ?, ?
       WHERE (SELECT COUNT(*) FROM evidence_recordings WHERE inspection_id = ?) < ?`,
    )
    .bind(id, r.inspectionId, r.side, r.mimeType, r.at, r.by, head, r.inspectionId, max)
    .run();
  if ((inserted.meta.changes ?? 0) !== 1) return null;
  return d1
    .prepare('SELECT * FROM evidence_recordings WHERE id = ?')
    .bind(id)
    .first<RecordingRow>();
}

/**
 * Appends chunk `index` with `bytes` (whose SHA-256 the caller checked is `hash`) to the
 * segment: the next index only; an earlier index with the same hash is a replay (acknowledged
 * again), with another hash a conflict; a later one is a gap. The bytes go to R2 before the
 * row, so an acknowledged chunk is always stored.
 */
export async function appendChunk(
  env: { DB: D1Database; EVIDENCE: R2Bucket },
  rec: RecordingRow,
  index: number,
  bytes: Uint8Array,
  hash: string,
  at: string,
): Promise<ChunkAck> {
  const d1 = env.DB;
  if (index < rec.chunk_count) {
    const seen = await d1
      .prepare('SELECT * FROM evidence_chunks WHERE recording_id = ? AND idx = ?')
      .bind(rec.id, index)
      .first<ChunkRow>();
    if (!seen || seen.sha256 !== hash) throw new AppError('EVIDENCE_CHUNK_CONFLICT');
    return ack(rec, seen, true);
  }
  if (index > rec.chunk_count) {
    throw new AppError('EVIDENCE_CHUNK_GAP', [
      { path: 'index', message: `expected ${rec.chunk_count}` },
    ]);
  }
  const link = { index, offset: rec.byte_count, length: bytes.byteLength, sha256: hash };
  const chain = await chainStep(sha256, rec.head, link);
  const path = chunkPath(rec.id, index, rec.mime_type);
  await env.EVIDENCE.put(evidenceKey(rec.inspection_id, path), bytes, {
    httpMetadata: { contentType: rec.mime_type.split(';')[0] },
    customMetadata: { sha256: hash, chain },
  });
  const [moved] = await d1.batch([
    d1
      .prepare(
        `UPDATE evidence_recordings SET chunk_count = chunk_count + 1,
           byte_count = byte_count + ?, head = ? WHERE id = ? AND chunk_count = ?`,
      )
      .bind(bytes.byteLength, chain, rec.id, index),
    d1
      .prepare(
        `INSERT INTO evidence_chunks (recording_id, idx, offset, length, sha256, chain, path,
           uploaded_at)
         SELECT ?, ?, ?, ?, ?, ?, ?, ?
         WHERE EXISTS (SELECT 1 FROM evidence_recordings WHERE id = ? AND head = ?)
         ON CONFLICT DO NOTHING`,
      )
      .bind(rec.id, index, link.offset, link.length, hash, chain, path, at, rec.id, chain),
  ]);
  if ((moved?.meta.changes ?? 0) !== 1) {
    // A racing upload of the same index won: answer as a replay, or as the conflict it is.
    const now = await d1
      .prepare('SELECT * FROM evidence_recordings WHERE id = ?')
      .bind(rec.id)
      .first<RecordingRow>();
    if (!now) throw new AppError('NOT_FOUND');
    return appendChunk(env, now, index, bytes, hash, at);
  }
  const next = {
    ...rec,
    chunk_count: rec.chunk_count + 1,
    byte_count: rec.byte_count + bytes.byteLength,
  };
  return ack(next, { idx: index, chain } as ChunkRow, false);
}

function ack(
  rec: RecordingRow,
  chunk: Pick<ChunkRow, 'idx' | 'chain'>,
  duplicate: boolean,
): ChunkAck {
  return {
    recordingId: rec.id,
    index: chunk.idx,
    chain: chunk.chain,
    chunks: rec.chunk_count,
    bytes: rec.byte_count,
    duplicate,
  };
}

/** The API's refusal for a room's refusal of a server command. */
export function roomRefusal(code: RoomErrorCode): AppError {
  const map: Partial<Record<RoomErrorCode, ErrorCode>> = {
    CONSENT_FIRST: 'EVIDENCE_CONSENT_FIRST',
    UNKNOWN_ITEM: 'EVIDENCE_UNKNOWN_ITEM',
    CHECKLIST_UNFINISHED: 'EVIDENCE_CHECKLIST_UNFINISHED',
    ALREADY_SIGNED: 'EVIDENCE_ALREADY_SIGNED',
    SIGNATURES_MISSING: 'EVIDENCE_SIGNATURES_MISSING',
    SEALED: 'EVIDENCE_SEALED',
    NOT_PARTICIPANT: 'EVIDENCE_NOT_LIVE',
  };
  return new AppError(map[code] ?? 'FORBIDDEN');
}
