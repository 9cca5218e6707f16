/**
 * A local stand-in for the Cloudflare Realtime SFU that carries real media, for the browser
 * journeys: an HTTP server answering the part of the Realtime API the worker's adapter calls
 * (sessions/new, tracks/new to publish and to pull, renegotiate, tracks/close with force, and
 * the TURN key's generate-ice-servers), checking every request and every answer against the
 * documented contract (the worker tests' shape checks), with werift terminating WebRTC and
 * forwarding RTP between sessions (sfu-media.ts). Loopback only; test code, never bundled.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  answerProblems,
  requestProblems,
} from '../../../worker/src/adapters/realtime/realtime.standin';
import { MediaSession, type MediaStats } from './sfu-media';

export interface SfuStandInOptions {
  /** 0: any free port. */
  port: number;
  appId: string;
  secret: string;
  turnKeyId?: string;
  turnSecret?: string;
}

export interface SfuStandIn {
  /** The API's base, for REALTIME_API_URL (`http://127.0.0.1:<port>/v1`). */
  url: string;
  /** Every call seen, as `METHOD /path` below the base. */
  calls: string[];
  /** Contract problems of requests and answers: a journey expects none. */
  problems: string[];
  stats: MediaStats;
  sessions: Map<string, MediaSession>;
  close(): Promise<void>;
}

type Answer = { status: number; body: Record<string, unknown> };

const fail = (status: number, errorCode: string, errorDescription: string): Answer => ({
  status,
  body: { errorCode, errorDescription },
});

interface TrackRequest {
  location?: 'local' | 'remote';
  mid?: string;
  sessionId?: string;
  trackName?: string;
}

/** The SFU's side of one documented call (the request is already checked against the contract). */
async function handle(
  sessions: Map<string, MediaSession>,
  stats: MediaStats,
  template: string,
  sessionId: string | undefined,
  body: Record<string, unknown> | undefined,
): Promise<Answer> {
  if (template === '/apps/{appId}/sessions/new') {
    const id = randomBytes(16).toString('hex');
    sessions.set(id, new MediaSession(id, stats));
    return { status: 201, body: { sessionId: id } };
  }
  const session = sessionId ? sessions.get(sessionId) : undefined;
  if (!session) return fail(404, 'session_not_found', 'no such session');
  const desc = body?.sessionDescription as { type?: string; sdp?: string } | undefined;
  if (template === '/apps/{appId}/sessions/{sessionId}/tracks/new') {
    const tracks = (body?.tracks ?? []) as TrackRequest[];
    if (tracks.length > 0 && tracks.every((t) => t.location === 'local' && t.mid && t.trackName)) {
      if (desc?.type !== 'offer' || !desc.sdp) return fail(400, 'invalid_request', 'no offer');
      const r = await session.publish(
        desc.sdp,
        tracks.map((t) => ({ mid: t.mid!, trackName: t.trackName! })),
      );
      return { status: 200, body: { ...r, requiresImmediateRenegotiation: false } };
    }
    if (tracks.length > 0 && tracks.every((t) => t.location === 'remote' && t.trackName)) {
      const r = await session.pull(
        tracks.map((t) => ({
          owner: t.sessionId ? sessions.get(t.sessionId) : undefined,
          sessionId: t.sessionId,
          trackName: t.trackName!,
        })),
      );
      return { status: 200, body: r };
    }
    return fail(400, 'invalid_request', 'tracks must be all local (with mid) or all remote');
  }
  if (template === '/apps/{appId}/sessions/{sessionId}/renegotiate') {
    if (desc?.type !== 'answer' || !desc.sdp) return fail(400, 'invalid_request', 'no answer');
    await session.renegotiate(desc.sdp);
    return { status: 200, body: {} };
  }
  if (template === '/apps/{appId}/sessions/{sessionId}/tracks/close') {
    // Only the forced close is played: a negotiated one would need the browser's offer.
    if (body?.force !== true) return fail(400, 'invalid_request', 'only force is supported here');
    const mids = ((body.tracks ?? []) as { mid: string }[]).map((t) => t.mid);
    return { status: 200, body: { tracks: session.close(mids) } };
  }
  return fail(501, 'not_implemented', `${template} is not played by the stand-in`);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** Starts the stand-in on 127.0.0.1. */
export async function startSfuStandIn(opts: SfuStandInOptions): Promise<SfuStandIn> {
  const sessions = new Map<string, MediaSession>();
  const stats: MediaStats = { received: 0, forwarded: 0, pictureRequests: 0 };
  const calls: string[] = [];
  const problems: string[] = [];

  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const send = ({ status, body }: Answer) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/v1/, '');
    calls.push(`${method} ${path}`);
    let body: unknown;
    try {
      body = await readJson(req);
    } catch {
      problems.push(`${path}: body is not JSON`);
      return send(fail(400, 'invalid_request', 'body is not JSON'));
    }
    const auth = req.headers.authorization ?? null;
    const turn = /^\/turn\/keys\/([^/]+)\/credentials\/generate-ice-servers$/.exec(path);
    if (turn) {
      const ttl = (body as { ttl?: unknown } | undefined)?.ttl;
      if (turn[1] !== opts.turnKeyId || auth !== `Bearer ${opts.turnSecret}`) {
        problems.push('turn: wrong key or bearer');
        return send(fail(401, 'unauthorized', 'wrong key'));
      }
      if (method !== 'POST' || typeof ttl !== 'number') {
        problems.push('turn: bad request');
        return send(fail(400, 'invalid_request', 'ttl required'));
      }
      // A relay nobody answers on (and a URL on port 53 the worker must drop): the browsers
      // still meet through their host candidates.
      return send({
        status: 201,
        body: {
          iceServers: [
            {
              urls: ['turn:127.0.0.1:9?transport=udp', 'turn:127.0.0.1:53?transport=udp'],
              username: `u${ttl}`,
              credential: randomBytes(8).toString('hex'),
            },
          ],
        },
      });
    }
    const checked = requestProblems({ method, path, auth, body }, opts.secret);
    if (!checked.found) {
      problems.push(...checked.problems);
      return send(fail(404, 'not_found', 'not in the contract'));
    }
    const [, appId, sessionId] = /^\/apps\/([^/]+)(?:\/sessions\/([^/]+))?/.exec(path) ?? [];
    if (appId !== opts.appId) checked.problems.push(`${path}: unknown app ${appId}`);
    if (checked.problems.length > 0) {
      problems.push(...checked.problems);
      const wrongBearer = checked.problems.some((p) => p.endsWith('wrong bearer'));
      return send(fail(wrongBearer ? 401 : 400, 'invalid_request', checked.problems.join('; ')));
    }
    let answer: Answer;
    try {
      answer = await handle(
        sessions,
        stats,
        checked.found.template,
        sessionId === 'new' ? undefined : sessionId,
        body as Record<string, unknown> | undefined,
      );
    } catch (err) {
      answer = fail(500, 'internal_error', String(err));
    }
    problems.push(...answerProblems(checked.found.op, path, answer.status, answer.body));
    send(answer);
  };

  const server = createServer((req, res) => {
    serve(req, res).catch((err: unknown) => {
      problems.push(`${req.url}: ${String(err)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((ok) => server.listen(opts.port, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    calls,
    problems,
    stats,
    sessions,
    close: async () => {
      await Promise.all([...sessions.values()].map((s) => s.end()));
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
