import { beforeEach, describe, expect, it } from 'vitest';
import type { RemotePage, RemoteView } from '../../../core/remote-inspection';
import { addCalendarDays } from '../../../core/dates';
import {
  call,
  count,
  loginApplicant,
  loginStaff,
  seedWorld,
  todayMinus,
} from '../../../test/fixtures';

const inDays = (n: number) => todayMinus(-n);

function registration(extra: Record<string, unknown> = {}) {
  return {
    applicationId: 'app_insp',
    companyName: '建国便利店',
    phone: '13900000001',
    contactName: '王建国',
    address: '潍城区胜利西街100号',
    deadlineOn: inDays(5),
    on: inDays(2),
    at: '10:30',
    leadId: 'stf_inspector',
    observerIds: ['stf_inspector2'],
    checklistVersion: 'new-v1',
    ...extra,
  };
}

async function register(cookie: string, extra: Record<string, unknown> = {}) {
  return call('/api/inspections', { cookie, body: registration(extra) });
}

async function codeOf(res: Response): Promise<string> {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

let clerk: string;
beforeEach(async () => {
  await seedWorld();
  clerk = await loginStaff('clerk');
});

describe('registering a remote inspection', () => {
  it('registers it from a case in 核查, tells the applicant by inbox and SMS', async () => {
    const sms = await count('sms_outbox', "phone = '13900000001'");
    const res = await register(clerk);
    expect(res.status, await res.clone().text()).toBe(201);
    const { inspection } = (await res.json()) as { inspection: RemoteView };
    expect(inspection).toMatchObject({
      applicationId: 'app_insp',
      state: 'scheduled',
      phoneMasked: '139****0001',
      contactName: '王*国',
      checklistVersion: 'new-v1',
      on: inDays(2),
      at: '10:30',
      clock: 'green',
    });
    expect(inspection.officers.map((o) => [o.id, o.role])).toEqual([
      ['stf_inspector', 'lead'],
      ['stf_inspector2', 'observer'],
    ]);
    expect(inspection.may).toEqual({ move: true, join: null });
    expect(
      await count('notifications', "template = 'remote_inspection' AND applicant_id = 'apl_a'"),
    ).toBe(1);
    await expect.poll(() => count('sms_outbox', "phone = '13900000001'")).toBe(sms + 1);
    expect(await count('audit_log', "event = 'remote_inspection_registered'")).toBeGreaterThan(0);

    // The lead joins as lead, the applicant as applicant; the applicant sees their own contact.
    const lead = await loginStaff('inspector');
    const asLead = await call(`/api/inspections/${inspection.id}`, { cookie: lead });
    expect(((await asLead.json()) as { inspection: RemoteView }).inspection.may).toEqual({
      move: true,
      join: 'lead',
    });
    const a = await loginApplicant('13900000001');
    const mine = await call('/api/my/inspections', { cookie: a });
    const { items } = (await mine.json()) as { items: RemoteView[] };
    expect(items.map((i) => [i.id, i.contactName, i.may.join])).toEqual([
      [inspection.id, '王建国', 'applicant'],
    ]);
    const b = await loginApplicant('13900000002');
    expect((await call(`/api/my/inspections/${inspection.id}`, { cookie: b })).status).toBe(404);
    const kuiwen = await loginStaff('clerk.kuiwen');
    expect((await call(`/api/inspections/${inspection.id}`, { cookie: kuiwen })).status).toBe(404);
  });

  it('refuses a phone that is not the applicant’s, a wrong checklist, one officer, a second one', async () => {
    expect(await codeOf(await register(clerk, { phone: '13900000002' }))).toBe(
      'REMOTE_PHONE_MISMATCH',
    );
    expect(await codeOf(await register(clerk, { checklistVersion: 'renewal-v1' }))).toBe(
      'REMOTE_CHECKLIST',
    );
    expect(await codeOf(await register(clerk, { checklistVersion: 'new-v99' }))).toBe(
      'REMOTE_CHECKLIST',
    );
    expect(await codeOf(await register(clerk, { observerIds: ['stf_inspector'] }))).toBe(
      'INVALID_INSPECTORS',
    );
    expect(await codeOf(await register(clerk, { observerIds: ['stf_clerk'] }))).toBe(
      'INVALID_INSPECTORS',
    );
    expect(await codeOf(await register(clerk, { on: inDays(6) }))).toBe(
      'REMOTE_APPOINTMENT_INVALID',
    );
    expect(await codeOf(await register(clerk, { on: todayMinus(1) }))).toBe(
      'REMOTE_APPOINTMENT_INVALID',
    );
    expect(await codeOf(await register(clerk, { applicationId: 'app_a' }))).toBe(
      'REMOTE_CASE_STATUS',
    );
    expect(await count('remote_inspections')).toBe(0);
    expect((await register(clerk)).status).toBe(201);
    expect(await codeOf(await register(clerk))).toBe('REMOTE_ALREADY_OPEN');
    expect(await count('remote_inspections')).toBe(1);
    expect(await count('notifications', "template = 'remote_inspection'")).toBe(1);
  });

  it('moves the appointment, tells the applicant again, and refuses a stale move', async () => {
    const { inspection } = (await (await register(clerk)).json()) as { inspection: RemoteView };
    const move = (version: number, on = inDays(3)) =>
      call(`/api/inspections/${inspection.id}/appointment`, {
        method: 'PUT',
        cookie: clerk,
        body: { version, on, at: '15:00', reason: '申请人临时外出' },
      });
    const res = await move(1);
    expect(res.status, await res.clone().text()).toBe(200);
    const moved = ((await res.json()) as { inspection: RemoteView }).inspection;
    expect([moved.on, moved.at, moved.version]).toEqual([inDays(3), '15:00', 2]);
    expect(await codeOf(await move(1))).toBe('CONFLICT');
    expect(await codeOf(await move(2, inDays(9)))).toBe('REMOTE_APPOINTMENT_INVALID');
    expect(await count('notifications', "template = 'remote_inspection_moved'")).toBe(1);
    // The observer may not move it; the lead may.
    const observer = await loginStaff('inspector2');
    const byObserver = await call(`/api/inspections/${inspection.id}/appointment`, {
      method: 'PUT',
      cookie: observer,
      body: { version: 2, on: inDays(4), at: '09:00', reason: '再次调整' },
    });
    expect(byObserver.status).toBe(403);
  });

  it('shows a missed deadline as a red clock, and lists by state and case', async () => {
    const { inspection } = (await (
      await register(clerk, { deadlineOn: inDays(0), on: inDays(0) })
    ).json()) as {
      inspection: RemoteView;
    };
    expect(['yellow', 'red']).toContain(inspection.clock);
    const { env } = await import('cloudflare:workers');
    await env.DB.prepare('UPDATE remote_inspections SET deadline_on = ? WHERE id = ?')
      .bind(addCalendarDays(inDays(0), -1), inspection.id)
      .run();
    const list = await call('/api/inspections?state=open&applicationId=app_insp', {
      cookie: clerk,
    });
    const page = (await list.json()) as RemotePage;
    expect(page.items.map((i) => [i.id, i.clock])).toEqual([[inspection.id, 'red']]);
    const sealed = await call('/api/inspections?state=sealed', { cookie: clerk });
    expect(((await sealed.json()) as RemotePage).items).toEqual([]);
  });

  it('lets its officers and its applicant into the room, and nobody else', async () => {
    const { inspection } = (await (await register(clerk)).json()) as { inspection: RemoteView };
    const room = (cookie: string, mine = false) =>
      call(`/api/${mine ? 'my/' : ''}inspections/${inspection.id}/room`, {
        cookie,
        headers: { upgrade: 'websocket', origin: 'http://xuke.test' },
      });
    const lead = await room(await loginStaff('inspector'));
    expect(lead.status).toBe(101);
    lead.webSocket?.accept();
    const a = await room(await loginApplicant('13900000001'), true);
    expect(a.status).toBe(101);
    a.webSocket?.accept();
    expect((await room(clerk)).status).toBe(403);
    expect((await room(await loginApplicant('13900000002'), true)).status).toBe(404);
    const { env } = await import('cloudflare:workers');
    const row = await env.DB.prepare('SELECT state FROM remote_inspections WHERE id = ?')
      .bind(inspection.id)
      .first<{ state: string }>();
    expect(row?.state).toBe('live');
    lead.webSocket?.close(1000);
    a.webSocket?.close(1000);
  });
});
