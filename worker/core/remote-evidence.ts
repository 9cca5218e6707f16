/**
 * 云上核查 evidence while the call runs and after it: the recording's chunks (each hashed and
 * chained, see features/evidence/evidence.chain.ts), still frames of the applicant's camera,
 * both parties' drawn signatures, the seal, a cancellation, and the rules on who may do which.
 *
 * Storage layout: every chunk is its own R2 object (`evidence/<inspection>/chunks/<rec>/<n>`).
 * R2 multipart parts must all be the same size (≥ 5 MiB) except the last, while a
 * MediaRecorder's timesliced chunks vary in size and are far smaller; one object per chunk keeps
 * each upload independent and idempotent, and the bundle lists them in chain order.
 */
import { z } from 'zod';
import type { Who } from './access';
import { plainText } from './fields';
import { officerRole, type RemoteScope } from './remote-inspection';

/** The largest chunk a browser may send (a few seconds of video are far below this). */
export const EVIDENCE_CHUNK_MAX_BYTES = 4 * 1024 * 1024;
/** The largest still frame (a full-resolution JPEG of the applicant's camera). */
export const EVIDENCE_STILL_MAX_BYTES = 6 * 1024 * 1024;
/** The largest bundle the staff verify page takes. */
export const EVIDENCE_BUNDLE_MAX_BYTES = 96 * 1024 * 1024;
/** Most recording segments one inspection may have (one per page load of the lead). */
export const MAX_RECORDINGS = 20;
/** Most chunks in one segment (a 2-second slice for over an hour). */
export const MAX_CHUNKS = 4000;
/** Most stills on one item. */
export const MAX_STILLS_PER_ITEM = 6;

/** Upload paths, for the body-type and body-size middleware. */
export const EVIDENCE_CHUNK_PATH = /^\/api\/inspections\/[^/]+\/recordings\/[^/]+\/chunks\/[^/]+$/;
export const EVIDENCE_STILL_PATH = /^\/api\/inspections\/[^/]+\/stills$/;
export const EVIDENCE_VERIFY_PATH = '/api/evidence/verify';

export const CHUNK_TYPES = ['application/octet-stream', 'video/webm', 'video/mp4'];
export const STILL_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const BUNDLE_TYPES = ['application/zip', 'application/octet-stream'];

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
export const recordingIdSchema = z.string().regex(/^rec_[0-9a-f-]{36}$/);

/** `POST /api/inspections/:id/recordings`: a new segment (the lead's page starts recording). */
export const recordingStartSchema = z
  .object({
    /** The container MediaRecorder was given (MP4 where supported, else WebM). */
    mimeType: z
      .string()
      .max(100)
      .regex(/^video\/(webm|mp4)(;[ \w=.,"-]*)?$/),
    side: z.enum(['inspector', 'applicant', 'composed']).default('composed'),
  })
  .strict();

/** `PUT …/recordings/:rid/chunks/:index`: the path names the chunk, the header its hash. */
export const chunkParamsSchema = z
  .object({
    id: z.string().min(1).max(64),
    rid: recordingIdSchema,
    index: z.coerce
      .number()
      .int()
      .min(0)
      .max(MAX_CHUNKS - 1),
  })
  .strict();
export const chunkHashSchema = sha256Hex;

/** `POST /api/inspections/:id/stills?item=…&sha256=…`: the body is the image. */
export const stillQuerySchema = z
  .object({ item: z.string().min(1).max(40), sha256: sha256Hex })
  .strict();

const penPoint = z
  .object({
    x: z.number().min(-10).max(5000),
    y: z.number().min(-10).max(5000),
    /** Milliseconds since the epoch when the pen was there: the stroke's timing. */
    time: z.number().min(0),
    pressure: z.number().min(0).max(1).optional(),
  })
  .strict();

/** The most pen points in a signature. */
export const REMOTE_SIGNATURE_MAX_POINTS = 8000;

/** `POST …/signature`: a drawn signature with its strokes' timing and a PNG render. */
export const remoteSignatureSchema = z
  .object({
    width: z.number().int().min(50).max(4000),
    height: z.number().int().min(50).max(4000),
    strokes: z
      .array(
        z.object({ points: z.array(penPoint).min(1).max(REMOTE_SIGNATURE_MAX_POINTS) }).strict(),
      )
      .min(1)
      .max(200)
      .refine((s) => s.reduce((n, x) => n + x.points.length, 0) <= REMOTE_SIGNATURE_MAX_POINTS, {
        message: 'too many points',
      })
      .refine((s) => s.reduce((n, x) => n + x.points.length, 0) >= 3, {
        message: 'draw a signature',
      }),
    png: z
      .string()
      .max(420_000)
      .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/),
  })
  .strict();
export type RemoteSignatureInput = z.infer<typeof remoteSignatureSchema>;

/** `POST …/seal`: the lead ends the inspection (the version guards a stale screen). */
export const remoteSealSchema = z.object({ version: z.number().int().positive() }).strict();

/** `POST …/cancel`: a scheduled inspection is called off, with the reason. */
export const remoteCancelSchema = z
  .object({ version: z.number().int().positive(), reason: plainText(2, 200) })
  .strict();

/** Recording, stills, the officers' signature and the seal: the lead officer alone. */
export function mayRecordRemote(who: Who, r: RemoteScope): boolean {
  return who.kind === 'staff' && officerRole(r, who.id) === 'lead';
}

/** Cancelling: clerks and approvers of the county, and the lead (as moving it). */
export function mayCancelRemote(who: Who, r: RemoteScope): boolean {
  if (who.kind !== 'staff') return false;
  if (who.role === 'inspector') return r.officerIds[0] === who.id;
  return (who.role === 'clerk' || who.role === 'approver') && who.counties.includes(r.county);
}

/** The evidence bundle: staff who may read the inspection (admins audited like every read). */
export function mayDownloadEvidence(who: Who, r: RemoteScope): boolean {
  if (who.kind !== 'staff') return false;
  if (who.role === 'admin') return true;
  if (who.role === 'inspector') return r.officerIds.includes(who.id);
  return who.counties.includes(r.county);
}

/** A segment's progress as the lead's page shows it and resumes from. */
export interface RecordingView {
  id: string;
  mimeType: string;
  startedAt: string;
  chunks: number;
  bytes: number;
  /** The chain value after the last chunk (the genesis when none yet). */
  head: string;
}

/** An upload's acknowledgement: the chunk's chain link (a replay gets the same answer). */
export interface ChunkAck {
  recordingId: string;
  index: number;
  chain: string;
  chunks: number;
  bytes: number;
  duplicate: boolean;
}

/** The bundle paths of a recording's chunk, a still, a signature. */
export const chunkPath = (recordingId: string, index: number, mimeType: string) =>
  `chunks/${recordingId}/${String(index).padStart(5, '0')}.${mimeType.startsWith('video/mp4') ? 'mp4' : 'webm'}`;
export const stillPath = (itemId: string, sha256: string, type: string) =>
  `stills/${itemId}-${sha256.slice(0, 16)}.${type === 'image/png' ? 'png' : type === 'image/webp' ? 'webp' : 'jpg'}`;
export const signaturePath = (party: 'lead' | 'applicant') => `signatures/${party}.json`;

/** Where a bundle part lives in R2. */
export const evidenceKey = (inspectionId: string, path: string) =>
  `evidence/${inspectionId}/${path}`;
