import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../../core/calendar';
import { decisionDeadline } from '../../../core/clocks';
import { DEFAULT_SOP, type CaseSopView, type SopRules } from '../../../core/sop';
import { acceptedNewCase, act, row, setGrid, submit } from '../../../test/cases';
import {
  call,
  count,
  loginApplicant,
  loginStaff,
  seedWorld,
  type Seeded,
} from '../../../test/fixtures';

let w: Seeded;
let admin: string;

const THREE_LEVELS: SopRules['levels'] = [
  { level: 'propose', role: 'clerk' },
  { level: 'review', role: 'approver' },
  { level: 'decide', role: 'approver' },
];

function rules(decisionDays: number, levels = DEFAULT_SOP.levels): SopRules {
  return {
    steps: DEFAULT_SOP.steps.map((s) =>
      s.step === 'decision' ? { ...s, promisedDays: decisionDays } : s,
    ),
    levels,
  };
}

async function save(type: string, r: SopRules, basedOn: number, note = '提速承诺') {
  return call(`/api/admin/sop/${type}`, {
    method: 'PUT',
    cookie: admin,
    body: { ...r, note, basedOn },
  });
}

async function caseSop(cookie: string, id: string): Promise<CaseSopView> {
  const res = await call(`/api/applications/${id}`, { cookie });
  expect(res.status).toBe(200);
  const { application } = await res.json<{ application: { sop: CaseSopView } }>();
  return application.sop;
}

const opinion = (cookie: string, id: string, level: string, text = '材料齐全，拟同意') =>
  call(`/api/applications/${id}/opinions`, {
    cookie,
    body: { level, proposal: 'approve', opinion: text },
  });

/** A second city approver, so that the levels can be signed by different people. */
async function secondApprover(): Promise<string> {
  await env.DB.prepare(
    `INSERT INTO staff_users (id, username, display_name, role, password_hash, password_salt,
       password_iterations)
     SELECT 'stf_approver2', 'approver2', '测试负责人', 'approver', password_hash, password_salt,
       password_iterations FROM staff_users WHERE id = 'stf_approver'`,
  ).run();
  await env.DB.prepare(
    `INSERT INTO staff_scopes (staff_id, jurisdiction_code) VALUES ('stf_approver2', '370700')`,
  ).run();
  return loginStaff('approver2');
}

beforeEach(async () => {
  w = await seedWorld();
  admin = await loginStaff('admin');
});

describe('SOP settings', () => {
  it('saves a shorter promise as a new version, audited, and lists its history', async () => {
    const res = await save('new', rules(12), 0);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 'new', version: 1 });
    expect((await save('new', rules(10, THREE_LEVELS), 1, '三级审批')).status).toBe(200);
    const list = await (
      await call('/api/admin/sop', { cookie: admin })
    ).json<{
      types: {
        type: string;
        current: { version: number; levels: unknown[] };
        history: unknown[];
      }[];
    }>();
    const nw = list.types.find((t) => t.type === 'new');
    expect(nw?.current.version).toBe(2);
    expect(nw?.current.levels).toEqual(THREE_LEVELS);
    expect(nw?.history).toHaveLength(2);
    // A type never saved runs under the law's limits, decided by the approver alone.
    expect(list.types.find((t) => t.type === 'closure')?.current).toMatchObject({
      version: 0,
      levels: [{ level: 'decide', role: 'approver' }],
    });
    expect(
      await count(
        'audit_log',
        "event = 'sop_version_created' AND subject_id = 'new-v2' AND detail_json LIKE '%三级审批%'",
      ),
    ).toBe(1);
  });

  it('refuses a promise longer than the law, naming the step, and saves nothing', async () => {
    const audits = await count('audit_log');
    const res = await save('new', rules(25), 0);
    expect(res.status).toBe(422);
    const body = await res.json<{
      error: { code: string; message: string; issues: { path: string }[] };
    }>();
    expect(body.error.code).toBe('SOP_PROMISE_EXCEEDS_LAW');
    expect(body.error.message).toContain('20');
    expect(body.error.issues[0]?.path).toBe('steps.1.promisedDays');
    expect(await count('sop_versions')).toBe(0);
    expect(await count('audit_log')).toBe(audits);
  });

  it('refuses inconsistent levels and steps, a stale edit and bad input', async () => {
    const bad: [SopRules, string][] = [
      [
        rules(10, [
          { level: 'decide', role: 'approver' },
          { level: 'propose', role: 'clerk' },
        ]),
        'SOP_INVALID',
      ],
      [rules(10, [{ level: 'propose', role: 'clerk' }]), 'SOP_INVALID'],
      [rules(10, [{ level: 'decide', role: 'clerk' }]), 'SOP_INVALID'],
      [{ ...rules(10), steps: rules(10).steps.slice(1) }, 'SOP_INVALID'],
      [
        { ...rules(10), steps: rules(10).steps.map((s) => ({ ...s, role: 'clerk' as const })) },
        'SOP_INVALID',
      ],
    ];
    for (const [r, code] of bad) {
      const res = await save('renewal', r, 0);
      expect((await res.json<{ error: { code: string } }>()).error.code).toBe(code);
    }
    expect((await save('renewal', rules(10), 0)).status).toBe(200);
    // Another admin saved meanwhile: the edit based on version 0 is a conflict.
    expect((await save('renewal', rules(8), 0)).status).toBe(409);
    expect((await save('nonsense', rules(8), 0)).status).toBe(400);
    const extra = await call('/api/admin/sop/new', {
      method: 'PUT',
      cookie: admin,
      body: { ...rules(8), note: '提速', basedOn: 0, sneaky: 1 },
    });
    expect(extra.status).toBe(400);
    const zero = await save('new', rules(0), 0);
    expect(zero.status).toBe(400);
    expect(await count('sop_versions')).toBe(1);
  });
});

describe('a case keeps its SOP version; clocks use the promise beside the law', () => {
  it('stamps new submissions with the version in force, and later changes leave them be', async () => {
    await setGrid(10, 2);
    expect((await save('new', rules(12), 0)).status).toBe(200);
    const a = await loginApplicant('13900000001');
    const first = (await (await submit(a, w.idNumberA)).json<{ application: { id: string } }>())
      .application.id;
    expect((await row(first))?.sop_version).toBe(1);
    expect((await save('new', rules(8), 1)).status).toBe(200);
    const second = (await (await submit(a, w.idNumberA)).json<{ application: { id: string } }>())
      .application.id;
    expect((await row(second))?.sop_version).toBe(2);
    expect((await row(first))?.sop_version).toBe(1);
  });

  it('shows the promised decision deadline beside the statutory one, never past it', async () => {
    expect((await save('new', rules(10), 0)).status).toBe(200);
    await acceptedNewCase('c1', { acceptedOn: '2026-11-10' });
    await env.DB.prepare("UPDATE applications SET sop_version = 1 WHERE id = 'c1'").run();
    await acceptedNewCase('c2', { acceptedOn: '2026-11-10' });
    const clerk = await loginStaff('clerk');
    const cal = defaultCalendar();
    const promised = await caseSop(clerk, 'c1');
    expect(promised.version).toBe(1);
    expect(promised.promisedDeadline).toBe(cal.addWorkingDays('2026-11-10', 10));
    expect(promised.promisedDeadline).toBe('2026-11-24');
    // A case from before any SOP runs under the law's limits.
    const legacy = await caseSop(clerk, 'c2');
    expect(legacy.version).toBe(0);
    expect(legacy.promisedDeadline).toBe(decisionDeadline('2026-11-10', false, cal));
  });
});

describe('decision levels', () => {
  it('passes a three-level SOP level by level, each opinion recorded with who and when', async () => {
    await setGrid(10, 2);
    expect((await save('new', rules(20, THREE_LEVELS), 0)).status).toBe(200);
    await acceptedNewCase('c3');
    await env.DB.prepare("UPDATE applications SET sop_version = 1 WHERE id = 'c3'").run();
    const [clerk, approver, head] = [
      await loginStaff('clerk'),
      await loginStaff('approver'),
      await secondApprover(),
    ];
    const early = await act(head, 'c3', { action: 'approve' });
    expect((await early.json<{ error: { code: string } }>()).error.code).toBe(
      'DECISION_LEVELS_PENDING',
    );
    // Out of turn, or by a role the level does not name.
    expect((await opinion(approver, 'c3', 'review')).status).toBe(409);
    expect((await opinion(approver, 'c3', 'propose')).status).toBe(403);
    expect(await count('case_opinions')).toBe(0);
    expect((await opinion(clerk, 'c3', 'propose')).status).toBe(200);
    expect((await opinion(clerk, 'c3', 'propose')).status).toBe(409);
    const reviewed = await opinion(approver, 'c3', 'review', '符合布局要求，同意');
    expect(reviewed.status).toBe(200);
    // The reviewer cannot also decide the case.
    const same = await act(approver, 'c3', { action: 'approve' });
    expect((await same.json<{ error: { code: string } }>()).error.code).toBe('OPINION_SAME_PERSON');
    expect((await act(head, 'c3', { action: 'approve' })).status).toBe(200);
    const sop = await caseSop(clerk, 'c3');
    expect(sop.levels.map((l) => [l.level, l.opinion?.staffName, l.opinion?.proposal])).toEqual([
      ['propose', '测试clerk', 'approve'],
      ['review', '测试approver', 'approve'],
      ['decide', '测试负责人', 'approve'],
    ]);
    expect(sop.levels[1]?.opinion?.opinion).toBe('符合布局要求，同意');
    expect(sop.levels.every((l) => l.opinion?.at)).toBe(true);
    expect(sop.nextLevel).toBeNull();
    expect(await count('audit_log', "event = 'case_opinion_recorded' AND subject_id = 'c3'")).toBe(
      2,
    );
  });

  it('keeps a one-level SOP: the approver decides alone and the decision is the opinion', async () => {
    await setGrid(10, 2);
    await acceptedNewCase('c4');
    const approver = await loginStaff('approver');
    expect((await opinion(await loginStaff('clerk'), 'c4', 'propose')).status).toBe(409);
    const refused = await act(approver, 'c4', {
      action: 'refuse',
      reasons: ['经营场所不符合要求'],
    });
    expect(refused.status).toBe(200);
    const sop = await caseSop(approver, 'c4');
    expect(sop.levels).toHaveLength(1);
    expect(sop.levels[0]?.opinion).toMatchObject({
      level: 'decide',
      proposal: 'refuse',
      opinion: '经营场所不符合要求',
      staffName: '测试approver',
    });
  });

  it('refuses a malformed opinion and one on a case not at its decision', async () => {
    expect((await save('new', rules(20, THREE_LEVELS), 0)).status).toBe(200);
    await env.DB.prepare("UPDATE applications SET sop_version = 1 WHERE id = 'app_a'").run();
    const clerk = await loginStaff('clerk');
    // app_a is only submitted: no decision is being prepared.
    expect((await opinion(clerk, w.appA, 'propose')).status).toBe(409);
    const bad = await call(`/api/applications/${w.appA}/opinions`, {
      cookie: clerk,
      body: { level: 'decide', proposal: 'approve', opinion: '同意' },
    });
    expect(bad.status).toBe(400);
    expect(await count('case_opinions')).toBe(0);
  });
});
