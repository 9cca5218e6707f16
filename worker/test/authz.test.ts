/**
 * Runs the authorization matrix (authz.matrix.ts) against every mounted route of the worker,
 * read from the router itself: a route without a row fails here, so a new route cannot ship
 * without saying who may call it. Each refused call must also leave the data unchanged.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '../src/index';
import { encryptPii, hmacHex, sha256Hex } from '../src/lib/crypto';
import { maskIdNumber } from '../core/masking';
import { setGrid, GRID, LAT, LNG } from './cases';
import { call, seedWorld, validId } from './fixtures';
import { MATRIX, PRINCIPALS, jpeg, type Principal, type World } from './authz.matrix';
import { stateDigest } from './state';

/** Every route the worker mounts, as `METHOD /path` (middleware and the asset fallback aside). */
function mountedRoutes(): string[] {
  const keys = app.routes
    .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)].sort();
}

const PRINCIPAL_IDS: Record<Exclude<Principal, 'anonymous'>, ['applicant' | 'staff', string]> = {
  applicantA: ['applicant', 'apl_a'],
  applicantB: ['applicant', 'apl_b'],
  clerk: ['staff', 'stf_clerk'],
  clerkKuiwen: ['staff', 'stf_clerk_kw'],
  approver: ['staff', 'stf_approver'],
  inspector: ['staff', 'stf_inspector'],
  inspector2: ['staff', 'stf_inspector2'],
  admin: ['staff', 'stf_admin'],
};

/** A session per principal, written directly (signing in through PBKDF2 each time is slow). */
async function sessions(): Promise<Record<Principal, string | undefined>> {
  const out: Record<string, string | undefined> = { anonymous: undefined };
  for (const [name, [kind, id]] of Object.entries(PRINCIPAL_IDS)) {
    const token = `authz-${name}-${crypto.randomUUID()}`;
    await env.DB.prepare(
      `INSERT INTO sessions (token_hash, principal_kind, principal_id, expires_at)
       VALUES (?, ?, ?, '2999-01-01T00:00:00.000Z')`,
    )
      .bind(await sha256Hex(token), kind, id)
      .run();
    out[name] = `xuke_session=${token}`;
  }
  return out as Record<Principal, string | undefined>;
}

/** The seeded world plus attachments, messages, drafts and a correction case. */
async function world(): Promise<World> {
  const w = await seedWorld();
  await setGrid(10, 2);
  // B verified too, so that revealing B's ID number is a question of scope, not of data.
  const idB = validId('370705', '19850505', '321');
  await env.DB.prepare(
    `UPDATE applicants SET real_name_verified = 1, name = '李四', id_number_enc = ?,
       id_number_hash = ?, id_number_masked = ? WHERE id = 'apl_b'`,
  )
    .bind(
      await encryptPii(env.PII_KEY, idB),
      await hmacHex(env.PII_KEY, `id:${idB}`),
      maskIdNumber(idB),
    )
    .run();
  const att = (id: string, applicant: string, app: string | null) =>
    env.DB.prepare(
      `INSERT INTO attachments (id, applicant_id, application_id, kind, content_type, size, sha256, r2_key)
       VALUES (?, ?, ?, 'idCardFront', 'image/jpeg', 200, 'x', ?)`,
    ).bind(id, applicant, app, `attachments/${applicant}/${id}`);
  const note = (id: string, applicant: string, app: string) =>
    env.DB.prepare(
      `INSERT INTO notifications (id, applicant_id, application_id, template, title_zh, body_zh,
         title_en, body_en) VALUES (?, ?, ?, 'submitted', '已提交', '已提交', 'Submitted', 'Submitted')`,
    ).bind(id, applicant, app);
  const app = (id: string, applicant: string, county: string, status: string) =>
    env.DB.prepare(
      `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, form_json)
       VALUES (?, ?, ?, ?, 'new', ?, '{}')`,
    ).bind(id, `XK${id.toUpperCase()}`, applicant, county, status);
  await env.DB.batch([
    att('att_a', 'apl_a', w.appA),
    att('att_b', 'apl_b', w.appB),
    att('att_a_free', 'apl_a', null),
    note('ntf_a', 'apl_a', w.appA),
    note('ntf_b', 'apl_b', w.appB),
    app('draft_a', 'apl_a', '370702', 'draft'),
    app('draft_b', 'apl_b', '370705', 'draft'),
    app('corr_a', 'apl_a', '370702', 'correction_requested'),
  ]);
  for (const [id, applicant] of [
    ['att_a', 'apl_a'],
    ['att_b', 'apl_b'],
    ['att_a_free', 'apl_a'],
  ] as const) {
    await env.EVIDENCE.put(`attachments/${applicant}/${id}`, jpeg());
  }
  return {
    ...w,
    attA: 'att_a',
    attB: 'att_b',
    attAFree: 'att_a_free',
    notificationA: 'ntf_a',
    notificationB: 'ntf_b',
    grid: GRID,
    lat: LAT,
    lng: LNG,
    draftA: 'draft_a',
    draftB: 'draft_b',
    correctionA: 'corr_a',
  };
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
          const where = `${who} → ${probe.name} (${res.status} ${res.webSocket ? '' : await res.text()})`;
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
