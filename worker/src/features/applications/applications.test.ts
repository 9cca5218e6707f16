import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  REALNAME_CONSENT,
  call,
  count,
  KUIWEN,
  loginApplicant,
  loginStaff,
  seedWorld,
  validId,
  type Seeded,
} from '../../../test/fixtures';

let w: Seeded;
beforeEach(async () => {
  w = await seedWorld();
});

const PHONE_A = '13900000001';
const PHONE_B = '13900000002';

async function version(id: string): Promise<number> {
  const row = await env.DB.prepare('SELECT version FROM applications WHERE id = ?')
    .bind(id)
    .first<{ version: number }>();
  return row?.version ?? 0;
}

describe('applicants see only their own cases', () => {
  it('answers 404 (not 403, not the data) for another applicant’s application', async () => {
    const b = await loginApplicant(PHONE_B);
    const res = await call(`/api/my/applications/${w.appA}`, { cookie: b });
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).not.toContain('测试便利店');
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const own = await call(`/api/my/applications/${w.appB}`, { cookie: b });
    expect(own.status).toBe(200);
  });

  it('lists only the caller’s applications', async () => {
    const a = await loginApplicant(PHONE_A);
    const body = await (
      await call('/api/my/applications', { cookie: a })
    ).json<{
      items: { id: string }[];
    }>();
    expect(body.items.map((i) => i.id).sort()).toEqual([w.appA, w.appInspection].sort());
  });

  it('cannot withdraw someone else’s application', async () => {
    const b = await loginApplicant(PHONE_B);
    const res = await call(`/api/my/applications/${w.appA}/actions`, {
      cookie: b,
      body: { action: 'withdraw', version: 1, idempotencyKey: crypto.randomUUID() },
    });
    expect(res.status).toBe(404);
    expect(await version(w.appA)).toBe(1);
  });

  it('keeps applicants out of staff routes', async () => {
    const a = await loginApplicant(PHONE_A);
    expect((await call('/api/applications', { cookie: a })).status).toBe(403);
    expect((await call(`/api/applications/${w.appA}`, { cookie: a })).status).toBe(403);
    expect((await call('/api/applications')).status).toBe(401);
  });
});

describe('staff scope', () => {
  it('a clerk of county A cannot read or act on county B’s application', async () => {
    const kuiwen = await loginStaff('clerk.kuiwen');
    expect((await call(`/api/applications/${w.appA}`, { cookie: kuiwen })).status).toBe(404);
    const act = await call(`/api/applications/${w.appA}/actions`, {
      cookie: kuiwen,
      body: { action: 'accept', version: 1 },
    });
    expect(act.status).toBe(404);
    expect(await version(w.appA)).toBe(1);
    const queue = await (
      await call('/api/applications', { cookie: kuiwen })
    ).json<{
      items: { id: string; county: { code: string } }[];
    }>();
    expect(queue.items.every((i) => i.county.code === KUIWEN)).toBe(true);
    expect(queue.items.map((i) => i.id)).toEqual([w.appB]);
  });

  it('a clerk of the county accepts, with an event and an audit record', async () => {
    const clerk = await loginStaff('clerk');
    const audits = await count('audit_log', `event = 'application_transition'`);
    const res = await call(`/api/applications/${w.appA}/actions`, {
      cookie: clerk,
      body: { action: 'accept', version: 1 },
    });
    expect(res.status).toBe(200);
    const body = await res.json<{
      application: { status: string; deadline: string; events: unknown[] };
    }>();
    expect(body.application.status).toBe('accepted');
    expect(body.application.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.application.events).toHaveLength(1);
    expect(await count('audit_log', `event = 'application_transition'`)).toBe(audits + 1);
  });

  it('refuses an illegal transition and a stale version, changing nothing', async () => {
    const clerk = await loginStaff('clerk');
    const illegal = await call(`/api/applications/${w.appInspection}/actions`, {
      cookie: clerk,
      body: { action: 'accept', version: 1 },
    });
    expect(illegal.status).toBe(409);
    expect(await illegal.json()).toMatchObject({ error: { code: 'ILLEGAL_TRANSITION' } });
    const stale = await call(`/api/applications/${w.appA}/actions`, {
      cookie: clerk,
      body: { action: 'accept', version: 7 },
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await count('application_events')).toBe(0);
  });

  it('requests corrections listing every item at once, and only once', async () => {
    const clerk = await loginStaff('clerk');
    const items = ['租赁合同复印件不清晰', '营业执照经营范围未包含烟草制品零售'];
    const res = await call(`/api/applications/${w.appA}/actions`, {
      cookie: clerk,
      body: { action: 'request_correction', version: 1, items },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      application: { status: 'correction_requested', correctionItems: items },
    });
    const empty = await call(`/api/applications/${w.appB}/actions`, {
      cookie: await loginStaff('clerk.kuiwen'),
      body: { action: 'request_correction', version: 1, items: [] },
    });
    expect(empty.status).toBe(400);
  });

  it('shows inspectors only the cases assigned to them, the second officer too', async () => {
    for (const who of ['inspector', 'inspector2']) {
      const insp = await loginStaff(who);
      expect((await call(`/api/applications/${w.appA}`, { cookie: insp })).status).toBe(404);
      const own = await call(`/api/applications/${w.appInspection}`, { cookie: insp });
      expect(own.status).toBe(200);
      const q = await (
        await call('/api/applications', { cookie: insp })
      ).json<{ items: { id: string }[] }>();
      expect(q.items.map((i) => i.id)).toEqual([w.appInspection]);
    }
  });

  it('a city-level approver sees every county', async () => {
    const approver = await loginStaff('approver');
    const q = await (
      await call('/api/applications?status=all', { cookie: approver })
    ).json<{ total: number }>();
    expect(q.total).toBe(3);
  });

  it('filters the queue by deadline', async () => {
    const clerk = await loginStaff('clerk');
    await env.DB.prepare(`UPDATE applications SET deadline = '2020-01-02' WHERE id = ?`)
      .bind(w.appA)
      .run();
    const overdue = await (
      await call('/api/applications?due=overdue', { cookie: clerk })
    ).json<{
      items: { id: string; clock: string }[];
    }>();
    expect(overdue.items.map((i) => i.id)).toEqual([w.appA]);
    expect(overdue.items[0]?.clock).toBe('red');
    const soon = await (
      await call('/api/applications?due=soon', { cookie: clerk })
    ).json<{ items: unknown[] }>();
    expect(soon.items).toEqual([]);
  });

  it('validates queue filters', async () => {
    const clerk = await loginStaff('clerk');
    const res = await call('/api/applications?status=bogus', { cookie: clerk });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });
});

describe('ID numbers', () => {
  it('are masked in staff views and revealed only with a reason, audited', async () => {
    const clerk = await loginStaff('clerk');
    const detail = await (await call(`/api/applications/${w.appA}`, { cookie: clerk })).text();
    expect(detail).not.toContain(w.idNumberA);
    expect(detail).toContain(w.idNumberA.slice(-4));
    const noReason = await call(`/api/applications/${w.appA}/reveal-id`, {
      cookie: clerk,
      body: {},
    });
    expect(noReason.status).toBe(400);
    const before = await count('audit_log', `event = 'applicant_idnumber_revealed'`);
    const res = await call(`/api/applications/${w.appA}/reveal-id`, {
      cookie: clerk,
      body: { reason: '核对申请人身份' },
    });
    expect(await res.json()).toEqual({ idNumber: w.idNumberA });
    expect(await count('audit_log', `event = 'applicant_idnumber_revealed'`)).toBe(before + 1);
    const insp = await loginStaff('inspector');
    const denied = await call(`/api/applications/${w.appInspection}/reveal-id`, {
      cookie: insp,
      body: { reason: '核对申请人身份' },
    });
    // The inspector may read the case they inspect, but never the full ID number.
    expect(denied.status).toBe(403);
    const other = await call(`/api/applications/${w.appA}/reveal-id`, {
      cookie: insp,
      body: { reason: '核对申请人身份' },
    });
    expect(other.status).toBe(404);
  });

  it('shows staff the phone masked; its reveal needs a reason and is audited', async () => {
    const clerk = await loginStaff('clerk');
    const detail = await (
      await call(`/api/applications/${w.appA}`, { cookie: clerk })
    ).json<{
      application: { applicantPhoneMasked: string };
    }>();
    expect(detail.application.applicantPhoneMasked).toBe('139****0001');
    expect(JSON.stringify(detail)).not.toContain('13900000001');
    const path = `/api/applications/${w.appA}/reveal-phone`;
    expect((await call(path, { cookie: clerk, body: {} })).status).toBe(400);
    const before = await count('audit_log', `event = 'applicant_phone_revealed'`);
    const res = await call(path, { cookie: clerk, body: { reason: '回电告知补正事项' } });
    expect(await res.json()).toEqual({ phone: '13900000001' });
    const audits = await env.DB.prepare(
      `SELECT actor_id, subject_id, detail_json FROM audit_log
       WHERE event = 'applicant_phone_revealed' ORDER BY id DESC LIMIT 1`,
    ).first<{ actor_id: string; subject_id: string; detail_json: string }>();
    expect(await count('audit_log', `event = 'applicant_phone_revealed'`)).toBe(before + 1);
    expect(audits?.actor_id).toBe('stf_clerk');
    expect(audits?.subject_id).toBe(w.applicantA);
    expect(JSON.parse(audits?.detail_json ?? '{}')).toEqual({
      reason: '回电告知补正事项',
      applicationId: w.appA,
    });
    // An officer of the check may call to arrange the visit; no one outside the case's scope.
    const insp = await loginStaff('inspector');
    const assigned = await call(`/api/applications/${w.appInspection}/reveal-phone`, {
      cookie: insp,
      body: { reason: '约定现场核查时间' },
    });
    expect(await assigned.json()).toEqual({ phone: '13900000001' });
    const kuiwen = await loginStaff('clerk.kuiwen');
    expect((await call(path, { cookie: kuiwen, body: { reason: '回电告知' } })).status).toBe(404);
    expect(await count('audit_log', `event = 'applicant_phone_revealed'`)).toBe(before + 2);
  });

  it('real-name binding rejects an invalid ID number with its reason and changes nothing', async () => {
    const b = await loginApplicant(PHONE_B);
    const bad = validId().slice(0, 17) + (validId().endsWith('0') ? '1' : '0');
    const res = await call('/api/me/realname', {
      cookie: b,
      body: { name: '李四', idNumber: bad, consent: REALNAME_CONSENT },
    });
    expect(res.status).toBe(400);
    const body = await res.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('ID_NUMBER_INVALID');
    expect(body.error.message).toMatch(/校验/);
    const row = await env.DB.prepare('SELECT name, id_number_enc FROM applicants WHERE id = ?')
      .bind(w.applicantB)
      .first();
    expect(row).toEqual({ name: null, id_number_enc: null });
  });

  it('real-name binding stores the number encrypted and answers it masked', async () => {
    const b = await loginApplicant(PHONE_B);
    const id = validId('370705', '19751231', '456');
    const res = await call('/api/me/realname', {
      cookie: b,
      body: { name: '李四', idNumber: id, consent: REALNAME_CONSENT },
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(id);
    expect(JSON.parse(text)).toMatchObject({ user: { realNameVerified: true, name: '李四' } });
    const row = await env.DB.prepare('SELECT id_number_enc FROM applicants WHERE id = ?')
      .bind(w.applicantB)
      .first<{ id_number_enc: string }>();
    expect(row?.id_number_enc).not.toContain(id);
    const own = await call('/api/me/id-number', { cookie: b });
    expect(await own.json()).toEqual({ idNumber: id });
  });
});

describe('drafts', () => {
  it('rejects an unknown business type with its own code and creates nothing', async () => {
    const a = await loginApplicant(PHONE_A);
    const before = await count('applications');
    const res = await call('/api/my/applications', { cookie: a, body: { type: 'franchise' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'UNKNOWN_BUSINESS_TYPE' } });
    expect(await count('applications')).toBe(before);
  });

  it('rejects an invalid credit code in the form', async () => {
    const a = await loginApplicant(PHONE_A);
    const res = await call('/api/my/applications', {
      cookie: a,
      body: { type: 'new', form: { creditCode: '91370702MA3CXXXXXI' } },
    });
    expect(await res.json()).toMatchObject({ error: { code: 'CREDIT_CODE_INVALID' } });
  });

  it('creates a draft that staff cannot see', async () => {
    const a = await loginApplicant(PHONE_A);
    const res = await call('/api/my/applications', {
      cookie: a,
      body: { type: 'new', form: { county: '370702', shopName: '新开便利店' } },
    });
    expect(res.status).toBe(201);
    const { application } = await res.json<{ application: { id: string; status: string } }>();
    expect(application.status).toBe('draft');
    const clerk = await loginStaff('clerk');
    expect((await call(`/api/applications/${application.id}`, { cookie: clerk })).status).toBe(404);
  });

  it('needs one of the applicant’s own licences for a renewal', async () => {
    const a = await loginApplicant(PHONE_A);
    const res = await call('/api/my/applications', {
      cookie: a,
      body: { type: 'renewal', licenceId: 'lic_of_someone_else' },
    });
    expect(res.status).toBe(400);
  });
});

describe('audit log', () => {
  it('is append-only', async () => {
    await loginStaff('clerk');
    await expect(env.DB.prepare(`UPDATE audit_log SET event = 'x'`).run()).rejects.toThrow(
      /append-only/,
    );
    await expect(env.DB.prepare(`DELETE FROM audit_log`).run()).rejects.toThrow(/append-only/);
  });
});
