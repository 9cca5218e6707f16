import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../../core/audit-view';
import { passwordProblems, type StaffAccountView } from '../../../core/staff-admin';
import { call, loginStaff, seedWorld, sessionCookie } from '../../../test/fixtures';
import { stateDigest } from '../../../test/state';

const GOOD = 'Gr4nite-Harbour!';
const BETTER = 'Quiet#Lantern-92';

beforeEach(async () => {
  await seedWorld();
});

async function login(username: string, password: string): Promise<Response> {
  return call('/api/auth/staff/login', { body: { username, password } });
}

async function create(admin: string, extra: Record<string, unknown> = {}): Promise<Response> {
  return call('/api/admin/staff', {
    cookie: admin,
    body: {
      username: 'zhao.clerk',
      displayName: '赵窗口',
      role: 'clerk',
      jurisdictions: ['370702'],
      password: GOOD,
      ...extra,
    },
  });
}

const code = async (res: Response) => (await res.json<{ error: { code: string } }>()).error.code;

describe('password policy (等保)', () => {
  it('refuses short, single-class, name-bearing, common and run passwords', () => {
    expect(passwordProblems(GOOD, 'zhao.clerk')).toEqual([]);
    expect(passwordProblems('Ab1!', 'x')).toContain('short');
    expect(passwordProblems('abcdefghijkxyz', 'x')).toContain('classes');
    expect(passwordProblems('Zhao.Clerk-2026!', 'zhao.clerk')).toContain('username');
    expect(passwordProblems('MyPassword#77', 'x')).toContain('common');
    expect(passwordProblems('Harbour-1234!x', 'x')).toContain('run');
    expect(passwordProblems('Harbour-aaaa!7', 'x')).toContain('run');
  });
});

describe('人员管理 (admin)', () => {
  it('creates an account whose first password must be changed before anything else', async () => {
    const admin = await loginStaff('admin');
    const res = await create(admin);
    expect(res.status).toBe(201);
    const { account } = await res.json<{ account: StaffAccountView }>();
    expect(account).toMatchObject({
      role: 'clerk',
      jurisdictions: ['370702'],
      mustChangePassword: true,
    });

    const signedIn = await login('zhao.clerk', GOOD);
    expect(signedIn.status).toBe(200);
    const me = await signedIn.json<{ user: { passwordChangeDue: boolean } }>();
    expect(me.user.passwordChangeDue).toBe(true);
    const cookie = sessionCookie(signedIn);
    const blocked = await call('/api/applications', { cookie });
    expect(blocked.status).toBe(403);
    expect(await code(blocked)).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await call('/api/me', { cookie })).status).toBe(200);

    const change = (current: string, next: string) =>
      call('/api/auth/staff/password', { cookie, body: { current, next } });
    expect(await code(await change('wrong', BETTER))).toBe('PASSWORD_WRONG');
    expect(await code(await change(GOOD, 'short1!'))).toBe('PASSWORD_POLICY');
    expect(await code(await change(GOOD, GOOD))).toBe('PASSWORD_POLICY');
    const ok = await change(GOOD, BETTER);
    expect(ok.status).toBe(200);
    expect((await call('/api/applications', { cookie })).status).toBe(200);
    expect((await login('zhao.clerk', GOOD)).status).toBe(401);
    expect((await login('zhao.clerk', BETTER)).status).toBe(200);
  });

  it('asks for a new password once it is older than the policy allows', async () => {
    await env.DB.prepare(
      `UPDATE staff_users SET password_changed_at = '2000-01-01T00:00:00.000Z' WHERE id = 'stf_clerk'`,
    ).run();
    const clerk = await loginStaff('clerk');
    expect(await code(await call('/api/applications', { cookie: clerk }))).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
  });

  it('refuses weak passwords, taken names and unknown counties, changing nothing', async () => {
    const admin = await loginStaff('admin');
    const before = await stateDigest();
    expect(await code(await create(admin, { password: 'xuke2026' }))).toBe('PASSWORD_POLICY');
    expect(await code(await create(admin, { username: 'clerk' }))).toBe('USERNAME_TAKEN');
    expect(await code(await create(admin, { jurisdictions: ['999999'] }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(await code(await create(admin, { username: '1abc' }))).toBe('VALIDATION_FAILED');
    expect(await code(await create(admin, { role: 'owner' }))).toBe('VALIDATION_FAILED');
    expect(await stateDigest()).toEqual(before);
  });

  it('disables an account (signed out everywhere), audits the change, and keeps an admin', async () => {
    const admin = await loginStaff('admin');
    const clerk = await loginStaff('clerk');
    const list = await (
      await call('/api/admin/staff', { cookie: admin })
    ).json<{
      items: StaffAccountView[];
    }>();
    const row = list.items.find((a) => a.username === 'clerk')!;
    const put = (id: string, body: unknown) =>
      call(`/api/admin/staff/${id}`, { method: 'PUT', cookie: admin, body });
    const res = await put(row.id, {
      version: row.version,
      active: false,
      jurisdictions: ['370705'],
    });
    expect(res.status).toBe(200);
    expect((await res.json<{ account: StaffAccountView }>()).account).toMatchObject({
      active: false,
      jurisdictions: ['370705'],
    });
    expect((await call('/api/applications', { cookie: clerk })).status).toBe(401);
    expect((await login('clerk', 'Xuke#2026')).status).toBe(401);
    // A stale version is a conflict, not a silent overwrite.
    expect(await code(await put(row.id, { version: row.version, active: true }))).toBe('CONFLICT');

    const audit = await (
      await call(`/api/admin/audit?event=staff_account_changed&subjectId=${row.id}`, {
        cookie: admin,
      })
    ).json<AuditPage>();
    expect(audit.total).toBe(1);
    expect(JSON.parse(audit.items[0]!.detail!)).toMatchObject({
      active: { from: true, to: false },
      jurisdictions: { from: ['370702'], to: ['370705'] },
    });
    expect(audit.items[0]?.actorName).toBe('测试admin');

    const me = list.items.find((a) => a.username === 'admin')!;
    expect(await code(await put(me.id, { version: me.version, role: 'clerk' }))).toBe('LAST_ADMIN');
    expect(await code(await put(me.id, { version: me.version, active: false }))).toBe('LAST_ADMIN');
  });

  it('resets a password: the person is signed out and must change it', async () => {
    const admin = await loginStaff('admin');
    const inspector = await loginStaff('inspector');
    const res = await call('/api/admin/staff/stf_inspector/reset-password', {
      cookie: admin,
      body: { version: 0, password: GOOD },
    });
    expect(res.status).toBe(200);
    expect((await call('/api/tasks', { cookie: inspector })).status).toBe(401);
    const again = sessionCookie(await login('inspector', GOOD));
    expect(await code(await call('/api/tasks', { cookie: again }))).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
  });
});

describe('审计日志 (admin)', () => {
  it('filters by action and period, and exports CSV, the export itself audited', async () => {
    const admin = await loginStaff('admin');
    await loginStaff('clerk');
    const all = await (
      await call('/api/admin/audit?event=auth_staff_login_success', { cookie: admin })
    ).json<AuditPage>();
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all.items.every((i) => i.event === 'auth_staff_login_success')).toBe(true);
    const ids = all.items.map((i) => i.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const none = await (
      await call('/api/admin/audit?event=auth_staff_login_success&to=2000-01-01', { cookie: admin })
    ).json<AuditPage>();
    expect(none.total).toBe(0);
    const bad = await call('/api/admin/audit?from=2026-02-01&to=2026-01-01', { cookie: admin });
    expect(bad.status).toBe(400);

    const csv = await call('/api/admin/audit/export?event=auth_staff_login_success', {
      cookie: admin,
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('id,at,actor_kind')).toBe(true);
    expect(text.split('\r\n').filter(Boolean).length).toBe(all.total + 1);
    const exported = await (
      await call('/api/admin/audit?event=audit_log_exported', { cookie: admin })
    ).json<AuditPage>();
    expect(exported.total).toBe(1);
  });
});
