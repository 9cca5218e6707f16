/**
 * Joining the room of a remote inspection: the worker decides who the caller is (an officer of
 * the inspection or the applicant of its case: core's rule) and hands the WebSocket to the
 * InspectionRoom Durable Object with the person, their role and the inspection's setup.
 */
import { officerRole, type RemoteScope } from '../../../core/remote-inspection';
import type { MediaConfig, RoomRole, RoomSetup } from '../../../core/room';
import { realtime, RealtimeError } from '../../adapters/realtime/realtime';
import type { Ctx } from '../../app-env';
import { AppError } from '../../lib/errors';
import { findVersion } from '../checklists/checklists.repo';
import { remoteScopeOf, type RemoteRow } from './remote.repo';

/** The room's Durable Object of an inspection. */
export function roomOf(c: Ctx, inspectionId: string) {
  return c.env.INSPECTION_ROOM.get(c.env.INSPECTION_ROOM.idFromName(inspectionId));
}

/** The role of `person` in the inspection's call, or null when they take no part in it. */
export function roomRoleOf(scope: RemoteScope, who: { kind: string; id: string }): RoomRole | null {
  if (who.kind === 'applicant') return who.id === scope.applicantId ? 'applicant' : null;
  return officerRole(scope, who.id);
}

/** Forwards the caller's WebSocket upgrade into the room (state checks first). */
export async function joinRoom(
  c: Ctx,
  row: RemoteRow,
  who: { kind: string; id: string },
): Promise<Response> {
  if (c.req.header('upgrade') !== 'websocket') throw new AppError('VALIDATION_FAILED');
  const role = roomRoleOf(remoteScopeOf(row), who);
  if (!role) throw new AppError('FORBIDDEN');
  if (row.state !== 'scheduled' && row.state !== 'live') throw new AppError('REMOTE_CLOSED');
  const list = await findVersion(c.env.DB, row.checklist_version);
  if (!list) throw new AppError('REMOTE_CHECKLIST');
  const setup: RoomSetup = {
    inspectionId: row.id,
    items: list.items.map((i) => ({ id: i.id, still: i.still, title: i.title, look: i.look })),
    officerIds: remoteScopeOf(row).officerIds.slice(),
    applicantId: row.applicant_id,
  };
  if (role === 'lead') {
    // The call has begun: the inspection is live (its appointment can no longer move).
    await c.env.DB.prepare(
      `UPDATE remote_inspections SET state = 'live', version = version + 1
       WHERE id = ? AND state = 'scheduled'`,
    )
      .bind(row.id)
      .run();
  }
  const headers = new Headers(c.req.raw.headers);
  headers.set('x-room-person', who.id);
  headers.set('x-room-role', role);
  // Header values are ASCII: the titles are Chinese, so the JSON travels percent-encoded.
  headers.set('x-room-setup', encodeURIComponent(JSON.stringify(setup)));
  return roomOf(c, row.id).fetch(new Request(c.req.raw.url, { headers }));
}

/** TURN credentials last for one working day of calls; the browser refreshes on rejoin. */
const ICE_TTL_SECONDS = 12 * 3600;

/** How the caller's browser connects its media: the provider and ICE servers (no secrets). */
export async function mediaConfig(
  c: Ctx,
  row: RemoteRow,
  who: { kind: string; id: string },
): Promise<MediaConfig> {
  const role = roomRoleOf(remoteScopeOf(row), who);
  if (!role) throw new AppError('FORBIDDEN');
  if (row.state !== 'scheduled' && row.state !== 'live') throw new AppError('REMOTE_CLOSED');
  try {
    const adapter = realtime(c.env);
    return {
      provider: adapter.provider,
      role,
      person: who.id,
      iceServers: await adapter.iceServers(ICE_TTL_SECONDS),
    };
  } catch (err) {
    throw mediaFailure(err);
  }
}

/** An SFU failure as the caller sees it: never the SFU's own words (nor anything of ours). */
export function mediaFailure(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof RealtimeError) {
    console.warn('realtime:', err.code, err.status);
    return new AppError(
      err.status >= 400 && err.status < 500 && err.status !== 429
        ? 'REMOTE_MEDIA_REFUSED'
        : 'REMOTE_MEDIA_UNAVAILABLE',
    );
  }
  console.warn('realtime: not configured or failed', String(err).slice(0, 120));
  return new AppError('REMOTE_MEDIA_UNAVAILABLE');
}
