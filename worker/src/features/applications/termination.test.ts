/**
 * 终止办理 through the API: only an approver of the case's county ends an undecided case, with
 * a ground and the facts; the clock stops, the open check is called off, the 终止办理告知书 is
 * issued, the applicant is told (inbox and SMS, with the appeal notice) and may then rate the
 * case within its window, never after it.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationDetail } from '../../../core/api';
import { defaultCalendar } from '../../../core/calendar';
import type { RateableCase } from '../../../core/ratings-api';
import { appToday } from '../../lib/clock';
import { sha256Hex } from '../../lib/crypto';
import { act, row } from '../../../test/cases';
import { KUIWEN, WEICHENG, call, count, seedWorld } from '../../../test/fixtures';
import { finishedCase, ratingBody } from '../../../test/ratings';
import { stateDigest } from '../../../test/state';
import { sessions } from '../../../test/world';

const cal = defaultCalendar();
let today: string;
let s: Awaited<ReturnType<typeof sessions>>;

const GROUND = { ground: 'premises_not_found', reason: '两次上门核查，该地址无此门店' };
const terminate = (cookie: string | undefined, id: string, body = GROUND) =>
  act(cookie ?? '', id, { action: 'terminate', ...body });
const code = async (res: Response) => (await res.json<{ error: { code: string } }>()).error.code;

/** An approver whose scope is 奎文区 only, signed in. */
async function kuiwenApprover(): Promise<string> {
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO staff_users (id, username, display_name, role, password_hash, password_salt,
         password_iterations) VALUES ('stf_approver_kw', 'approver.kw', '奎文负责人', 'approver',
         'x', 'x', 100000)`,
    ),
    env.DB.prepare(
      `INSERT INTO staff_scopes (staff_id, jurisdiction_code) VALUES ('stf_approver_kw', ?)`,
    ).bind(KUIWEN),
  ]);
  const token = `kw-approver-${crypto.randomUUID()}`;
  await env.DB.prepare(
    `INSERT INTO sessions (token_hash, principal_kind, principal_id, expires_at)
     VALUES (?, 'staff', 'stf_approver_kw', '2999-01-01T00:00:00.000Z')`,
  )
    .bind(await sha256Hex(token))
    .run();
  return `xuke_session=${token}`;
}

beforeEach(async () => {
  await seedWorld();
  s = await sessions();
  today = appToday(env);
});

describe('terminating a case (终止办理)', () => {
  it('ends a case under inspection: clock stopped, check called off, document, notice, audit', async () => {
    const auditBefore = await count('audit_log', "event = 'application_transition'");
    const res = await terminate(s.approver, 'app_insp');
    expect(res.status, await res.clone().text()).toBe(200);
    const { application } = await res.json<{ application: ApplicationDetail }>();
    expect(application.status).toBe('terminated');
    expect(application.deadline).toBeNull();
    expect(application.clock).toBe('none');
    expect(application.termination).toEqual({ on: today, ...GROUND });
    const r = await row('app_insp');
    expect(r).toMatchObject({
      status: 'terminated',
      terminated_on: today,
      termination_ground: 'premises_not_found',
      termination_reason: GROUND.reason,
      deadline: null,
      decided_on: null,
    });
    // Nobody goes out to inspect a case that ended.
    const task = await env.DB.prepare(
      'SELECT state, cancel_reason FROM inspection_tasks WHERE id = ?',
    )
      .bind('task_insp')
      .first();
    expect(task).toEqual({ state: 'cancelled', cancel_reason: 'case_terminated' });
    // The 终止办理告知书, numbered, with the ground and the appeal notice.
    const doc = await env.DB.prepare(
      `SELECT number, content_json FROM official_documents
       WHERE application_id = 'app_insp' AND kind = 'termination'`,
    ).first<{ number: string; content_json: string }>();
    expect(doc?.number).toMatch(/^潍城烟许终〔\d{4}〕第0001号$/);
    const content = JSON.parse(doc?.content_json ?? '{}') as {
      title: string;
      list: string[];
      closing: string[];
    };
    expect(content.title).toBe('终止办理告知书');
    expect(content.list).toEqual([`经营场所无法找到或无法核实：${GROUND.reason}`]);
    expect(content.closing.join('')).toContain('申请行政复议');
    // The applicant's inbox and SMS, each with the 复议 / 诉讼 notice.
    const note = await env.DB.prepare(
      `SELECT title_zh, body_zh, body_en FROM notifications
       WHERE application_id = 'app_insp' AND template = 'terminated'`,
    ).first<{ title_zh: string; body_zh: string; body_en: string }>();
    expect(note?.title_zh).toBe('申请已终止办理');
    expect(note?.body_zh).toContain(GROUND.reason);
    expect(note?.body_zh).toContain('行政复议');
    expect(note?.body_en).toContain('The premises cannot be found or verified');
    expect(note?.body_en).toContain('reconsideration');
    for (let i = 0; i < 50 && (await count('sms_outbox', "text LIKE '%终止办理%'")) === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await count('sms_outbox', "text LIKE '%终止办理%行政复议%'")).toBe(1);
    expect(await count('audit_log', "event = 'application_transition'")).toBe(auditBefore + 1);
    expect(
      await count(
        'audit_log',
        "subject_id = 'app_insp' AND json_extract(detail_json, '$.action') = 'terminate'",
      ),
    ).toBe(1);
  });

  it('shows the applicant the status, the ground and the reason; nothing leads out of it', async () => {
    expect((await terminate(s.approver, 'app_a')).status).toBe(200);
    const res = await call('/api/my/applications/app_a', { cookie: s.applicantA });
    expect(res.status).toBe(200);
    const { application } = await res.json<{ application: ApplicationDetail }>();
    expect(application.status).toBe('terminated');
    expect(application.termination).toEqual({ on: today, ...GROUND });
    const ev = application.events.find((e) => e.action === 'terminate');
    expect(ev?.reason).toBe(`经营场所无法找到或无法核实：${GROUND.reason}`);
    // No withdrawal, decision or second termination afterwards.
    const before = await stateDigest();
    const withdraw = await call('/api/my/applications/app_a/actions', {
      cookie: s.applicantA,
      body: { idempotencyKey: crypto.randomUUID(), action: 'withdraw', version: 2 },
    });
    expect([withdraw.status, await code(withdraw)]).toEqual([409, 'ILLEGAL_TRANSITION']);
    const again = await terminate(s.approver, 'app_a');
    expect([again.status, await code(again)]).toEqual([409, 'ILLEGAL_TRANSITION']);
    expect(await stateDigest()).toBe(before);
    // The staff queue: among the terminated, never among the open (clocked) cases.
    const q = (status: string) =>
      call(`/api/applications?status=${status}`, { cookie: s.clerk }).then((r) =>
        r.json<{ items: { id: string }[] }>(),
      );
    expect((await q('terminated')).items.map((i) => i.id)).toEqual(['app_a']);
    expect((await q('open')).items.map((i) => i.id)).not.toContain('app_a');
  });

  it('refuses clerks, inspectors, admins, applicants and an approver of another county', async () => {
    const kw = await kuiwenApprover();
    const before = await stateDigest();
    for (const [who, id] of [
      [s.clerk, 'app_a'],
      [s.clerkKuiwen, 'app_b'],
      [s.inspector, 'app_insp'],
      [s.admin, 'app_a'],
    ] as const) {
      const res = await terminate(who, id);
      expect([res.status, await code(res)], `${who} on ${id}`).toEqual([403, 'FORBIDDEN']);
    }
    // An approver of another county does not even see the case.
    const other = await terminate(kw, 'app_a');
    expect([other.status, await code(other)]).toEqual([404, 'NOT_FOUND']);
    // An applicant does not reach the staff route at all.
    const mine = await terminate(s.applicantA, 'app_a');
    expect([401, 403, 404]).toContain(mine.status);
    expect(await stateDigest()).toBe(before);
    // The 奎文区 approver ends a 奎文区 case.
    expect((await terminate(kw, 'app_b')).status).toBe(200);
  });

  it('bad input changes nothing: a ground that does not fit, a stale version, no reason', async () => {
    const before = await stateDigest();
    const lapsed = await terminate(s.approver, 'app_insp', {
      ground: 'correction_lapsed',
      reason: '逾期未补正',
    });
    expect([lapsed.status, await code(lapsed)]).toEqual([409, 'TERMINATION_GROUND_MISMATCH']);
    const stale = await call('/api/applications/app_a/actions', {
      cookie: s.approver,
      body: { action: 'terminate', version: 5, ...GROUND },
    });
    expect([stale.status, await code(stale)]).toEqual([409, 'CONFLICT']);
    const bare = await terminate(s.approver, 'app_a', { ground: 'other', reason: '' });
    expect([bare.status, await code(bare)]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await stateDigest()).toBe(before);
    expect(await count('official_documents')).toBe(0);
  });

  it('a case waiting for corrections may be ended as lapsed', async () => {
    await env.DB.prepare(
      `UPDATE applications SET status = 'correction_requested', correction_requested = 1,
         deadline = NULL WHERE id = 'app_a'`,
    ).run();
    const res = await terminate(s.approver, 'app_a', {
      ground: 'correction_lapsed',
      reason: '补正告知送达后申请人逾期未提交',
    });
    expect(res.status, await res.clone().text()).toBe(200);
  });
});

describe('rating a terminated case', () => {
  it('may be rated once the bureau ended it: in the list, then rated, a bad rating followed up', async () => {
    expect((await terminate(s.approver, 'app_a')).status).toBe(200);
    const list = await call('/api/my/ratings', { cookie: s.applicantA });
    const items = (await list.json<{ items: RateableCase[] }>()).items;
    const item = items.find((i) => i.applicationId === 'app_a');
    expect(item).toMatchObject({
      status: 'terminated',
      endedOn: today,
      deadline: cal.addWorkingDays(today, 5),
      state: 'open',
    });
    const rated = await call('/api/my/ratings/app_a', {
      cookie: s.applicantA,
      body: ratingBody('very_dissatisfied', { comment: '未通知就终止了' }),
    });
    expect(rated.status, await rated.clone().text()).toBe(201);
    expect(await count('rating_follow_ups')).toBe(1);
    const followUps = await call('/api/ratings/follow-ups', { cookie: s.clerk });
    const fu = await followUps.json<{ items: { applicationId: string }[] }>();
    expect(fu.items.map((i) => i.applicationId)).toEqual(['app_a']);
    // The statistics count it among the finished cases.
    const stats = await call('/api/ratings/stats', { cookie: s.approver });
    expect(stats.status).toBe(200);
    expect(await stats.json()).toMatchObject({ rated: 1, bad: 1, followUps: 1, unrated: 0 });
  });

  it('refuses a rating after the 5-working-day window, and counts the case as unrated', async () => {
    await finishedCase(
      'term_late',
      'apl_a',
      WEICHENG,
      'terminated',
      cal.subtractWorkingDays(today, 6),
    );
    await finishedCase(
      'term_ok',
      'apl_a',
      WEICHENG,
      'terminated',
      cal.subtractWorkingDays(today, 5),
    );
    const before = await stateDigest();
    const late = await call('/api/my/ratings/term_late', {
      cookie: s.applicantA,
      body: ratingBody('satisfied'),
    });
    expect([late.status, await code(late)]).toEqual([409, 'RATING_WINDOW_CLOSED']);
    expect(await stateDigest()).toBe(before);
    const list = await call('/api/my/ratings', { cookie: s.applicantA });
    const state = Object.fromEntries(
      (await list.json<{ items: RateableCase[] }>()).items.map((i) => [i.applicationId, i.state]),
    );
    expect(state).toEqual({ term_late: 'unrated', term_ok: 'open' });
    const ok = await call('/api/my/ratings/term_ok', {
      cookie: s.applicantA,
      body: ratingBody('satisfied'),
    });
    expect(ok.status).toBe(201);
  });
});
