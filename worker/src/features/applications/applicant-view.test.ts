/**
 * What the applicant reads of their case: the words of its business type (a finished 停业 is not
 * "licence granted and delivered"), and only the reasons meant for them — never an approver's
 * layout override or an inspector's notes, which staff still see.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, loginApplicant, loginStaff, seedWorld } from '../../../test/fixtures';
import { act, acceptedNewCase, licenceOfA, setGrid } from '../../../test/cases';

let a: string;

beforeEach(async () => {
  await seedWorld();
  a = await loginApplicant('13900000001');
});

type Inbox = { items: { template: string; title: string; body: string }[] };
type Detail = {
  application: {
    status: string;
    events: { action: string; reason: string; actor: string; actorKind: string }[];
  };
};

async function inbox(): Promise<Inbox['items']> {
  return (await (await call('/api/my/notifications', { cookie: a })).json<Inbox>()).items;
}

/** An active licence of A and an accepted case of `type` on it. */
async function acceptedCaseOn(type: string, form: Record<string, unknown>): Promise<string> {
  await env.DB.batch([
    ...licenceOfA(),
    env.DB.prepare(
      `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, licence_id,
         form_json, submitted_on, accepted_on, deadline)
       VALUES ('app_t', 'XKTYPE', 'apl_a', '370702', ?, 'accepted', 'lic_a', ?, '2026-11-02',
         '2026-11-03', '2099-01-01')`,
    ).bind(type, JSON.stringify(form)),
  ]);
  return 'app_t';
}

describe('each business type has its own result wording', () => {
  it('a finished 停业 reads 准予停业 and 许可证由烟草专卖局代为保管, never 准予许可 or 许可证已送达', async () => {
    await setGrid(10, 2);
    const id = await acceptedCaseOn('suspension', {
      suspendFrom: '2026-12-20',
      suspendUntil: '2027-03-20',
      reason: '店面装修',
    });
    const approver = await loginStaff('approver');
    expect((await act(approver, id, { action: 'approve' })).status).toBe(200);
    expect((await act(approver, id, { action: 'deliver', method: 'pickup' })).status).toBe(200);
    const messages = await inbox();
    const approved = messages.find((m) => m.template === 'approved');
    const done = messages.find((m) => m.template === 'delivered');
    expect(approved?.title).toBe('准予停业');
    expect(approved?.body).toContain('已准予停业');
    expect(approved?.body).toContain('许可证由烟草专卖局代为保管');
    expect(done?.title).toBe('停业手续已办结');
    expect(done?.body).toContain('准予停业，许可证由烟草专卖局代为保管');
    for (const m of messages) {
      expect(m.title + m.body).not.toContain('准予许可');
      expect(m.title + m.body).not.toContain('许可证已送达');
    }
    const licence = await env.DB.prepare(`SELECT status FROM licences WHERE id = 'lic_a'`).first();
    expect(licence).toEqual({ status: 'suspended' });
  });

  it('a 歇业 ends with the licence cancelled (注销)', async () => {
    await setGrid(10, 2);
    const id = await acceptedCaseOn('closure', { closureDate: '2026-11-01', reason: '不再经营' });
    const approver = await loginStaff('approver');
    expect((await act(approver, id, { action: 'approve' })).status).toBe(200);
    expect((await act(approver, id, { action: 'deliver', method: 'post' })).status).toBe(200);
    const messages = await inbox();
    expect(messages.find((m) => m.template === 'approved')?.title).toBe('准予歇业');
    expect(messages.find((m) => m.template === 'delivered')?.body).toContain(
      '准予歇业，许可证已注销',
    );
  });
});

describe('the applicant never reads an internal reason', () => {
  it('hides the layout override reason and the inspectors’ notes from the applicant only', async () => {
    // A full grid: the approver grants over it with a recorded reason (轮候 skipped).
    await setGrid(2, 2);
    const id = await acceptedNewCase('app_over', { inspected: false });
    const clerk = await loginStaff('clerk');
    const assign = {
      action: 'require_inspection',
      inspectorIds: ['stf_inspector', 'stf_inspector2'],
    };
    expect((await act(clerk, id, assign)).status).toBe(200);
    const notes = '店主称隔壁学校明年搬迁，需复核';
    const inspector = await loginStaff('inspector');
    const found = { action: 'record_inspection', passed: true, notes };
    expect((await act(inspector, id, found)).status).toBe(200);
    const override = '经局务会研究，重点帮扶对象特批';
    const approver = await loginStaff('approver');
    const approved = await act(approver, id, { action: 'approve', layoutOverrideReason: override });
    expect(approved.status).toBe(200);

    const own = await call(`/api/my/applications/${id}`, { cookie: a });
    const text = await own.text();
    expect(own.status).toBe(200);
    expect(text).not.toContain(override);
    expect(text).not.toContain(notes);
    const detail = JSON.parse(text) as Detail;
    expect(detail.application.status).toBe('approved');
    const byAction = Object.fromEntries(detail.application.events.map((e) => [e.action, e]));
    expect(byAction.approve?.reason).toBeNull();
    expect(byAction.record_inspection?.reason).toBeNull();
    // Who acted, so that the page can name the applicant and 系统 in the reader's language.
    expect(byAction.approve?.actorKind).toBe('staff');
    expect(byAction.approve?.actor).not.toBe('');
    const list = await (await call('/api/my/applications', { cookie: a })).text();
    expect(list).not.toContain(override);
    const messages = JSON.stringify(await inbox());
    expect(messages).not.toContain(override);
    expect(messages).not.toContain(notes);

    // Staff read the full record.
    const staff = await (await call(`/api/applications/${id}`, { cookie: approver })).text();
    expect(staff).toContain(override);
    expect(staff).toContain(notes);
  });

  it('shows the applicant what is meant for them: the reasons of a refusal', async () => {
    const id = await acceptedNewCase('app_no', { inspected: true });
    const approver = await loginStaff('approver');
    const reasons = ['经营场所距离学校不足50米'];
    expect((await act(approver, id, { action: 'refuse', reasons })).status).toBe(200);
    const detail = await (await call(`/api/my/applications/${id}`, { cookie: a })).json<Detail>();
    expect(detail.application.events.find((e) => e.action === 'refuse')?.reason).toBe(reasons[0]);
  });
});
