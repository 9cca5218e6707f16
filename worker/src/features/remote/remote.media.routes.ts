/**
 * The SFU media routes of a call, for its officers (`/api/inspections/:id/media/…`) and for the
 * applicant of its case (`/api/my/inspections/:id/media/…`): open a session, publish or pull
 * tracks, answer the SFU's offer, close tracks. Same shapes as the Realtime API's own; the rules
 * are in remote.media.ts. A caller who may not read the inspection gets 404, one not in it 403.
 */
import { Hono } from 'hono';
import {
  mediaCloseSchema,
  mediaRenegotiateSchema,
  mediaTracksSchema,
} from '../../../core/room-media';
import type { AppEnv, Ctx, Principal } from '../../app-env';
import { json } from '../../lib/validate';
import { applicantOf, requireApplicant, requireStaff, staffOf } from '../../middleware/auth';
import { readableRemote } from '../evidence/evidence.routes';
import { closeTracks, newTracks, openSession, renegotiate, type Caller } from './remote.media';

function mediaRoutes(guard: typeof requireApplicant, principal: (c: Ctx) => Principal) {
  const caller = async (c: Ctx): Promise<Caller> => {
    const p = principal(c);
    return { row: await readableRemote(c, p, c.req.param('id') ?? ''), who: p };
  };
  return new Hono<AppEnv>()
    .post('/:id/media/session', guard, async (c) =>
      c.json(await openSession(c, await caller(c)), 201),
    )
    .post('/:id/media/tracks/new', guard, json(mediaTracksSchema), async (c) =>
      c.json(await newTracks(c, await caller(c), c.req.valid('json'))),
    )
    .put('/:id/media/renegotiate', guard, json(mediaRenegotiateSchema), async (c) =>
      c.json(await renegotiate(c, await caller(c), c.req.valid('json'))),
    )
    .put('/:id/media/tracks/close', guard, json(mediaCloseSchema), async (c) =>
      c.json(await closeTracks(c, await caller(c), c.req.valid('json'))),
    );
}

export const remoteMediaStaffRoutes = mediaRoutes(requireStaff(), staffOf);
export const remoteMediaApplicantRoutes = mediaRoutes(requireApplicant, applicantOf);
