/**
 * Small, explicit fixtures for worker tests: two counties, staff of each role, two applicants
 * and a few applications. Written through the same crypto helpers the worker uses.
 */
import { env, exports } from 'cloudflare:workers';
import type { Env } from '../src/env';
import { encryptPii, hashPassword, hmacHex, toBase64 } from '../src/lib/crypto';
import { idCheckDigit } from '../core/id-number';
import { maskIdNumber } from '../core/masking';
import { addCalendarDays } from '../core/dates';
import { PRIVACY_NOTICE_VERSION } from '../core/privacy';
import { appToday } from '../src/lib/clock';

export const PASSWORD = 'Test#2026';
export const CITY = '370700';
export const WEICHENG = '370702';
export const KUIWEN = '370705';

export function validId(region = '370702', birth = '19800101', seq = '123'): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idCheckDigit(first17);
}

let staffHash: { hash: string; salt: string } | null = null;

async function passwordRow(): Promise<{ hash: string; salt: string }> {
  if (!staffHash) {
    const salt = toBase64(new Uint8Array(16).fill(7));
    staffHash = { hash: await hashPassword(PASSWORD, salt), salt };
  }
  return staffHash;
}

async function run(sql: string, ...params: unknown[]): Promise<void> {
  await env.DB.prepare(sql)
    .bind(...params)
    .run();
}

export interface Seeded {
  applicantA: string;
  applicantB: string;
  /** Application of applicant A in 潍城区, submitted. */
  appA: string;
  /** Application of applicant B in 奎文区, submitted. */
  appB: string;
  /** Application of A in 潍城区 under inspection, assigned to `inspector`. */
  appInspection: string;
  /** The inspection task of appInspection (both 潍城区 inspectors), and a 奎文区 plan task. */
  taskInspection: string;
  taskKuiwen: string;
  idNumberA: string;
}

/**
 * Empties every table but the append-only audit log (storage is shared by the tests of a file;
 * audit assertions compare counts before and after) and the search index's reference tables.
 */
export async function resetDb(): Promise<void> {
  const tables = await env.DB.prepare(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
     AND name NOT LIKE '_cf_%'
     AND name NOT IN ('audit_log', 'd1_migrations', 'search_fold', 'search_positions',
       'checklist_versions')`,
  ).all<{ name: string }>();
  await env.DB.batch([
    env.DB.prepare('PRAGMA defer_foreign_keys = ON'),
    ...tables.results.map((t) => env.DB.prepare(`DELETE FROM ${t.name}`)),
  ]);
}

/** Resets the database and seeds the minimal world most tests need. */
export async function seedWorld(): Promise<Seeded> {
  await resetDb();
  await run(
    `INSERT INTO jurisdictions (code, name, kind, parent_code, seat_lng, seat_lat, h3_res) VALUES
     ('370700','潍坊市','city',NULL,119.16,36.71,8),
     ('370702','潍城区','district','370700',119.02,36.73,8),
     ('370705','奎文区','district','370700',119.13,36.71,8)`,
  );
  const pw = await passwordRow();
  const staff: [string, string, string, string[]][] = [
    ['stf_clerk', 'clerk', 'clerk', [WEICHENG]],
    ['stf_clerk_kw', 'clerk.kuiwen', 'clerk', [KUIWEN]],
    ['stf_approver', 'approver', 'approver', [CITY]],
    ['stf_inspector', 'inspector', 'inspector', [WEICHENG]],
    ['stf_inspector2', 'inspector2', 'inspector', [WEICHENG]],
    ['stf_admin', 'admin', 'admin', [CITY]],
  ];
  for (const [id, username, role, scopes] of staff) {
    await run(
      `INSERT INTO staff_users (id, username, display_name, role, password_hash, password_salt,
       password_iterations) VALUES (?, ?, ?, ?, ?, ?, 100000)`,
      id,
      username,
      `测试${username}`,
      role,
      pw.hash,
      pw.salt,
    );
    for (const s of scopes) {
      await run(`INSERT INTO staff_scopes (staff_id, jurisdiction_code) VALUES (?, ?)`, id, s);
    }
  }
  const idNumberA = validId();
  const key = (env as unknown as Env).PII_KEY;
  await run(
    `INSERT INTO applicants (id, phone, real_name_verified, name, id_number_enc, id_number_hash,
     id_number_masked) VALUES ('apl_a', '13900000001', 1, '王建国', ?, ?, ?),
     ('apl_b', '13900000002', 0, NULL, NULL, NULL, NULL)`,
    await encryptPii(key, idNumberA),
    await hmacHex(key, `id:${idNumberA}`),
    maskIdNumber(idNumberA),
  );
  const apps: [string, string, string, string, string, string | null][] = [
    ['app_a', 'apl_a', WEICHENG, 'submitted', 'XK20261120000001', null],
    ['app_b', 'apl_b', KUIWEN, 'submitted', 'XK20261120000002', null],
    ['app_insp', 'apl_a', WEICHENG, 'inspection', 'XK20261120000003', 'stf_inspector'],
  ];
  for (const [id, applicant, county, status, ref, inspector] of apps) {
    await run(
      `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, shop_name,
       address, form_json, submitted_on, accepted_on, deadline, assigned_inspector_id)
       VALUES (?, ?, ?, ?, 'new', ?, '测试便利店', '潍坊市测试路1号', '{}', ?, ?, ?, ?)`,
      id,
      ref,
      applicant,
      county,
      status,
      todayMinus(1),
      status === 'inspection' ? todayMinus(1) : null,
      '2099-01-01',
      inspector,
    );
  }
  // The two-officer rule: both 潍城区 inspectors are on app_insp's check.
  await run(
    `INSERT INTO case_inspectors (application_id, staff_id, position) VALUES
     ('app_insp', 'stf_inspector', 1), ('app_insp', 'stf_inspector2', 2)`,
  );
  // Its check as a task on the officers' phones, and a supervision check in 奎文区 not yet paired.
  await run(
    `INSERT INTO inspection_tasks (id, source, application_id, kind, state, jurisdiction_code,
     place_name, address, lat, lng, checklist_version, assigned_on, due_on, created_by) VALUES
     ('task_insp', 'case', 'app_insp', 'on_site', 'assigned', ?, '测试便利店', '潍坊市测试路1号',
      36.7301, 119.0602, 'onsite-2026.1', ?, '2099-01-01', 'stf_clerk'),
     ('task_kw', 'plan', NULL, 'on_site', 'assigned', ?, '奎文测试商行', '潍坊市奎文区测试街2号',
      36.71, 119.11, 'onsite-2026.1', ?, '2099-01-01', 'stf_clerk_kw')`,
    WEICHENG,
    todayMinus(1),
    KUIWEN,
    todayMinus(1),
  );
  await run(
    `INSERT INTO task_officers (task_id, staff_id, position) VALUES
     ('task_insp', 'stf_inspector', 1), ('task_insp', 'stf_inspector2', 2)`,
  );
  return {
    applicantA: 'apl_a',
    applicantB: 'apl_b',
    appA: 'app_a',
    appB: 'app_b',
    appInspection: 'app_insp',
    taskInspection: 'task_insp',
    taskKuiwen: 'task_kw',
    idNumberA,
  };
}

/** The calendar date `days` before the app's today (lib/clock: pinned or real). */
export function todayMinus(days: number): string {
  return addCalendarDays(appToday(env), -days);
}

export interface CallInit {
  method?: string;
  body?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
}

/** Calls the worker through its exported fetch handler, as a browser's request would arrive. */
export async function call(path: string, init: CallInit = {}): Promise<Response> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.cookie) headers.cookie = init.cookie;
  let body: string | undefined;
  let raw: Uint8Array | undefined;
  if (init.body instanceof Uint8Array) {
    raw = init.body;
  } else if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  return exports.default.fetch(
    new Request(`http://xuke.test${path}`, {
      method: init.method ?? (body || raw ? 'POST' : 'GET'),
      headers,
      body: raw ?? body ?? null,
    }),
  );
}

/** The session cookie set by a response, as a `cookie` header value. */
export function sessionCookie(res: Response): string {
  const set = res.headers.get('set-cookie') ?? '';
  const m = /xuke_session=([^;]*)/.exec(set);
  if (!m?.[1]) throw new Error(`no session cookie in ${set}`);
  return `xuke_session=${m[1]}`;
}

export async function loginStaff(username: string): Promise<string> {
  const res = await call('/api/auth/staff/login', { body: { username, password: PASSWORD } });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return sessionCookie(res);
}

/** Signs an applicant in through the real SMS flow, reading the code from the outbox table. */
export async function loginApplicant(phone: string): Promise<string> {
  const req = await call('/api/auth/sms/request', { body: { phone } });
  if (req.status !== 200) throw new Error(`sms request: ${req.status} ${await req.text()}`);
  const code = await lastCode(phone);
  const res = await call('/api/auth/sms/verify', { body: { phone, code } });
  if (res.status !== 200) throw new Error(`sms verify: ${res.status} ${await res.text()}`);
  return sessionCookie(res);
}

export async function lastCode(phone: string): Promise<string> {
  const row = await env.DB.prepare(
    `SELECT text FROM sms_outbox WHERE phone = ? ORDER BY created_at DESC LIMIT 1`,
  )
    .bind(phone)
    .first<{ text: string }>();
  const code = /(\d{6})/.exec(row?.text ?? '')?.[1];
  if (!code) throw new Error(`no code for ${phone}`);
  return code;
}

export async function count(table: string, where = '1=1', ...params: unknown[]): Promise<number> {
  const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`)
    .bind(...params)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** Every consent of a (re)submission ticked, for the privacy notice in force (core/privacy.ts). */
export const CONSENT = {
  noticeVersion: PRIVACY_NOTICE_VERSION,
  promise: true,
  personalInfo: true,
  sensitiveInfo: true,
} as const;

/** The separate consent of the real-name check. */
export const REALNAME_CONSENT = { noticeVersion: PRIVACY_NOTICE_VERSION, sensitiveInfo: true };
