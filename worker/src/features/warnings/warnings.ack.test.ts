/**
 * The warnings list (red first, scoped), its counts, the acknowledgement with a note (who,
 * when, audited; once; not across counties; bad input changes nothing), and a write that
 * resolves a warning without waiting for the cron.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  count,
  loginApplicant,
  loginStaff,
  seedWorld,
  todayMinus,
} from '../../../test/fixtures';
import { stateDigest } from '../../../test/state';
import { refresh, stored } from './warnings.fixtures';

interface List {
  items: {
    id: string;
    severity: string;
    object: { href: string };
    acknowledged: { by: string; note: string } | null;
  }[];
  total: number;
  counts: { red: number; yellow: number };
}

async function list(cookie: string, q = ''): Promise<List> {
  const res = await call(`/api/warnings${q}`, { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json<List>();
}

beforeEach(async () => {
  await seedWorld();
  await env.DB.prepare(`UPDATE applications SET deadline = ? WHERE id = 'app_a'`)
    .bind(todayMinus(0))
    .run();
  await env.DB.prepare(`UPDATE applications SET deadline = ? WHERE id IN ('app_b', 'app_insp')`)
    .bind(todayMinus(3))
    .run();
  await refresh();
});

describe('the warnings list', () => {
  it('shows red first, scoped to the caller, with its counts', async () => {
    const clerk = await loginStaff('clerk');
    const mine = await list(clerk);
    expect(mine.items.map((w) => w.severity)).toEqual(['red', 'yellow']);
    expect(mine.items[1]?.object.href).toBe('/queue/app_a');
    expect(mine.counts).toEqual({ red: 1, yellow: 1 });
    expect((await list(await loginStaff('approver'))).counts).toEqual({ red: 2, yellow: 1 });
    expect((await list(await loginStaff('clerk.kuiwen'))).total).toBe(1);
    // An inspector: the warnings of the cases assigned to them.
    const insp = await list(await loginStaff('inspector'));
    expect(insp.items.map((w) => w.object.href)).toEqual(['/queue/app_insp']);
    const counts = await call('/api/warnings/counts', { cookie: clerk });
    expect(await counts.json()).toEqual({ red: 1, yellow: 1 });
  });
});

describe('acknowledging a warning', () => {
  it('records who, when and the note, audits it, and takes it off the counts', async () => {
    const clerk = await loginStaff('clerk');
    const [red] = (await list(clerk, '?severity=red')).items;
    if (!red) throw new Error('no red warning');
    const audits = await count('audit_log', `event = 'warning_acknowledged'`);
    const res = await call(`/api/warnings/${encodeURIComponent(red.id)}/acknowledge`, {
      cookie: clerk,
      body: { note: '已督促承办人今日办结。' },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({
      acknowledged: { by: '测试clerk', note: '已督促承办人今日办结。' },
    });
    expect(await count('audit_log', `event = 'warning_acknowledged'`)).toBe(audits + 1);
    expect((await list(clerk)).counts).toEqual({ red: 0, yellow: 1 });
    expect((await list(clerk, '?state=acknowledged')).items.map((w) => w.id)).toEqual([red.id]);
    // A second acknowledgement is refused; the cron keeps the acknowledgement.
    const again = await call(`/api/warnings/${encodeURIComponent(red.id)}/acknowledge`, {
      cookie: await loginStaff('approver'),
      body: { note: '再次确认' },
    });
    expect(again.status).toBe(409);
    await refresh();
    expect((await stored('case_deadline')).find((w) => w.id === red.id)?.ackAt).toBeTruthy();
  });

  it('refuses another county, an inspector, an empty note and an unknown id, changing nothing', async () => {
    const clerk = await loginStaff('clerk');
    const [w] = (await list(clerk)).items;
    if (!w) throw new Error('no warning');
    const path = `/api/warnings/${encodeURIComponent(w.id)}/acknowledge`;
    const before = await stateDigest();
    const tries: [string, unknown, number][] = [
      [await loginStaff('clerk.kuiwen'), { note: '不是我的县' }, 404],
      [await loginStaff('inspector'), { note: '核查员' }, 403],
      [clerk, { note: '' }, 400],
      [clerk, { note: 'x'.repeat(501) }, 400],
      [clerk, { note: '好', extra: 1 }, 400],
    ];
    for (const [cookie, body, status] of tries) {
      expect((await call(path, { cookie, body })).status).toBe(status);
    }
    expect(
      (await call('/api/warnings/nope/acknowledge', { cookie: clerk, body: { note: '好' } }))
        .status,
    ).toBe(404);
    expect((await call('/api/warnings?severity=purple', { cookie: clerk })).status).toBe(400);
    expect(await stateDigest()).toBe(before);
  });
});

describe('warnings follow the writes', () => {
  it('a withdrawn case leaves its warning at once, without the cron', async () => {
    const a = await loginApplicant('13900000001');
    expect((await stored('case_deadline')).map((w) => w.objectId)).toContain('app_a');
    const res = await call('/api/my/applications/app_a/actions', {
      cookie: a,
      body: { action: 'withdraw', version: 1, idempotencyKey: crypto.randomUUID() },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await stored('case_deadline')).map((w) => w.objectId)).not.toContain('app_a');
  });
});
