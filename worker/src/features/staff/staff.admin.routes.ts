/**
 * 人员管理 (admins only): staff accounts created, edited (name, role, county scope), disabled
 * and given a new password, each change audited with what changed. An admin sets a first or
 * reset password under the policy, and the person must change it at first sign-in. The last
 * active admin cannot be disabled or demoted, so the bureau never locks itself out.
 */
import { Hono } from 'hono';
import {
  staffCreateSchema,
  staffResetPasswordSchema,
  staffUpdateSchema,
  type StaffAccountView,
} from '../../../core/staff-admin';
import type { AppEnv, Ctx } from '../../app-env';
import { appNowIso } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { json } from '../../lib/validate';
import { requireStaff } from '../../middleware/auth';
import { audit } from '../audit/audit.service';
import { policyPassword } from './staff.passwords';

interface Row {
  id: string;
  username: string;
  display_name: string;
  role: StaffAccountView['role'];
  active: number;
  must_change_password: number;
  password_changed_at: string | null;
  created_at: string;
  version: number;
  scopes: string | null;
}

const SELECT = `SELECT u.id, u.username, u.display_name, u.role, u.active, u.must_change_password,
  u.password_changed_at, u.created_at, u.version,
  (SELECT group_concat(jurisdiction_code) FROM staff_scopes WHERE staff_id = u.id) AS scopes
  FROM staff_users u`;

const view = (r: Row): StaffAccountView => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  jurisdictions: (r.scopes ?? '').split(',').filter(Boolean).sort(),
  active: r.active === 1,
  mustChangePassword: r.must_change_password === 1,
  passwordChangedAt: r.password_changed_at,
  createdAt: r.created_at,
  version: r.version,
});

async function account(c: Ctx, id: string): Promise<Row> {
  const row =
    id.length <= 64
      ? await c.env.DB.prepare(`${SELECT} WHERE u.id = ?`).bind(id).first<Row>()
      : null;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Every code must be a jurisdiction of the city (a county, or the city itself). */
async function checkJurisdictions(c: Ctx, codes: readonly string[]): Promise<void> {
  const unique = [...new Set(codes)];
  const found = await c.env.DB.prepare(
    `SELECT COUNT(*) AS n FROM jurisdictions WHERE code IN (${unique.map(() => '?').join(',')})`,
  )
    .bind(...unique)
    .first<{ n: number }>();
  if ((found?.n ?? 0) !== unique.length) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'jurisdictions', message: 'unknown code' }]);
  }
}

/** LAST_ADMIN when `id` is the only active admin and the change would end that. */
async function keepAnAdmin(c: Ctx, row: Row, role: string, active: boolean): Promise<void> {
  if (row.role !== 'admin' || row.active !== 1 || (role === 'admin' && active)) return;
  const others = await c.env.DB.prepare(
    `SELECT COUNT(*) AS n FROM staff_users WHERE role = 'admin' AND active = 1 AND id <> ?`,
  )
    .bind(row.id)
    .first<{ n: number }>();
  if ((others?.n ?? 0) === 0) throw new AppError('LAST_ADMIN');
}

const scopeStatements = (c: Ctx, id: string, codes: readonly string[]) => [
  c.env.DB.prepare('DELETE FROM staff_scopes WHERE staff_id = ?').bind(id),
  ...[...new Set(codes)].map((code) =>
    c.env.DB.prepare('INSERT INTO staff_scopes (staff_id, jurisdiction_code) VALUES (?, ?)').bind(
      id,
      code,
    ),
  ),
];

export const staffAdminRoutes = new Hono<AppEnv>()
  .use(requireStaff('admin'))
  .get('/', async (c) => {
    const rows = await c.env.DB.prepare(
      `${SELECT} ORDER BY u.active DESC, u.role, u.username`,
    ).all<Row>();
    return c.json({ items: rows.results.map(view) });
  })
  .post('/', json(staffCreateSchema), async (c) => {
    const body = c.req.valid('json');
    await checkJurisdictions(c, body.jurisdictions);
    const taken = await c.env.DB.prepare('SELECT 1 FROM staff_users WHERE username = ?')
      .bind(body.username)
      .first();
    if (taken) throw new AppError('USERNAME_TAKEN');
    const pw = await policyPassword(body.password, body.username);
    const id = `stf_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const insert = c.env.DB.prepare(
      `INSERT INTO staff_users (id, username, display_name, role, password_hash, password_salt,
         password_iterations, active, must_change_password, password_changed_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?)`,
    ).bind(
      id,
      body.username,
      body.displayName,
      body.role,
      pw.password_hash,
      pw.password_salt,
      pw.password_iterations,
      appNowIso(c.env),
      appNowIso(c.env),
    );
    await c.env.DB.batch([insert, ...scopeStatements(c, id, body.jurisdictions)]);
    await audit(c, {
      event: 'staff_account_created',
      subjectType: 'staff',
      subjectId: id,
      detail: { username: body.username, role: body.role, jurisdictions: body.jurisdictions },
    });
    return c.json({ account: view(await account(c, id)) }, 201);
  })
  .put('/:id', json(staffUpdateSchema), async (c) => {
    const body = c.req.valid('json');
    const row = await account(c, c.req.param('id'));
    if (row.version !== body.version) throw new AppError('CONFLICT');
    const role = body.role ?? row.role;
    const active = body.active ?? row.active === 1;
    await keepAnAdmin(c, row, role, active);
    if (body.jurisdictions) await checkJurisdictions(c, body.jurisdictions);
    const update = c.env.DB.prepare(
      `UPDATE staff_users SET display_name = ?, role = ?, active = ?, version = version + 1
       WHERE id = ? AND version = ?`,
    ).bind(body.displayName ?? row.display_name, role, active ? 1 : 0, row.id, row.version);
    const extra = [
      ...(body.jurisdictions ? scopeStatements(c, row.id, body.jurisdictions) : []),
      // A disabled account is signed out everywhere at once.
      ...(active
        ? []
        : [
            c.env.DB.prepare(
              `DELETE FROM sessions WHERE principal_kind = 'staff' AND principal_id = ?`,
            ).bind(row.id),
          ]),
    ];
    const [first] = await c.env.DB.batch([update, ...extra]);
    if ((first?.meta.changes ?? 0) !== 1) throw new AppError('CONFLICT');
    const before = view(row);
    const after = view(await account(c, row.id));
    const changed = Object.fromEntries(
      (['displayName', 'role', 'jurisdictions', 'active'] as const)
        .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
        .map((k) => [k, { from: before[k], to: after[k] }]),
    );
    await audit(c, {
      event: 'staff_account_changed',
      subjectType: 'staff',
      subjectId: row.id,
      detail: changed,
    });
    return c.json({ account: after });
  })
  .post('/:id/reset-password', json(staffResetPasswordSchema), async (c) => {
    const body = c.req.valid('json');
    const row = await account(c, c.req.param('id'));
    if (row.version !== body.version) throw new AppError('CONFLICT');
    const pw = await policyPassword(body.password, row.username);
    const [first] = await c.env.DB.batch([
      c.env.DB.prepare(
        `UPDATE staff_users SET password_hash = ?, password_salt = ?, password_iterations = ?,
           must_change_password = 1, password_changed_at = ?, version = version + 1
         WHERE id = ? AND version = ?`,
      ).bind(
        pw.password_hash,
        pw.password_salt,
        pw.password_iterations,
        appNowIso(c.env),
        row.id,
        row.version,
      ),
      c.env.DB.prepare(
        `DELETE FROM sessions WHERE principal_kind = 'staff' AND principal_id = ?`,
      ).bind(row.id),
    ]);
    if ((first?.meta.changes ?? 0) !== 1) throw new AppError('CONFLICT');
    await audit(c, { event: 'staff_password_reset', subjectType: 'staff', subjectId: row.id });
    return c.json({ account: view(await account(c, row.id)) });
  });
