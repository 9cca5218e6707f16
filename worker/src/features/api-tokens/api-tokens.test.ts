import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApiTokenView } from '../../../core/api-tokens';
import type { RecordImportReport } from '../../../core/deliveries';
import { sha256Hex } from '../../lib/crypto';
import { call, count, KUIWEN, loginStaff, seedWorld, WEICHENG } from '../../../test/fixtures';
import { LICENCES, row, seedLicences } from '../../../test/licence-records';

async function create(admin: string, scopes: string[], jurisdictions: string[] = [WEICHENG]) {
  const res = await call('/api/admin/tokens', {
    cookie: admin,
    body: { name: '配送系统对接', scopes, jurisdictions },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { token: ApiTokenView; secret: string };
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
const code = async (res: Response) =>
  ((await res.json()) as { error: { code: string } }).error.code;
const push = (secret: string, rows: unknown[], dryRun = false) =>
  call('/api/system/records', {
    headers: bearer(secret),
    body: { source: 'distribution', dryRun, rows },
  });

describe('API tokens', () => {
  let admin: string;
  beforeEach(async () => {
    await seedWorld();
    await seedLicences();
    admin = await loginStaff('admin');
  });

  it('shows the secret once, keeps only its SHA-256 and lists tokens without it', async () => {
    const before = await count('audit_log', "event = 'api_token_created'");
    const { token, secret } = await create(admin, ['imports:write', 'licences:read']);
    expect(secret).toMatch(new RegExp(`^xk_${token.id}_[A-Za-z0-9_-]{43}$`));
    const stored = await env.DB.prepare('SELECT secret_hash FROM api_tokens WHERE id = ?')
      .bind(token.id)
      .first<{ secret_hash: string }>();
    expect(stored?.secret_hash).toBe(await sha256Hex(secret.slice(`xk_${token.id}_`.length)));
    const list = await call('/api/admin/tokens', { cookie: admin });
    const text = await list.text();
    expect(text).not.toContain(secret.slice(-20));
    expect(text).not.toContain(stored?.secret_hash);
    const tokens = (JSON.parse(text) as { tokens: ApiTokenView[] }).tokens;
    expect(tokens.map((t) => [t.name, t.scopes, t.jurisdictions, t.lastUsedAt])).toEqual([
      ['配送系统对接', ['imports:write', 'licences:read'], [WEICHENG], null],
    ]);
    expect(await count('audit_log', "event = 'api_token_created'")).toBe(before + 1);
  });

  it('a token with the scope imports its county’s records and is audited as itself', async () => {
    const { token, secret } = await create(admin, ['imports:write']);
    const dry = await push(secret, [row(LICENCES.wc1.number)], true);
    expect(((await dry.json()) as RecordImportReport).accepted.length).toBe(1);
    const res = await push(secret, [row(LICENCES.wc1.number), row(LICENCES.wc2.number)]);
    expect(res.status).toBe(200);
    expect(await count('licence_records', 'imported_by = ?', `token:${token.id}`)).toBe(2);
    const audit = await env.DB.prepare(
      `SELECT actor_kind, actor_id FROM audit_log WHERE event = 'records_imported'
       ORDER BY id DESC LIMIT 1`,
    ).first();
    expect(audit).toEqual({ actor_kind: 'system', actor_id: `token:${token.id}` });
    const used = await env.DB.prepare('SELECT last_used_at FROM api_tokens WHERE id = ?')
      .bind(token.id)
      .first<{ last_used_at: string | null }>();
    expect(used?.last_used_at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('refuses a token for another county, as a whole and even in a dry run', async () => {
    const { secret } = await create(admin, ['imports:write', 'licences:read']);
    for (const dryRun of [true, false]) {
      const res = await push(secret, [row(LICENCES.wc1.number), row(LICENCES.kw1.number)], dryRun);
      expect(res.status).toBe(403);
      expect(await code(res)).toBe('TOKEN_COUNTY_FORBIDDEN');
    }
    expect(await count('licence_records')).toBe(0);
    const read = await call(`/api/system/licences/${LICENCES.kw1.number}`, {
      headers: bearer(secret),
    });
    expect(read.status).toBe(403);
    expect(await code(read)).toBe('TOKEN_COUNTY_FORBIDDEN');
    const own = await call(`/api/system/licences/${LICENCES.wc1.number}`, {
      headers: bearer(secret),
    });
    expect(own.status).toBe(200);
    expect(((await own.json()) as { licence: { county: string } }).licence.county).toBe(WEICHENG);
  });

  it('a city-wide token covers every county', async () => {
    const { secret } = await create(admin, ['imports:write'], ['370700']);
    const res = await push(secret, [row(LICENCES.wc1.number), row(LICENCES.kw1.number)]);
    expect(res.status).toBe(200);
    expect(await count('licence_records')).toBe(2);
  });

  it('refuses a token without the scope, a missing or wrong token, and a revoked one', async () => {
    const { token, secret } = await create(admin, ['licences:read'], [WEICHENG, KUIWEN]);
    const noScope = await push(secret, [row(LICENCES.wc1.number)]);
    expect(noScope.status).toBe(403);
    expect(await code(noScope)).toBe('TOKEN_SCOPE_MISSING');
    const none = await call('/api/system/records', {
      body: { source: 'sales', rows: [row(LICENCES.wc1.number)] },
    });
    expect([none.status, await code(none)]).toEqual([401, 'TOKEN_REQUIRED']);
    const wrong = await call(`/api/system/licences/${LICENCES.wc1.number}`, {
      headers: bearer(`${secret.slice(0, -4)}AAAA`),
    });
    expect([wrong.status, await code(wrong)]).toEqual([401, 'TOKEN_INVALID']);
    const garbled = await call(`/api/system/licences/${LICENCES.wc1.number}`, {
      headers: bearer('not-a-token'),
    });
    expect([garbled.status, await code(garbled)]).toEqual([401, 'TOKEN_INVALID']);

    const before = await count('audit_log', "event = 'api_token_revoked'");
    const revoke = await call(`/api/admin/tokens/${token.id}/revoke`, {
      cookie: admin,
      method: 'POST',
    });
    expect(revoke.status).toBe(200);
    expect(await count('audit_log', "event = 'api_token_revoked'")).toBe(before + 1);
    const after = await call(`/api/system/licences/${LICENCES.wc1.number}`, {
      headers: bearer(secret),
    });
    expect([after.status, await code(after)]).toEqual([401, 'TOKEN_INVALID']);
    const twice = await call(`/api/admin/tokens/${token.id}/revoke`, {
      cookie: admin,
      method: 'POST',
    });
    expect([twice.status, await code(twice)]).toEqual([409, 'TOKEN_REVOKED']);
    expect(await count('audit_log', "event = 'api_token_revoked'")).toBe(before + 1);
  });

  it('a token opens the system routes only, never a staff one', async () => {
    const { secret } = await create(
      admin,
      ['imports:write', 'licences:read', 'cases:read'],
      ['370700'],
    );
    const staffRoute = await call('/api/admin/tokens', { headers: bearer(secret) });
    expect(staffRoute.status).toBe(401);
    const upload = await call('/api/imports/records', {
      headers: bearer(secret),
      body: { source: 'sales', rows: [row(LICENCES.wc1.number)] },
    });
    expect(upload.status).toBe(401);
  });

  it('refuses a token for a jurisdiction that does not exist, creating nothing', async () => {
    const res = await call('/api/admin/tokens', {
      cookie: admin,
      body: { name: '错误', scopes: ['cases:read'], jurisdictions: ['999999'] },
    });
    expect([res.status, await code(res)]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await count('api_tokens')).toBe(0);
  });
});
