/**
 * Runs the authorization matrix (authz.matrix.ts) against every mounted route of the worker,
 * read from the router itself: a route without a row fails here, so a new route cannot ship
 * without saying who may call it. Each refused call must also leave the data unchanged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../src/index';
import { call } from './fixtures';
import { MATRIX, PRINCIPALS } from './authz.matrix';
import { sessions, world } from './world';
import { stateDigest } from './state';

/** Every route the worker mounts, as `METHOD /path` (middleware and the asset fallback aside). */
function mountedRoutes(): string[] {
  const keys = app.routes
    .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)].sort();
}

const DENIED = new Set([401, 403, 404]);

describe('the authorization matrix', () => {
  let routes: string[];
  beforeAll(() => {
    routes = mountedRoutes();
  });

  it('has a row for every mounted route, and no row for a route that does not exist', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => !(r in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !routes.includes(r))).toEqual([]);
  });

  for (const [route, probes] of Object.entries(MATRIX)) {
    const method = route.split(' ')[0] as string;
    it(`${route}: only the allowed pass; the refused change nothing`, async () => {
      const w = await world();
      const cookies = await sessions();
      for (const probe of probes) {
        for (const who of PRINCIPALS) {
          const allowed = probe.allow.includes(who);
          const before = allowed ? null : await stateDigest();
          const res = await call(probe.path(w), {
            method,
            cookie: cookies[who],
            body: probe.body?.(w),
            headers: probe.headers ?? {},
          });
          // A live-map socket that was allowed: close it again.
          res.webSocket?.accept();
          res.webSocket?.close(1000);
          const where = `${who} → ${probe.name} (${res.status} ${await bodyOf(res)})`;
          if (allowed) {
            expect(DENIED.has(res.status), `allowed: ${where}`).toBe(false);
            expect(res.status, `no server error: ${where}`).toBeLessThan(500);
          } else {
            expect(DENIED.has(res.status), `refused: ${where}`).toBe(true);
            expect(await stateDigest(), `unchanged: ${where}`).toBe(before);
          }
        }
      }
    }, 60_000);
  }
});

/** A probe's answer for the failure message: text and JSON as they are, a photo or PDF by type. */
async function bodyOf(res: Response): Promise<string> {
  if (res.webSocket) return '';
  const type = res.headers.get('content-type') ?? '';
  if (/json|text/.test(type)) return res.text();
  await res.arrayBuffer(); // read it all the same: nothing is left pending
  return `(${type || 'no content type'})`;
}
