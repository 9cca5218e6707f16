import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { correctionDeadline, decisionDeadline } from '../../../core/clocks';
import { defaultCalendar } from '../../../core/calendar';
import { appToday } from '../../lib/clock';
import {
  CONSENT,
  call,
  count,
  loginApplicant,
  loginStaff,
  seedWorld,
  type Seeded,
} from '../../../test/fixtures';
import {
  acceptedNewCase,
  act,
  GRID,
  LAT,
  newForm,
  row,
  setGrid,
  submit,
  upload,
} from '../../../test/cases';

let w: Seeded;
let a: string;
const today = appToday(env);

beforeEach(async () => {
  w = await seedWorld();
  a = await loginApplicant('13900000001');
});

describe('a new application end to end', () => {
  it('goes from submission to a licence number and delivery, telling the applicant each step', async () => {
    await setGrid(10, 2);
    const res = await submit(a, w.idNumberA);
    expect(res.status).toBe(201);
    const { application } = await res.json<{
      application: { id: string; status: string; deadline: string };
    }>();
    expect(application.status).toBe('submitted');
    expect(application.deadline).toBe(correctionDeadline(today, defaultCalendar()));
    const clerk = await loginStaff('clerk');
    expect((await act(clerk, application.id, { action: 'accept' })).status).toBe(200);
    const approver = await loginStaff('approver');
    // A 新办 is decided only after its inspection passed.
    const early = await act(approver, application.id, { action: 'approve' });
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ error: { code: 'INSPECTION_REQUIRED' } });
    const officers = ['stf_inspector', 'stf_inspector2'];
    const assign = { action: 'require_inspection', inspectorIds: officers };
    expect((await act(clerk, application.id, assign)).status).toBe(200);
    const found = { action: 'record_inspection', passed: true, notes: '现场与申报一致' };
    expect((await act(await loginStaff('inspector2'), application.id, found)).status).toBe(200);
    const approved = await act(approver, application.id, { action: 'approve' });
    expect(approved.status).toBe(200);
    const r = await row(application.id);
    const licence = await env.DB.prepare(
      'SELECT number, status, expires_on FROM licences WHERE id = ?',
    )
      .bind(r?.licence_id)
      .first<{ number: string; status: string; expires_on: string }>();
    expect(licence?.number).toMatch(new RegExp(`^370702${today.slice(0, 4)}\\d{5}$`));
    expect(licence?.status).toBe('active');
    const grid = await env.DB.prepare('SELECT retailer_count FROM grids WHERE id = ?')
      .bind(GRID)
      .first();
    expect(grid).toEqual({ retailer_count: 3 });
    expect((await act(clerk, application.id, { action: 'deliver', method: 'pickup' })).status).toBe(
      200,
    );
    const inbox = await (
      await call('/api/my/notifications', { cookie: a })
    ).json<{
      items: { template: string; body: string }[];
    }>();
    expect(inbox.items.map((i) => i.template).sort()).toEqual([
      'accepted',
      'approved',
      'delivered',
      'inspection',
      'submitted',
    ]);
    expect(inbox.items.find((i) => i.template === 'approved')?.body).toContain(licence?.number);
    expect(
      await count(
        'sms_outbox',
        `phone = '13900000001' AND text LIKE '%' || ? || '%'`,
        licence?.number,
      ),
    ).toBe(1);
  });

  it('never creates two applications for one idempotency key, even in parallel', async () => {
    await setGrid(10, 2);
    const key = crypto.randomUUID();
    const form = await newForm(a, w.idNumberA);
    const send = () =>
      call('/api/my/applications/submissions', {
        cookie: a,
        body: { idempotencyKey: key, type: 'new', form, consent: CONSENT },
      });
    const results = await Promise.all([send(), send(), send(), send()]);
    expect(results.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    const ids = new Set(
      await Promise.all(
        results.map(async (r) => (await r.json<{ application: { id: string } }>()).application.id),
      ),
    );
    expect(ids.size).toBe(1);
    expect(await count('applications', 'idempotency_key = ?', key)).toBe(1);
    expect(await count('application_events', `action = 'submit'`)).toBe(1);
    const again = await send();
    expect(await again.json()).toMatchObject({ replayed: true });
  });

  it('refuses a submission that is incomplete, lists every problem, and stores nothing', async () => {
    const before = await count('applications');
    const res = await call('/api/my/applications/submissions', {
      cookie: a,
      body: {
        idempotencyKey: crypto.randomUUID(),
        type: 'new',
        form: { shopName: 'x' },
        consent: CONSENT,
      },
    });
    expect(res.status).toBe(400);
    const body = await res.json<{ error: { code: string; issues: unknown[] } }>();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.issues.length).toBeGreaterThan(5);
    expect(await count('applications')).toBe(before);
  });

  it('requires the real-name check and the applicant’s own ID number', async () => {
    const b = await loginApplicant('13900000002');
    const res = await call('/api/my/applications/submissions', {
      cookie: b,
      body: { idempotencyKey: crypto.randomUUID(), type: 'new', form: {}, consent: CONSENT },
    });
    expect(await res.json()).toMatchObject({ error: { code: 'REALNAME_REQUIRED' } });
  });
});

describe('the layout gate (轮候)', () => {
  /** N accepted cases in the test grid, ~90 m apart so the spacing rule does not decide. */
  async function acceptedNewCases(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      ids.push(
        await acceptedNewCase(`race_${i}`, {
          ref: `XKRACE${String(i).padStart(4, '0')}`,
          acceptedOn: `2026-11-${String(10 + i).padStart(2, '0')}`,
          lat: LAT + i * 0.0008,
        }),
      );
    }
    return ids;
  }

  it('lets exactly one of N parallel approvals take the last place', async () => {
    await setGrid(5, 4);
    const ids = await acceptedNewCases(6);
    // Every case would be first in its own queue if the others were gone: race with overrides
    // off, each approver claiming the last place at once.
    await env.DB.prepare(
      `UPDATE applications SET accepted_on = '2026-11-10', ref = id WHERE id LIKE 'race_%'`,
    ).run();
    const approver = await loginStaff('approver');
    const results = await Promise.all(
      ids.map((id) =>
        call(`/api/applications/${id}/actions`, {
          cookie: approver,
          body: { action: 'approve', version: 1 },
        }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    const grid = await env.DB.prepare('SELECT retailer_count FROM grids WHERE id = ?')
      .bind(GRID)
      .first();
    expect(grid).toEqual({ retailer_count: 5 });
    expect(await count('licences')).toBe(1);
  });

  it('tells the applicant when an accepted case must wait for a place', async () => {
    await setGrid(3, 3);
    const res = await submit(a, w.idNumberA);
    const { application } = await res.json<{ application: { id: string } }>();
    const clerk = await loginStaff('clerk');
    expect((await act(clerk, application.id, { action: 'accept' })).status).toBe(200);
    const inbox = await (
      await call('/api/my/notifications', { cookie: a })
    ).json<{
      items: { template: string }[];
    }>();
    expect(inbox.items[0]?.template).toBe('queued');
  });

  it('offers a free place in order of acceptance; an override needs a reason', async () => {
    await setGrid(5, 4);
    const [first, second] = await acceptedNewCases(2);
    const approver = await loginStaff('approver');
    const jump = await act(approver, second ?? '', { action: 'approve' });
    expect(jump.status).toBe(409);
    const body = await jump.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('GRID_FULL');
    expect(body.error.message).toContain('第2位');
    expect((await act(approver, first ?? '', { action: 'approve' })).status).toBe(200);
    const full = await act(approver, second ?? '', { action: 'approve' });
    expect(full.status).toBe(409);
    const override = await act(approver, second ?? '', {
      action: 'approve',
      layoutOverrideReason: '市政府重点扶持的便民服务点',
    });
    expect(override.status).toBe(200);
    expect((await row(second ?? ''))?.layout_override_reason).toBe('市政府重点扶持的便民服务点');
  });
});

describe('decisions', () => {
  it('refuses with reasons and the appeal notice', async () => {
    await env.DB.prepare(
      `UPDATE applications SET status = 'accepted', accepted_on = ? WHERE id = ?`,
    )
      .bind(today, w.appA)
      .run();
    const approver = await loginStaff('approver');
    const res = await act(approver, w.appA, { action: 'refuse', reasons: ['距离学校不足50米'] });
    expect(res.status).toBe(200);
    const inbox = await (
      await call('/api/my/notifications', { cookie: a })
    ).json<{ items: { body: string }[] }>();
    expect(inbox.items[0]?.body).toMatch(/距离学校不足50米.*行政复议.*行政诉讼/);
  });

  it('extends the decision deadline once, by an approver, with a reason', async () => {
    await env.DB.prepare(
      `UPDATE applications SET status = 'accepted', accepted_on = ? WHERE id = ?`,
    )
      .bind('2026-09-29', w.appA)
      .run();
    const clerk = await loginStaff('clerk');
    expect((await act(clerk, w.appA, { action: 'extend', reason: '需补充现场核查' })).status).toBe(
      403,
    );
    const approver = await loginStaff('approver');
    const res = await act(approver, w.appA, { action: 'extend', reason: '需补充现场核查' });
    expect(res.status).toBe(200);
    expect((await row(w.appA))?.deadline).toBe(
      decisionDeadline('2026-09-29', true, defaultCalendar()),
    );
    const again = await act(approver, w.appA, { action: 'extend', reason: '再次延期' });
    expect(await again.json()).toMatchObject({ error: { code: 'ALREADY_EXTENDED' } });
  });

  it('needs two inspectors of the county for an on-site check', async () => {
    await env.DB.prepare(
      `UPDATE applications SET status = 'accepted', accepted_on = ? WHERE id = ?`,
    )
      .bind(today, w.appA)
      .run();
    const clerk = await loginStaff('clerk');
    const one = await act(clerk, w.appA, {
      action: 'require_inspection',
      inspectorIds: ['stf_inspector', 'stf_clerk'],
    });
    expect(await one.json()).toMatchObject({ error: { code: 'INVALID_INSPECTORS' } });
  });
});

describe('attachments', () => {
  it('accepts images, refuses other files and oversize ones', async () => {
    expect(await upload(a, 'idCardFront')).toMatch(/-/);
    const text = await call('/api/my/attachments?kind=idCardFront', {
      cookie: a,
      body: 'x'.repeat(200),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(await text.json()).toMatchObject({ error: { code: 'ATTACHMENT_TYPE' } });
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff]);
    const tooBig = await call('/api/my/attachments?kind=idCardFront', {
      cookie: a,
      body: big,
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(tooBig.status).toBe(413);
    expect(await count('attachments')).toBe(1);
  });
});
