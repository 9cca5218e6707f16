/**
 * The SFU media of a call (REALTIME_PROVIDER=cloudflare): the worker's proxy between a party's
 * browser and the Cloudflare Realtime SFU. The browser opens its own session, publishes its
 * tracks and pulls the other parties' tracks here; the worker calls the SFU with the app secret
 * (never in an answer) and checks every step against the room: only a party who is in the call,
 * only their own session, only tracks another party of the same call published (the room's
 * state keeps each party's session and track names, which is how the others find them).
 */
import type { z } from 'zod';
import type {
  mediaCloseSchema,
  mediaRenegotiateSchema,
  MediaCloseAnswer,
  MediaTracksAnswer,
  MediaTracksInput,
  RoomMedia,
} from '../../../core/room-media';
import type { RoomRole, RoomState } from '../../../core/room';
import { realtime, type SfuAdapter } from '../../adapters/realtime/realtime';
import type { Ctx } from '../../app-env';
import { AppError } from '../../lib/errors';
import type { RemoteRow } from './remote.repo';
import { remoteScopeOf } from './remote.repo';
import { mediaFailure, roomOf, roomRoleOf } from './remote.room';

/** The configured adapter, or a clear refusal (misconfigured: unavailable; p2p: not the SFU). */
function sfuOf(c: Ctx): SfuAdapter {
  let adapter;
  try {
    adapter = realtime(c.env);
  } catch (err) {
    throw mediaFailure(err);
  }
  if (adapter.provider !== 'cloudflare') throw new AppError('REMOTE_MEDIA_NOT_SFU');
  return adapter as SfuAdapter;
}

export interface Caller {
  row: RemoteRow;
  who: { kind: string; id: string };
}

/** The caller's part in the call, the SFU and the room's state now (they must be in it). */
async function inCall({ row, who }: Caller, c: Ctx) {
  const role: RoomRole | null = roomRoleOf(remoteScopeOf(row), who);
  if (!role) throw new AppError('FORBIDDEN');
  if (row.state !== 'scheduled' && row.state !== 'live') throw new AppError('REMOTE_CLOSED');
  const sfu = sfuOf(c);
  const room = roomOf(c, row.id);
  const state = (await room.snapshot()) as RoomState | null;
  if (!state?.present[who.id]) throw new AppError('REMOTE_MEDIA_NOT_IN_ROOM');
  return { sfu, room, state, person: who.id };
}

/** Records the caller's session and tracks in the room (the other parties pull by them). */
async function record(c: Ctx, row: RemoteRow, person: string, media: RoomMedia) {
  const r = await roomOf(c, row.id).command({ type: 'media', person, media });
  if ('error' in r) {
    throw new AppError(r.error === 'SEALED' ? 'REMOTE_CLOSED' : 'REMOTE_MEDIA_NOT_IN_ROOM');
  }
}

/** The caller's own session, as the room knows it (a stale or foreign id is refused). */
function ownSession(state: RoomState, person: string, sessionId: string): RoomMedia {
  const mine = state.media[person];
  if (!mine || mine.sessionId !== sessionId) throw new AppError('REMOTE_MEDIA_SESSION');
  return mine;
}

/** A new SFU session for the caller's browser (one per page load; a rejoin opens another). */
export async function openSession(c: Ctx, caller: Caller): Promise<{ sessionId: string }> {
  const { sfu, person } = await inCall(caller, c);
  const sessionId = await sfu.newSession().catch((e: unknown) => Promise.reject(mediaFailure(e)));
  await record(c, caller.row, person, { sessionId, tracks: [] });
  return { sessionId };
}

/** Publishes the caller's tracks, or pulls another party's (checked against the room). */
export async function newTracks(
  c: Ctx,
  caller: Caller,
  b: MediaTracksInput,
): Promise<MediaTracksAnswer> {
  const { sfu, state, person } = await inCall(caller, c);
  const mine = ownSession(state, person, b.sessionId);
  try {
    if (b.kind === 'push') {
      const r = await sfu.pushTracks(b.sessionId, b.offer, b.tracks);
      // Only tracks the SFU accepted are offered to the others.
      const ok = r.tracks.filter((t) => !t.errorCode && t.trackName).map((t) => t.trackName!);
      const tracks = [...new Set([...mine.tracks, ...ok])].slice(-4);
      if (ok.length > 0) await record(c, caller.row, person, { sessionId: b.sessionId, tracks });
      return r;
    }
    for (const t of b.tracks) {
      const owner = Object.entries(state.media).find(([, m]) => m.sessionId === t.sessionId);
      if (!owner || owner[0] === person || !state.present[owner[0]])
        throw new AppError('REMOTE_MEDIA_TRACK');
      if (!owner[1].tracks.includes(t.trackName)) throw new AppError('REMOTE_MEDIA_TRACK');
    }
    return await sfu.pullTracks(b.sessionId, b.tracks);
  } catch (err) {
    throw mediaFailure(err);
  }
}

/** The browser's answer to the SFU's offer (after a pull). */
export async function renegotiate(
  c: Ctx,
  caller: Caller,
  b: z.output<typeof mediaRenegotiateSchema>,
): Promise<{ ok: true }> {
  const { sfu, state, person } = await inCall(caller, c);
  ownSession(state, person, b.sessionId);
  await sfu
    .renegotiate(b.sessionId, b.answer)
    .catch((e: unknown) => Promise.reject(mediaFailure(e)));
  return { ok: true };
}

/** Stops tracks of the caller's own session (pulled ones of a party who left, or its own). */
export async function closeTracks(
  c: Ctx,
  caller: Caller,
  b: z.output<typeof mediaCloseSchema>,
): Promise<MediaCloseAnswer> {
  const { sfu, state, person } = await inCall(caller, c);
  ownSession(state, person, b.sessionId);
  return sfu
    .closeTracks(b.sessionId, b.mids)
    .catch((e: unknown) => Promise.reject(mediaFailure(e)));
}
