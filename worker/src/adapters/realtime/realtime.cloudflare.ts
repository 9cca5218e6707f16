/**
 * The Cloudflare Realtime SFU (contract: realtime-api.json, converted from the documented
 * OpenAPI file). Called from the worker only, with the app secret as a bearer token. Every
 * answer is read defensively: an HTTP error or a top-level errorCode fails the call; per-track
 * errors in a 200 are returned for the caller to handle one by one.
 */
import type {
  CloseResult,
  IceServer,
  SessionDescription,
  SfuAdapter,
  TrackOutcome,
  TracksResult,
} from './realtime';
import { RealtimeError } from './realtime';

export interface CloudflareRealtimeConfig {
  baseUrl: string;
  appId: string;
  appSecret: string;
  turnKeyId?: string;
  turnKeySecret?: string;
}

interface ErrorFields {
  errorCode?: string;
  errorDescription?: string;
}

/** Browsers refuse port 53 (DNS): TURN URLs on it only slow ICE down. */
export function dropPort53(servers: IceServer[]): IceServer[] {
  return servers
    .map((s) => ({ ...s, urls: s.urls.filter((u) => !/:53(\?|$)/.test(u)) }))
    .filter((s) => s.urls.length > 0);
}

export class CloudflareRealtime implements SfuAdapter {
  readonly provider = 'cloudflare' as const;

  /**
   * Called as a plain function: the runtime's own `fetch` refuses to run as a method of
   * another object ("Illegal invocation"), which a stand-in function never shows.
   */
  private readonly fetcher: typeof fetch;

  constructor(
    private readonly cfg: CloudflareRealtimeConfig,
    fetcher: typeof fetch = fetch,
  ) {
    this.fetcher = (input, init) => fetcher(input, init);
  }

  async newSession(): Promise<string> {
    const r = await this.call<ErrorFields & { sessionId?: string }>('POST', 'sessions/new');
    if (!r.sessionId) throw new RealtimeError('no_session', 502, 'no sessionId in the answer');
    return r.sessionId;
  }

  async pushTracks(
    sessionId: string,
    offer: SessionDescription,
    tracks: { mid: string; trackName: string }[],
  ): Promise<TracksResult> {
    return this.tracks(sessionId, {
      sessionDescription: offer,
      tracks: tracks.map((t) => ({ location: 'local', mid: t.mid, trackName: t.trackName })),
    });
  }

  async pullTracks(
    sessionId: string,
    tracks: { sessionId: string; trackName: string }[],
  ): Promise<TracksResult> {
    return this.tracks(sessionId, {
      tracks: tracks.map((t) => ({
        location: 'remote',
        sessionId: t.sessionId,
        trackName: t.trackName,
      })),
    });
  }

  async renegotiate(sessionId: string, answer: SessionDescription): Promise<void> {
    await this.call('PUT', `sessions/${enc(sessionId)}/renegotiate`, {
      sessionDescription: answer,
    });
  }

  async closeTracks(sessionId: string, mids: string[]): Promise<CloseResult> {
    const r = await this.call<ErrorFields & { tracks?: TrackOutcome[] }>(
      'PUT',
      `sessions/${enc(sessionId)}/tracks/close`,
      { tracks: mids.map((mid) => ({ mid })), force: true },
    );
    const out: CloseResult = { closed: [], absent: [], failed: [] };
    for (const mid of mids) {
      const item = r.tracks?.find((t) => t.mid === mid);
      if (!item) out.failed.push({ mid, errorCode: 'unreported' });
      else if (!item.errorCode) out.closed.push(mid);
      else if (item.errorCode === 'close_track_error') out.absent.push(mid);
      else out.failed.push({ mid, errorCode: item.errorCode });
    }
    return out;
  }

  async iceServers(ttlSeconds: number): Promise<IceServer[]> {
    const { turnKeyId, turnKeySecret } = this.cfg;
    if (!turnKeyId || !turnKeySecret) return [];
    const res = await this.fetcher(
      `${this.cfg.baseUrl}/turn/keys/${enc(turnKeyId)}/credentials/generate-ice-servers`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${turnKeySecret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ ttl: ttlSeconds }),
      },
    );
    const body = (await res.json().catch(() => null)) as { iceServers?: unknown } | null;
    if (!res.ok || !body || !Array.isArray(body.iceServers)) {
      throw new RealtimeError('turn_failed', res.status, 'no ICE servers in the answer');
    }
    const servers = body.iceServers.flatMap((s): IceServer[] => {
      const o = s as { urls?: unknown; username?: unknown; credential?: unknown };
      const urls = typeof o.urls === 'string' ? [o.urls] : Array.isArray(o.urls) ? o.urls : [];
      return [
        {
          urls: urls.filter((u): u is string => typeof u === 'string'),
          ...(typeof o.username === 'string' ? { username: o.username } : {}),
          ...(typeof o.credential === 'string' ? { credential: o.credential } : {}),
        },
      ];
    });
    return dropPort53(servers);
  }

  private async tracks(sessionId: string, body: unknown): Promise<TracksResult> {
    const r = await this.call<
      ErrorFields & Partial<TracksResult> & { requiresImmediateRenegotiation?: boolean }
    >('POST', `sessions/${enc(sessionId)}/tracks/new`, body);
    return {
      sessionDescription: r.sessionDescription,
      requiresImmediateRenegotiation: r.requiresImmediateRenegotiation === true,
      tracks: r.tracks ?? [],
    };
  }

  private async call<T extends ErrorFields>(
    method: 'POST' | 'PUT',
    path: string,
    body?: unknown,
  ): Promise<T> {
    let res: Response;
    try {
      res = await this.fetcher(`${this.cfg.baseUrl}/apps/${enc(this.cfg.appId)}/${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.cfg.appSecret}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      throw new RealtimeError('unreachable', 503, String(err));
    }
    const parsed = (await res.json().catch(() => null)) as T | null;
    if (!res.ok || !parsed || parsed.errorCode) {
      throw new RealtimeError(
        parsed?.errorCode ?? `http_${res.status}`,
        res.ok ? 502 : res.status,
        parsed?.errorDescription ?? res.statusText,
      );
    }
    return parsed;
  }
}

const enc = encodeURIComponent;
