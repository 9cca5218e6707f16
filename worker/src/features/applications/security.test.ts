/**
 * The security review's findings, each as the attack it describes: every attempt is refused
 * with a stable code and leaves the data as it was.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  acceptedNewCase,
  act,
  GRID,
  inspected,
  LAT,
  LNG,
  newForm,
  row,
  setGrid,
} from '../../../test/cases';
import {
  CONSENT,
  REALNAME_CONSENT,
  call,
  count,
  loginApplicant,
  loginStaff,
  seedWorld,
  validId,
  type Seeded,
} from '../../../test/fixtures';

let w: Seeded;
let a: string;

beforeEach(async () => {
  w = await seedWorld();
  a = await loginApplicant('13900000001');
});

const errorCode = async (res: Response) =>
  (await res.json<{ error: { code: string } }>()).error.code;

/** A licence of applicant `holder` in the test grid. */
async function licence(id: string, holder: string): Promise<string> {
  await setGrid(10, 2);
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
       VALUES (?, '370702', '测试路', ?, ?, ?, ?)`,
    ).bind(`pr_${id}`, LAT, LNG, GRID, GRID),
    env.DB.prepare(
      `INSERT INTO licences (id, number, holder_applicant_id, holder_name, shop_name, premises_id,
         jurisdiction_code, status, issued_on, expires_on)
       VALUES (?, ?, ?, '持证人', '他人的店', ?, '370702', 'active', '2024-01-01', '2029-01-01')`,
    ).bind(id, `370702202400${id.slice(-3)}`, holder, `pr_${id}`),
  ]);
  return id;
}

describe('1. real-name identity', () => {
  it('cannot be re-bound once verified: the clerk keeps seeing the verified person', async () => {
    const res = await call('/api/me/realname', {
      cookie: a,
      body: {
        name: '张三',
        idNumber: validId('370705', '19900101', '456'),
        consent: REALNAME_CONSENT,
      },
    });
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('REALNAME_ALREADY_BOUND');
    const clerk = await loginStaff('clerk');
    const detail = await (
      await call(`/api/applications/${w.appA}`, { cookie: clerk })
    ).json<{
      application: { applicantName: string; applicantIdNumberMasked: string };
    }>();
    expect(detail.application.applicantName).toBe('王建国');
    expect(detail.application.applicantIdNumberMasked.slice(-4)).toBe(w.idNumberA.slice(-4));
  });

  it('throttles checks: after the daily limit no further check is made', async () => {
    const b = await loginApplicant('13900000002');
    const limit = Number(env.REALNAME_DAILY_LIMIT ?? 5);
    for (let i = 0; i < limit; i++) {
      const res = await call('/api/me/realname', {
        cookie: b,
        body: {
          name: '李四不符',
          idNumber: validId('370705', '19900101', String(100 + i)),
          consent: REALNAME_CONSENT,
        },
      });
      expect(await errorCode(res)).toBe('REALNAME_MISMATCH');
    }
    const over = await call('/api/me/realname', {
      cookie: b,
      body: {
        name: '李四',
        idNumber: validId('370705', '19900101', '200'),
        consent: REALNAME_CONSENT,
      },
    });
    expect(over.status).toBe(429);
    expect(await errorCode(over)).toBe('REALNAME_THROTTLED');
    const r = await env.DB.prepare('SELECT real_name_verified, name FROM applicants WHERE id = ?')
      .bind(w.applicantB)
      .first();
    expect(r).toEqual({ real_name_verified: 0, name: null });
  });
});

describe('2 and 5. a case carries only what its type and owner allow', () => {
  it('a 新办 draft or submission naming a licence is refused', async () => {
    const other = await licence('lic_b01', 'apl_b');
    const before = await count('applications');
    const draft = await call('/api/my/applications', {
      cookie: a,
      body: { type: 'new', licenceId: other, form: {} },
    });
    expect(draft.status).toBe(400);
    const sub = await call('/api/my/applications/submissions', {
      cookie: a,
      body: {
        idempotencyKey: crypto.randomUUID(),
        consent: CONSENT,
        type: 'new',
        licenceId: other,
        form: await newForm(a, w.idNumberA),
      },
    });
    expect(sub.status).toBe(400);
    expect(await count('applications')).toBe(before);
  });

  it('another holder’s licence cannot start or carry a renewal', async () => {
    const other = await licence('lic_b02', 'apl_b');
    const before = await count('applications');
    const draft = await call('/api/my/applications', {
      cookie: a,
      body: { type: 'renewal', licenceId: other, form: {} },
    });
    expect(draft.status).toBe(400);
    expect(await count('applications')).toBe(before);
  });

  it('a closure draft submitted with a reissue form is refused and stays a closure draft', async () => {
    const own = await licence('lic_a03', 'apl_a');
    const created = await call('/api/my/applications', {
      cookie: a,
      body: { id: crypto.randomUUID(), type: 'closure', licenceId: own, form: {} },
    });
    expect(created.status).toBe(201);
    const { application } = await created.json<{ application: { id: string } }>();
    const res = await call('/api/my/applications/submissions', {
      cookie: a,
      body: {
        idempotencyKey: crypto.randomUUID(),
        consent: CONSENT,
        draftId: application.id,
        type: 'reissue',
        licenceId: own,
        form: { reason: 'lost', statement: '许可证遗失' },
      },
    });
    expect(res.status).toBe(400);
    expect(await row(application.id)).toMatchObject({ type: 'closure', status: 'draft' });
  });
});

describe('3. shop coordinates', () => {
  it('a 新办 at 0°N 0°E is refused before anything is stored', async () => {
    await setGrid(10, 2);
    const before = await count('applications');
    const res = await call('/api/my/applications/submissions', {
      cookie: a,
      body: {
        idempotencyKey: crypto.randomUUID(),
        consent: CONSENT,
        type: 'new',
        form: { ...(await newForm(a, w.idNumberA)), lat: 0, lng: 0 },
      },
    });
    expect(res.status).toBe(422);
    expect(await errorCode(res)).toBe('LOCATION_OUTSIDE_CITY');
    expect(await count('applications')).toBe(before);
    expect(await count('grids', 'jurisdiction_code = ? AND id != ?', '370702', GRID)).toBe(0);
  });

  it('a case already stored outside the city cannot be approved', async () => {
    await setGrid(10, 2);
    const id = await acceptedNewCase('app_far', { lat: 0.0001, lng: 0.0001 });
    const res = await act(await loginStaff('approver'), id, { action: 'approve' });
    expect(res.status).toBe(422);
    expect((await row(id))?.status).toBe('accepted');
  });
});

describe('4. inspectors', () => {
  it('the second assigned officer records the result; a clerk cannot', async () => {
    const clerk = await act(await loginStaff('clerk'), w.appInspection, {
      action: 'record_inspection',
      passed: true,
      notes: '现场一致',
    });
    expect(clerk.status).toBe(403);
    expect((await row(w.appInspection))?.status).toBe('inspection');
    const second = await act(await loginStaff('inspector2'), w.appInspection, {
      action: 'record_inspection',
      passed: true,
      notes: '现场一致',
    });
    expect(second.status).toBe(200);
    expect((await row(w.appInspection))?.status).toBe('accepted');
  });

  it('the map shows an inspector the history of their own cases only', async () => {
    const lic = await licence('lic_a04', 'apl_a');
    await env.DB.prepare(`UPDATE applications SET licence_id = ? WHERE id IN (?, ?)`)
      .bind(lic, w.appA, w.appInspection)
      .run();
    await env.DB.prepare(
      `INSERT INTO application_events (id, application_id, actor_kind, actor_name, action,
         from_status, to_status) VALUES ('ev_a', ?, 'applicant', '申请人', 'submit', 'draft',
         'submitted'), ('ev_i', ?, 'staff', '窗口', 'require_inspection', 'accepted', 'inspection')`,
    )
      .bind(w.appA, w.appInspection)
      .run();
    const refs = async (who: string) => {
      const res = await call(`/api/map/retailers/at?lat=${LAT}&lng=${LNG}`, {
        cookie: await loginStaff(who),
      });
      const body = await res.json<{ licences: { id: string; history: { ref: string }[] }[] }>();
      return [
        ...new Set(body.licences.find((l) => l.id === lic)?.history.map((h) => h.ref) ?? []),
      ].sort();
    };
    expect(await refs('inspector')).toEqual(['XK20261120000003']);
    expect(await refs('clerk')).toEqual(['XK20261120000001', 'XK20261120000003']);
  });
});

describe('6. drafts', () => {
  it('keep ID numbers encrypted at rest, and the submission finds them again', async () => {
    await setGrid(10, 2);
    const form = await newForm(a, w.idNumberA);
    const id = crypto.randomUUID();
    const created = await call('/api/my/applications', {
      cookie: a,
      body: { id, type: 'new', form },
    });
    expect(created.status).toBe(201);
    const stored = String((await row(id))?.form_json);
    expect(stored).not.toContain(w.idNumberA);
    expect(stored).toContain('idNumberEnc');
    // Resumed on another device: the client has only the masked copy.
    const { idNumber: _full, ...rest } = form;
    const res = await call('/api/my/applications/submissions', {
      cookie: a,
      body: {
        idempotencyKey: crypto.randomUUID(),
        consent: CONSENT,
        draftId: id,
        type: 'new',
        form: rest,
      },
    });
    expect(res.status).toBe(201);
    expect(String((await row(id))?.form_json)).not.toContain(w.idNumberA);
  });
});

describe('7. the audit log', () => {
  it('never keeps a full phone number', async () => {
    await call('/api/auth/sms/request', { body: { phone: '13912345678' } });
    const rows = await env.DB.prepare(
      `SELECT subject_id, detail_json FROM audit_log WHERE event = 'auth_sms_requested'`,
    ).all<{ subject_id: string; detail_json: string | null }>();
    expect(rows.results.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows.results)).not.toContain('13912345678');
  });

  it('records an admin’s reads of a case, its layout and its evidence', async () => {
    const admin = await loginStaff('admin');
    const before = await count(
      'audit_log',
      `event IN ('application_read_admin', 'evidence_read_admin')`,
    );
    expect((await call(`/api/applications/${w.appA}`, { cookie: admin })).status).toBe(200);
    expect((await call(`/api/applications/${w.appA}/layout`, { cookie: admin })).status).toBe(200);
    await env.DB.prepare(
      `INSERT INTO attachments (id, applicant_id, application_id, kind, content_type, size, sha256, r2_key)
       VALUES ('att_1', 'apl_a', ?, 'idCardFront', 'image/jpeg', 4, 'x', 'k/att_1')`,
    )
      .bind(w.appA)
      .run();
    await env.EVIDENCE.put('k/att_1', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
    expect((await call('/api/attachments/att_1', { cookie: admin })).status).toBe(200);
    expect(
      await count('audit_log', `event IN ('application_read_admin', 'evidence_read_admin')`),
    ).toBe(before + 3);
    const lists = await count('audit_log', `event = 'application_list_read_admin'`);
    expect((await call('/api/applications?status=all', { cookie: admin })).status).toBe(200);
    expect(await count('audit_log', `event = 'application_list_read_admin'`)).toBe(lists + 1);
  });
});

describe('the decision on a 新办 follows its inspection', () => {
  it('a 新办 is not approved before an inspection that passed', async () => {
    await setGrid(10, 2);
    const approver = await loginStaff('approver');
    const none = await acceptedNewCase('app_uninspected', { inspected: false });
    const res = await act(approver, none, { action: 'approve' });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: { code: 'INSPECTION_REQUIRED' } });
    const failed = await acceptedNewCase('app_failed', { inspected: false });
    await inspected(failed, false);
    expect((await act(approver, failed, { action: 'approve' })).status).toBe(409);
    expect([(await row(none))?.status, (await row(failed))?.status]).toEqual([
      'accepted',
      'accepted',
    ]);
    // A refusal needs no inspection: a defect in the papers is reason enough.
    const refused = await act(approver, none, { action: 'refuse', reasons: ['材料不符合要求'] });
    expect(refused.status).toBe(200);
  });
});
