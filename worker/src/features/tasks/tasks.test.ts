import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../../core/calendar';
import { taskDeadline } from '../../../core/tasks';
import type { TaskPage, TaskView } from '../../../core/tasks-api';
import { appToday } from '../../lib/clock';
import { call, loginStaff, seedWorld } from '../../../test/fixtures';
import { LAT, LNG, acceptedNewCase, act, licenceOfA, setGrid } from '../../../test/cases';
import { stateDigest } from '../../../test/state';
import { ON_SITE_CHECKLIST } from '../../../core/checklist';
import { recordBody } from '../../../test/records';

const answers = (result: 'pass' | 'fail' = 'pass') =>
  ON_SITE_CHECKLIST.items.map((i) => ({ id: i.id, result, note: '' }));

const today = appToday(env);

beforeEach(async () => {
  await seedWorld();
});

async function task(cookie: string, id: string): Promise<TaskView> {
  const res = await call(`/api/tasks/${id}`, { cookie });
  expect(res.status).toBe(200);
  return (await res.json<{ task: TaskView }>()).task;
}

describe('inspection tasks', () => {
  it('arranging a case’s check gives both officers a task with a working-day deadline; the result finishes it', async () => {
    const id = await acceptedNewCase('app_task');
    const clerk = await loginStaff('clerk');
    const assign = {
      action: 'require_inspection',
      inspectorIds: ['stf_inspector', 'stf_inspector2'],
    };
    expect((await act(clerk, id, assign)).status).toBe(200);

    const inspector = await loginStaff('inspector');
    const list = await (await call('/api/tasks', { cookie: inspector })).json<TaskPage>();
    const mine = list.items.find((t) => t.application?.id === id);
    expect(mine).toBeDefined();
    expect(mine?.state).toBe('assigned');
    expect(mine?.dueOn).toBe(taskDeadline(today, defaultCalendar()));
    expect(mine?.officers.map((o) => o.id)).toEqual(['stf_inspector', 'stf_inspector2']);
    expect(mine?.actions).toEqual(['accept', 'start', 'set_window', 'record']);
    // Nearest deadline first.
    const dues = list.items.map((t) => t.dueOn);
    expect(dues).toEqual([...dues].sort());

    const accepted = await call(`/api/tasks/${mine!.id}/accept`, {
      cookie: inspector,
      body: { version: mine!.version },
    });
    expect(accepted.status).toBe(200);
    const after = (await accepted.json<{ task: TaskView }>()).task;
    expect(after.officers.find((o) => o.id === 'stf_inspector')?.accepted).toBe(true);
    expect(after.officers.find((o) => o.id === 'stf_inspector2')?.accepted).toBe(false);

    const started = await call(`/api/tasks/${mine!.id}/start`, {
      cookie: inspector,
      body: { version: after.version, lat: 36.7301, lng: 119.0602 },
    });
    expect(started.status).toBe(200);
    expect((await started.json<{ task: TaskView }>()).task.state).toBe('in_progress');

    const found = { action: 'record_inspection', passed: true, notes: '现场与申报一致' };
    expect((await act(await loginStaff('inspector2'), id, found)).status).toBe(200);
    const done = await task(inspector, mine!.id);
    expect(done.state).toBe('done');
    expect(done.passed).toBe(true);
    expect(done.finishedAt).not.toBeNull();
  });

  it('a check of a 延续 goes to the licence’s shop: the case names no spot, the task still can be routed', async () => {
    await setGrid(10, 0);
    await env.DB.batch([
      ...licenceOfA('lic_t', 'pr_t'),
      env.DB.prepare(
        `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status,
           licence_id, form_json, submitted_on, accepted_on, deadline)
         VALUES ('app_renew', 'XKRENEW', 'apl_a', '370702', 'renewal', 'accepted', 'lic_t', '{}',
           '2026-11-02', '2026-11-03', '2099-01-01')`,
      ),
    ]);
    const clerk = await loginStaff('clerk');
    const assign = {
      action: 'require_inspection',
      inspectorIds: ['stf_inspector', 'stf_inspector2'],
    };
    expect((await act(clerk, 'app_renew', assign)).status).toBe(200);
    const inspector = await loginStaff('inspector');
    const list = await (await call('/api/tasks', { cookie: inspector })).json<TaskPage>();
    const mine = list.items.find((t) => t.application?.id === 'app_renew');
    // The licence's premises.
    expect(mine?.lat).toBeCloseTo(LAT, 6);
    expect(mine?.lng).toBeCloseTo(LNG, 6);
  });

  it('holds the two-officer rule on reassignment, and changes nothing when refused', async () => {
    const approver = await loginStaff('approver');
    const t = await task(approver, 'task_insp');
    const before = await stateDigest();
    for (const officerIds of [
      ['stf_inspector'],
      ['stf_inspector', 'stf_inspector'],
      ['stf_inspector', 'stf_clerk'],
    ]) {
      const res = await call('/api/tasks/task_insp/reassign', {
        cookie: approver,
        body: { version: t.version, officerIds, reason: '人员调整' },
      });
      expect(res.status, JSON.stringify(officerIds)).toBe(422);
      expect(await res.json()).toMatchObject({ error: { code: 'TASK_OFFICERS' } });
    }
    expect(await stateDigest()).toBe(before);
    const ok = await call('/api/tasks/task_insp/reassign', {
      cookie: approver,
      body: {
        version: t.version,
        officerIds: ['stf_inspector2', 'stf_inspector'],
        reason: '人员调整',
      },
    });
    expect(ok.status).toBe(200);
    const r = await env.DB.prepare(
      `SELECT staff_id FROM case_inspectors WHERE application_id = 'app_insp' ORDER BY position`,
    ).all<{ staff_id: string }>();
    expect(r.results.map((x) => x.staff_id)).toEqual(['stf_inspector2', 'stf_inspector']);
  });

  it('refuses a window that ends before it starts, a stale version and a case task’s cancellation', async () => {
    const inspector = await loginStaff('inspector');
    const approver = await loginStaff('approver');
    const before = await stateDigest();
    const bad = await call('/api/tasks/task_insp/window', {
      method: 'PUT',
      cookie: inspector,
      body: { version: 1, on: '2099-01-01', from: '15:00', to: '14:00' },
    });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: 'TASK_WINDOW_INVALID' } });
    const stale = await call('/api/tasks/task_insp/accept', {
      cookie: inspector,
      body: { version: 7 },
    });
    expect(stale.status).toBe(409);
    const bound = await call('/api/tasks/task_insp/cancel', {
      cookie: approver,
      body: { version: 1, reason: '不再需要' },
    });
    expect(await bound.json()).toMatchObject({ error: { code: 'TASK_BOUND_TO_CASE' } });
    expect(await stateDigest()).toBe(before);

    const good = await call('/api/tasks/task_insp/window', {
      method: 'PUT',
      cookie: inspector,
      body: { version: 1, on: '2099-01-01', from: '14:00', to: '15:00' },
    });
    expect(good.status).toBe(200);
    expect((await good.json<{ task: TaskView }>()).task.window).toEqual({
      on: '2099-01-01',
      from: '14:00',
      to: '15:00',
    });
  });

  it('shows an inspector only their own tasks', async () => {
    await env.DB.prepare(`DELETE FROM task_officers WHERE staff_id = 'stf_inspector2'`).run();
    const other = await loginStaff('inspector2');
    const list = await (await call('/api/tasks', { cookie: other })).json<TaskPage>();
    expect(list.total).toBe(0);
    expect((await call('/api/tasks/task_insp', { cookie: other })).status).toBe(404);
  });

  it('takes the on-site record once, however often the phone sends it; a failing item fails the check', async () => {
    const inspector = await loginStaff('inspector');
    const items = answers();
    items[5] = { id: items[5]!.id, result: 'fail', note: '发现无来源卷烟两条' } as never;
    const body = { ...recordBody('rec-0001-abcdef', 1), items };
    const before = await stateDigest();
    const short = await call('/api/tasks/task_insp/record', {
      cookie: inspector,
      body: { ...body, items: answers().slice(1) },
    });
    expect(await short.json()).toMatchObject({ error: { code: 'CHECKLIST_INCOMPLETE' } });
    expect(await stateDigest()).toBe(before);

    const first = await call('/api/tasks/task_insp/record', { cookie: inspector, body });
    expect(first.status).toBe(200);
    const sent = (await first.json<{ task: TaskView }>()).task;
    expect(sent).toMatchObject({ state: 'recorded', recordedBy: 'stf_inspector' });
    const after = await stateDigest();
    // The answer was lost on the way: the phone sends again, and nothing changes.
    const replay = await call('/api/tasks/task_insp/record', { cookie: inspector, body });
    expect(replay.status).toBe(200);
    expect(await stateDigest()).toBe(after);
    const confirmed = await call('/api/tasks/task_insp/confirm', {
      cookie: await loginStaff('inspector2'),
      body: { decision: 'confirm', version: sent.version },
    });
    expect((await confirmed.json<{ task: TaskView }>()).task).toMatchObject({
      state: 'done',
      passed: false,
    });
    const kase = await env.DB.prepare(
      `SELECT status FROM applications WHERE id = 'app_insp'`,
    ).first<{ status: string }>();
    // A failed check: the case goes on to the approver with the result (record_inspection).
    expect(kase?.status).not.toBe('inspection');
  });
});
