/**
 * SFU media of a remote inspection's call (the `cloudflare` realtime provider): each party's
 * browser publishes its camera and microphone as tracks of its own SFU session and pulls the
 * other parties' tracks. The worker proxies every SFU call (the app secret never leaves it);
 * the room's state tells each party the others' session and track names. These are the
 * request and answer shapes of our proxy routes, validated on both ends; they follow the
 * Realtime API's own (realtime-api.yaml: sessionDescription, tracks, requiresImmediateRenegotiation).
 */
import { z } from 'zod';

const sfuId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** An SDP is text; a call's offer with a few tracks is a few KiB. */
const sdp = z.string().min(1).max(60_000);

/** A party's SFU session and the names of the tracks it published (kept in the room). */
export const roomMediaSchema = z
  .object({ sessionId: sfuId, tracks: z.array(sfuId).max(4) })
  .strict();
export type RoomMedia = z.infer<typeof roomMediaSchema>;

/** The most tracks one request may push or pull (a camera and a microphone per party). */
export const MAX_MEDIA_TRACKS = 8;

/** `POST …/media/tracks`: publish local tracks (with the browser's offer) or pull others'. */
export const mediaTracksSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('push'),
      sessionId: sfuId,
      offer: z.object({ type: z.literal('offer'), sdp }).strict(),
      tracks: z
        .array(z.object({ mid: z.string().min(1).max(16), trackName: sfuId }).strict())
        .min(1)
        .max(4),
    })
    .strict(),
  z
    .object({
      kind: z.literal('pull'),
      sessionId: sfuId,
      /** Tracks of another party of the call: their session and a track name they published. */
      tracks: z
        .array(z.object({ sessionId: sfuId, trackName: sfuId }).strict())
        .min(1)
        .max(MAX_MEDIA_TRACKS),
    })
    .strict(),
]);
export type MediaTracksInput = z.infer<typeof mediaTracksSchema>;

/** `PUT …/media/renegotiate`: the browser's answer to the SFU's offer (after a pull). */
export const mediaRenegotiateSchema = z
  .object({ sessionId: sfuId, answer: z.object({ type: z.literal('answer'), sdp }).strict() })
  .strict();

/** `PUT …/media/close`: stop tracks of the caller's session (by their transceivers' mids). */
export const mediaCloseSchema = z
  .object({
    sessionId: sfuId,
    mids: z.array(z.string().min(1).max(16)).min(1).max(MAX_MEDIA_TRACKS),
  })
  .strict();

/** A track's outcome in an answer: ok, or its own error (a 200 may carry failed items). */
export interface MediaTrackOutcome {
  mid?: string;
  trackName?: string;
  sessionId?: string;
  errorCode?: string;
}

/** The answer to `…/media/tracks`. */
export interface MediaTracksAnswer {
  sessionDescription?: { type: 'offer' | 'answer'; sdp: string };
  requiresImmediateRenegotiation: boolean;
  tracks: MediaTrackOutcome[];
}

/** The answer to `…/media/close`. */
export interface MediaCloseAnswer {
  closed: string[];
  absent: string[];
  failed: { mid: string; errorCode: string }[];
}
