/**
 * A case that ends before its decision calls off its checks still to come, in the same
 * transaction: the on-site task and the booked video inspection (云上核查) of the case. The
 * applicant who withdrew is not asked to join a call for a case that no longer exists.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { appNowIso } from '../../lib/clock';
import { act, row } from '../../../test/cases';
import { call, seedWorld } from '../../../test/fixtures';
import { registerRemote } from '../../../test/remote-evidence';
import { sessions } from '../../../test/world';

let s: Awaited<ReturnType<typeof sessions>>;
let remoteId: string;

beforeEach(async () => {
  await seedWorld();
  s = await sessions();
  remoteId = await registerRemote();
});

const checksOf = async () => ({
  task: await env.DB.prepare(`SELECT state, cancel_reason FROM inspection_tasks WHERE id = ?`)
    .bind('task_insp')
    .first(),
  remote: await env.DB.prepare(
    `SELECT state, cancel_reason, closed_at FROM remote_inspections WHERE id = ?`,
  )
    .bind(remoteId)
    .first<{ state: string; cancel_reason: string | null; closed_at: string | null }>(),
});

/** The video inspections the applicant's inbox offers to join. */
async function offeredCalls(): Promise<string[]> {
  const res = await call('/api/my/inspections', { cookie: s.applicantA });
  const body = await res.json<{ items: { id: string; state: string }[] }>();
  return body.items.filter((i) => i.state === 'scheduled').map((i) => i.id);
}

async function withdraw(): Promise<Response> {
  return call('/api/my/applications/app_insp/actions', {
    cookie: s.applicantA,
    body: {
      action: 'withdraw',
      version: Number((await row('app_insp'))?.version),
      idempotencyKey: crypto.randomUUID(),
    },
  });
}

describe('a case that ends before its decision', () => {
  it('withdrawn: its on-site task and booked video inspection are called off', async () => {
    expect((await checksOf()).remote?.state).toBe('scheduled');
    expect(await offeredCalls()).toEqual([remoteId]);
    const res = await withdraw();
    expect(res.status, await res.clone().text()).toBe(200);
    const { task, remote } = await checksOf();
    expect(task).toEqual({ state: 'cancelled', cancel_reason: 'case_withdrawn' });
    expect(remote?.state).toBe('cancelled');
    expect(remote?.cancel_reason).toContain('申请人已撤回申请');
    expect(remote?.closed_at?.slice(0, 10)).toBe(appNowIso(env).slice(0, 10));
    // The applicant's list of inspections no longer offers the call.
    expect(await offeredCalls()).toEqual([]);
  });

  it('terminated: the booked video inspection is called off with the reason', async () => {
    const res = await act(s.approver ?? '', 'app_insp', {
      action: 'terminate',
      ground: 'premises_not_found',
      reason: '两次上门核查，该地址无此门店',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const { task, remote } = await checksOf();
    expect(task).toEqual({ state: 'cancelled', cancel_reason: 'case_terminated' });
    expect(remote?.state).toBe('cancelled');
    expect(remote?.cancel_reason).toContain('终止办理');
  });

  it('a call already running is left to finish (its recording is evidence)', async () => {
    await env.DB.prepare(`UPDATE remote_inspections SET state = 'live' WHERE id = ?`)
      .bind(remoteId)
      .run();
    expect((await withdraw()).status).toBe(200);
    expect((await checksOf()).remote?.state).toBe('live');
  });
});
