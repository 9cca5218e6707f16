/**
 * 接口令牌 (admins only): `GET /api/admin/tokens` lists them, `POST` creates one and answers its
 * secret once (only its SHA-256 is kept), `POST /:id/revoke` ends it. Every change is audited.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { mayManageTokens } from '../../../core/access';
import {
  TOKEN_PREFIX,
  tokenCreateSchema,
  type ApiScope,
  type ApiTokenView,
} from '../../../core/api-tokens';
import type { AppEnv, Ctx } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { randomToken, sha256Hex, toHex } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { requireStaff, staffOf } from '../../middleware/auth';
import { staffWho } from '../applications/applications.access';
import { auditStatement } from '../audit/audit.service';
import { allJurisdictions } from '../jurisdictions/jurisdictions.repo';
import { getDb } from '../../db/client';

interface Row {
  id: string;
  name: string;
  scopes_json: string;
  jurisdictions_json: string;
  created_at: string;
  created_by: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

const view = (r: Row): ApiTokenView => ({
  id: r.id,
  name: r.name,
  scopes: JSON.parse(r.scopes_json) as ApiScope[],
  jurisdictions: JSON.parse(r.jurisdictions_json) as string[],
  createdAt: r.created_at,
  createdBy: r.created_by,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

const SELECT = `SELECT t.id, t.name, t.scopes_json, t.jurisdictions_json, t.created_at,
  s.display_name AS created_by, t.last_used_at, t.revoked_at
  FROM api_tokens t JOIN staff_users s ON s.id = t.created_by`;

const tokenId = z.string().regex(/^[a-f0-9]{16}$/);

function admin(c: Ctx) {
  const p = staffOf(c, ['admin']);
  if (!mayManageTokens(staffWho(p))) throw new AppError('FORBIDDEN');
  return p;
}

export const apiTokenRoutes = new Hono<AppEnv>()
  .get('/', requireStaff('admin'), async (c) => {
    admin(c);
    const rows = await c.env.DB.prepare(
      `${SELECT} ORDER BY t.created_at DESC LIMIT 200`,
    ).all<Row>();
    return c.json({ tokens: rows.results.map(view) });
  })
  .post('/', requireStaff('admin'), json(tokenCreateSchema), async (c) => {
    const p = admin(c);
    const body = c.req.valid('json');
    const known = new Set((await allJurisdictions(getDb(c.env.DB))).map((j) => j.code));
    const unknown = body.jurisdictions.filter((j) => !known.has(j));
    if (unknown.length > 0)
      throw new AppError('VALIDATION_FAILED', [{ path: 'jurisdictions', message: 'unknown code' }]);
    const id = toHex(crypto.getRandomValues(new Uint8Array(8)));
    const secret = randomToken(32);
    const scopes = [...new Set(body.scopes)].sort();
    const jurisdictions = [...new Set(body.jurisdictions)].sort();
    const at = appNowIso(c.env);
    await c.env.DB.batch([
      c.env.DB.prepare(
        `INSERT INTO api_tokens (id, name, secret_hash, scopes_json, jurisdictions_json,
           created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).bind(
        id,
        body.name,
        await sha256Hex(secret),
        JSON.stringify(scopes),
        JSON.stringify(jurisdictions),
        p.id,
        at,
      ),
      auditStatement(c, {
        event: 'api_token_created',
        subjectType: 'api_token',
        subjectId: id,
        detail: { name: body.name, scopes, jurisdictions },
      }),
    ]);
    const row = await c.env.DB.prepare(`${SELECT} WHERE t.id = ?`).bind(id).first<Row>();
    if (!row) throw new AppError('INTERNAL');
    // The only time the secret leaves the worker.
    return c.json({ token: view(row), secret: `${TOKEN_PREFIX}${id}_${secret}` }, 201);
  })
  .post('/:id/revoke', requireStaff('admin'), async (c) => {
    const p = admin(c);
    const id = tokenId.safeParse(c.req.param('id'));
    if (!id.success) throw new AppError('NOT_FOUND');
    const row = await c.env.DB.prepare(`${SELECT} WHERE t.id = ?`).bind(id.data).first<Row>();
    if (!row) throw new AppError('NOT_FOUND');
    if (row.revoked_at) throw new AppError('TOKEN_REVOKED');
    const at = appNowIso(c.env);
    await c.env.DB.batch([
      c.env.DB.prepare(
        'UPDATE api_tokens SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL',
      ).bind(at, p.id, id.data),
      auditStatement(c, {
        event: 'api_token_revoked',
        subjectType: 'api_token',
        subjectId: id.data,
        detail: { name: row.name },
      }),
    ]);
    return c.json({ token: view({ ...row, revoked_at: at }) });
  });
