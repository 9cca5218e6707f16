/**
 * Media for remote inspections (云上核查). Two implementations of one interface:
 * - `p2p` (default, local): browsers connect to each other directly, negotiating through the
 *   InspectionRoom's signalling; ICE servers are only the configured STUN/TURN list (none on
 *   127.0.0.1). No external service is needed.
 * - `cloudflare`: the Cloudflare Realtime SFU. The worker calls it with the app secret, so the
 *   browser never sees it; TURN credentials are generated per call.
 */
import type { Env } from '../../env';
import { CloudflareRealtime } from './realtime.cloudflare';

export interface IceServer {
  urls: string[];
  username?: string;
  credential?: string;
}

export interface SessionDescription {
  type: 'offer' | 'answer';
  sdp: string;
}

/** A track's outcome in an SFU answer: ok, or its own error (a 200 may carry failed items). */
export interface TrackOutcome {
  mid?: string;
  trackName?: string;
  sessionId?: string;
  errorCode?: string;
  errorDescription?: string;
}

export interface TracksResult {
  sessionDescription?: SessionDescription;
  requiresImmediateRenegotiation: boolean;
  tracks: TrackOutcome[];
}

export interface CloseResult {
  /** Closed now. */
  closed: string[];
  /** Absent or already closed (`close_track_error`): nothing left to clean up. */
  absent: string[];
  /** Failed otherwise, or not reported: keep them for a later cleanup. */
  failed: { mid: string; errorCode: string }[];
}

/** An SFU call that failed as a whole (HTTP error, or a 200 with a top-level errorCode). */
export class RealtimeError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    description: string,
  ) {
    super(`${code}: ${description}`);
  }
}

export interface RealtimeAdapter {
  readonly provider: 'p2p' | 'cloudflare';
  /** ICE servers for the browsers of one call (TURN credentials last `ttlSeconds`). */
  iceServers(ttlSeconds: number): Promise<IceServer[]>;
}

export interface SfuAdapter extends RealtimeAdapter {
  readonly provider: 'cloudflare';
  newSession(): Promise<string>;
  /** Publishes the browser's local tracks (its offer); answers with the SFU's answer. */
  pushTracks(
    sessionId: string,
    offer: SessionDescription,
    tracks: { mid: string; trackName: string }[],
  ): Promise<TracksResult>;
  /** Subscribes to tracks of another session; the SFU's offer must be answered (renegotiate). */
  pullTracks(
    sessionId: string,
    tracks: { sessionId: string; trackName: string }[],
  ): Promise<TracksResult>;
  renegotiate(sessionId: string, answer: SessionDescription): Promise<void>;
  /** Stops tracks without an SDP exchange (force), reporting each mid's outcome. */
  closeTracks(sessionId: string, mids: string[]): Promise<CloseResult>;
}

/** Peer-to-peer: the room relays signalling; the browsers need only STUN/TURN if configured. */
export class PeerToPeerRealtime implements RealtimeAdapter {
  readonly provider = 'p2p' as const;
  constructor(private readonly servers: IceServer[]) {}
  async iceServers(): Promise<IceServer[]> {
    return this.servers;
  }
}

/** `stun:a,turn:b` (REALTIME_ICE_URLS) → one ICE server entry; empty for none. */
export function configuredIce(urls: string | undefined): IceServer[] {
  const list = (urls ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  return list.length ? [{ urls: list }] : [];
}

/** The configured adapter: `p2p` (default) or `cloudflare` (secrets REALTIME_APP_*). */
export function realtime(env: Env, fetcher: typeof fetch = fetch): RealtimeAdapter {
  if (env.REALTIME_PROVIDER === 'cloudflare') {
    if (!env.REALTIME_APP_ID || !env.REALTIME_APP_SECRET) {
      throw new Error('REALTIME_APP_ID/REALTIME_APP_SECRET unset');
    }
    return new CloudflareRealtime(
      {
        baseUrl: env.REALTIME_API_URL || 'https://rtc.live.cloudflare.com/v1',
        appId: env.REALTIME_APP_ID,
        appSecret: env.REALTIME_APP_SECRET,
        turnKeyId: env.REALTIME_TURN_KEY_ID,
        turnKeySecret: env.REALTIME_TURN_KEY_SECRET,
      },
      fetcher,
    );
  }
  return new PeerToPeerRealtime(configuredIce(env.REALTIME_ICE_URLS));
}
