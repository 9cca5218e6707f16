/**
 * 云上核查 evidence while the call runs: the lead's page records after the applicant's consent
 * and uploads the recording in chained chunks; the lead takes still frames of the applicant's
 * camera; both sides sign at the end (strokes with their timing). Each upload is checked (its
 * hash, its order, the room's rules) before anything is stored; a refused one changes nothing.
 */
import { Hono } from 'hono';
import type { Who } from '../../../core/access';
import {
  EVIDENCE_CHUNK_MAX_BYTES,
  EVIDENCE_STILL_MAX_BYTES,
  MAX_RECORDINGS,
  MAX_STILLS_PER_ITEM,
  chunkHashSchema,
  chunkParamsSchema,
  evidenceKey,
  mayRecordRemote,
  recordingStartSchema,
  remoteSignatureSchema,
  signaturePath,
  stillPath,
  stillQuerySchema,
  type RemoteSignatureInput,
} from '../../../core/remote-evidence';
import { mayReadRemote } from '../../../core/remote-inspection';
import { applyRoomCommand, type RoomServerCommand, type RoomState } from '../../../core/room';
import type { AppEnv, Ctx, Principal } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json, parse, query } from '../../lib/validate';
import { applicantOf, requireApplicant, requireStaff, staffOf } from '../../middleware/auth';
import { staffWho, whoOf } from '../applications/applications.access';
import { sniffType } from '../attachments/attachment-types';
import { audit } from '../audit/audit.service';
import { findRemote, remoteScopeOf, type RemoteRow } from '../remote/remote.repo';
import { roomOf } from '../remote/remote.room';
import { toHex } from './evidence.chain';
import { sha256 } from './evidence.crypto';
import {
  appendChunk,
  recordingView,
  recordingsOf,
  roomRefusal,
  startRecording,
  type RecordingRow,
} from './evidence.repo';

/** The inspection if the caller may read it (404 otherwise, as if it did not exist). */
export async function readableRemote(c: Ctx, p: Principal, id: string): Promise<RemoteRow> {
  const row = await findRemote(c.env.DB, id);
  if (!row || !mayReadRemote(whoOf(p), remoteScopeOf(row))) throw new AppError('NOT_FOUND');
  return row;
}

/** The inspection, for its lead while it is live (the call has begun and is not sealed). */
async function leadsLive(c: Ctx, id: string): Promise<{ row: RemoteRow; who: Who }> {
  const p = staffOf(c);
  const row = await readableRemote(c, p, id);
  const who = staffWho(p);
  if (!mayRecordRemote(who, remoteScopeOf(row))) throw new AppError('FORBIDDEN');
  if (row.state === 'sealed') throw new AppError('EVIDENCE_SEALED');
  if (row.state !== 'live') throw new AppError('EVIDENCE_NOT_LIVE');
  return { row, who };
}

/** The room's state now (null: nobody ever joined). */
export async function roomState(c: Ctx, id: string): Promise<RoomState | null> {
  return (await roomOf(c, id).snapshot()) as RoomState | null;
}

/**
 * Checks a server command against the room's state first (nothing is stored for a command the
 * room would refuse), then runs `store` and records the command in the room.
 */
async function throughRoom(c: Ctx, id: string, cmd: RoomServerCommand, store: () => Promise<void>) {
  const state = await roomState(c, id);
  if (!state) throw new AppError('EVIDENCE_NOT_LIVE');
  const dry = applyRoomCommand(state, 'server', cmd, appNowIso(c.env));
  if ('error' in dry) throw roomRefusal(dry.error);
  await store();
  const done = await roomOf(c, id).command(cmd);
  if ('error' in done) throw roomRefusal(done.error);
  return done.state;
}

async function bodyBytes(
  c: Ctx,
  max: number,
  tooLarge: 'EVIDENCE_CHUNK_TOO_LARGE' | 'EVIDENCE_STILL_INVALID',
) {
  const body = new Uint8Array(await c.req.arrayBuffer());
  if (body.byteLength > max) throw new AppError(tooLarge);
  return body;
}

/** Stores a party's signature file and records it in the room. */
async function sign(
  c: Ctx,
  row: RemoteRow,
  party: 'lead' | 'applicant',
  by: string,
  b: RemoteSignatureInput,
) {
  const bytes = new TextEncoder().encode(JSON.stringify({ party, ...b }));
  const hash = toHex(await sha256(bytes));
  const path = signaturePath(party);
  const at = appNowIso(c.env);
  const state = await throughRoom(
    c,
    row.id,
    { type: 'signature', party, sha256: hash },
    async () => {
      await c.env.EVIDENCE.put(evidenceKey(row.id, path), bytes, {
        httpMetadata: { contentType: 'application/json' },
        customMetadata: { sha256: hash },
      });
      await c.env.DB.prepare(
        `INSERT INTO evidence_files (id, inspection_id, kind, party, path, sha256, length,
         content_type, at, by) VALUES (?, ?, 'signature', ?, ?, ?, ?, 'application/json', ?, ?)`,
      )
        .bind(crypto.randomUUID(), row.id, party, path, hash, bytes.byteLength, at, by)
        .run();
    },
  );
  await audit(c, {
    event: 'remote_signed',
    subjectType: 'remote_inspection',
    subjectId: row.id,
    detail: { party, sha256: hash },
  });
  return state;
}

export const evidenceStaffRoutes = new Hono<AppEnv>()
  // The lead's recording segments (to show progress and resume after a reload).
  .get('/:id/recordings', requireStaff(), async (c) => {
    const row = await readableRemote(c, staffOf(c), c.req.param('id'));
    return c.json({ items: (await recordingsOf(c.env.DB, row.id)).map(recordingView) });
  })
  // A new segment: the lead's page starts MediaRecorder (after the applicant's consent).
  .post('/:id/recordings', requireStaff(), json(recordingStartSchema), async (c) => {
    const b = c.req.valid('json');
    const { row } = await leadsLive(c, c.req.param('id'));
    if (!(await roomState(c, row.id))?.consentAt) throw new AppError('EVIDENCE_CONSENT_FIRST');
    const rec = await startRecording(
      c.env.DB,
      {
        inspectionId: row.id,
        side: b.side,
        mimeType: b.mimeType,
        by: staffOf(c).id,
        at: appNowIso(c.env),
      },
      MAX_RECORDINGS,
    );
    if (!rec) throw new AppError('EVIDENCE_RECORDING_LIMIT');
    await audit(c, {
      event: 'remote_recording_started',
      subjectType: 'remote_inspection',
      subjectId: row.id,
      detail: { recordingId: rec.id, mimeType: rec.mime_type },
    });
    return c.json({ recording: recordingView(rec) }, 201);
  })
  // One chunk, by its index; the header carries its SHA-256. A replay is acknowledged again.
  .put('/:id/recordings/:rid/chunks/:index', requireStaff(), async (c) => {
    const params = parse(chunkParamsSchema, c.req.param());
    const hash = parse(chunkHashSchema, c.req.header('x-content-sha256') ?? '', {
      codeFor: { '(root)': 'EVIDENCE_CHUNK_HASH' },
    });
    const { row } = await leadsLive(c, params.id);
    const rec = await c.env.DB.prepare(
      'SELECT * FROM evidence_recordings WHERE id = ? AND inspection_id = ?',
    )
      .bind(params.rid, row.id)
      .first<RecordingRow>();
    if (!rec) throw new AppError('NOT_FOUND');
    const body = await bodyBytes(c, EVIDENCE_CHUNK_MAX_BYTES, 'EVIDENCE_CHUNK_TOO_LARGE');
    if (body.byteLength === 0) throw new AppError('EVIDENCE_CHUNK_EMPTY');
    if (toHex(await sha256(body)) !== hash) throw new AppError('EVIDENCE_CHUNK_HASH');
    const ack = await appendChunk(c.env, rec, params.index, body, hash, appNowIso(c.env));
    return c.json({ ack });
  })
  // A still frame of the applicant's camera for the item on screen (full resolution).
  .post('/:id/stills', requireStaff(), query(stillQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const { row } = await leadsLive(c, c.req.param('id'));
    const body = await bodyBytes(c, EVIDENCE_STILL_MAX_BYTES, 'EVIDENCE_STILL_INVALID');
    const type = sniffType(body);
    if (!type?.startsWith('image/') || body.byteLength < 64)
      throw new AppError('EVIDENCE_STILL_INVALID');
    if (toHex(await sha256(body)) !== q.sha256) throw new AppError('EVIDENCE_STILL_INVALID');
    const path = stillPath(q.item, q.sha256, type);
    const d1 = c.env.DB;
    const seen = await d1
      .prepare('SELECT 1 FROM evidence_files WHERE inspection_id = ? AND path = ?')
      .bind(row.id, path)
      .first();
    if (seen) {
      // A replay of a still already taken: nothing stored twice.
      return c.json({ still: { path, sha256: q.sha256 }, state: await roomState(c, row.id) });
    }
    const before = await roomState(c, row.id);
    if ((before?.stills[q.item]?.length ?? 0) >= MAX_STILLS_PER_ITEM) {
      throw new AppError('EVIDENCE_STILL_LIMIT');
    }
    const at = appNowIso(c.env);
    const state = await throughRoom(
      c,
      row.id,
      { type: 'still', itemId: q.item, sha256: q.sha256 },
      async () => {
        await c.env.EVIDENCE.put(evidenceKey(row.id, path), body, {
          httpMetadata: { contentType: type },
          customMetadata: { sha256: q.sha256, item: q.item },
        });
        await d1
          .prepare(
            `INSERT INTO evidence_files (id, inspection_id, kind, item_id, path, sha256, length,
             content_type, at, by) VALUES (?, ?, 'still', ?, ?, ?, ?, ?, ?, ?)`,
          )
          .bind(
            crypto.randomUUID(),
            row.id,
            q.item,
            path,
            q.sha256,
            body.byteLength,
            type,
            at,
            staffOf(c).id,
          )
          .run();
      },
    );
    await audit(c, {
      event: 'remote_still_taken',
      subjectType: 'remote_inspection',
      subjectId: row.id,
      detail: { item: q.item, sha256: q.sha256 },
    });
    return c.json({ still: { path, sha256: q.sha256 }, state }, 201);
  })
  // The lead signs once the checklist is done.
  .post('/:id/signature', requireStaff(), json(remoteSignatureSchema), async (c) => {
    const { row } = await leadsLive(c, c.req.param('id'));
    const state = await sign(c, row, 'lead', staffOf(c).id, c.req.valid('json'));
    return c.json({ state }, 201);
  });

/** The applicant signs on their phone, in their own case's inspection only. */
export const evidenceApplicantRoutes = new Hono<AppEnv>().post(
  '/:id/signature',
  requireApplicant,
  json(remoteSignatureSchema),
  async (c) => {
    const p = applicantOf(c);
    const row = await readableRemote(c, p, c.req.param('id'));
    if (row.state === 'sealed') throw new AppError('EVIDENCE_SEALED');
    if (row.state !== 'live') throw new AppError('EVIDENCE_NOT_LIVE');
    const state = await sign(c, row, 'applicant', p.id, c.req.valid('json'));
    return c.json({ state }, 201);
  },
);
