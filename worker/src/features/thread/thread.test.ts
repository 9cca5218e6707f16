import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ThreadUnread, ThreadView } from '../../../core/thread';
import { jpeg } from '../../../test/authz.principals';
import { call, count, loginApplicant, loginStaff, seedWorld } from '../../../test/fixtures';

let a: string;
beforeEach(async () => {
  await seedWorld();
  a = await loginApplicant('13900000001');
});

const write = (cookie: string, app: string, body: unknown) =>
  call(`/api/my/applications/${app}/messages`, { cookie, body });
const answer = (cookie: string, app: string, body: string) =>
  call(`/api/applications/${app}/messages`, { cookie, body: { body } });
const key = () => crypto.randomUUID();

async function upload(cookie: string, kind = 'messagePhoto'): Promise<string> {
  const res = await call(`/api/my/attachments?kind=${kind}`, {
    cookie,
    body: jpeg(),
    headers: { 'content-type': 'image/jpeg' },
  });
  expect(res.status).toBe(201);
  return (await res.json<{ id: string }>()).id;
}

describe('the thread of a case', () => {
  it('applicant writes with a photo, the clerk of the county reads and answers, both see it', async () => {
    const photo = await upload(a);
    const k = key();
    const sent = await write(a, 'app_a', {
      idempotencyKey: k,
      body: '请问还需要补充什么材料？',
      attachmentId: photo,
    });
    expect(sent.status).toBe(201);
    // The outbox retries: the same message, not a second one.
    const again = await write(a, 'app_a', {
      idempotencyKey: k,
      body: '请问还需要补充什么材料？',
      attachmentId: photo,
    });
    expect(again.status).toBe(200);
    expect(await count('case_messages')).toBe(1);

    const clerk = await loginStaff('clerk');
    const before = await (await call('/api/threads', { cookie: clerk })).json<ThreadUnread>();
    expect(before.total).toBe(1);
    expect(before.cases[0]?.applicationId).toBe('app_a');
    // An admin looking does not clear the unit's unread mark.
    const admin = await loginStaff('admin');
    const seen = await (
      await call('/api/applications/app_a/messages', { cookie: admin })
    ).json<ThreadView>();
    expect(seen.mayWrite).toBe(false);
    expect((await (await call('/api/threads', { cookie: clerk })).json<ThreadUnread>()).total).toBe(
      1,
    );

    const t = await (
      await call('/api/applications/app_a/messages', { cookie: clerk })
    ).json<ThreadView>();
    expect(t.mayWrite).toBe(true);
    expect(t.messages.map((m) => [m.from, m.body])).toEqual([
      ['applicant', '请问还需要补充什么材料？'],
    ]);
    // The photo joined the case: the clerk may open it.
    expect((await call(`/api/attachments/${photo}`, { cookie: clerk })).status).toBe(200);
    expect((await (await call('/api/threads', { cookie: clerk })).json<ThreadUnread>()).total).toBe(
      0,
    );

    expect((await answer(clerk, 'app_a', '材料齐全，无需补充。')).status).toBe(201);
    const mine = await (await call('/api/my/threads', { cookie: a })).json<ThreadUnread>();
    expect(mine.total).toBe(1);
    expect(
      await count('notifications', "template = 'thread_reply' AND applicant_id = 'apl_a'"),
    ).toBe(1);
    const view = await (
      await call('/api/my/applications/app_a/messages', { cookie: a })
    ).json<ThreadView>();
    expect(view.messages.map((m) => m.from)).toEqual(['applicant', 'staff']);
    expect(view.messages[1]?.authorName).toBe('测试clerk');
    expect((await (await call('/api/my/threads', { cookie: a })).json<ThreadUnread>()).total).toBe(
      0,
    );
  });

  it('is out of reach for the applicant of another case and staff of another county (404)', async () => {
    await write(a, 'app_a', { idempotencyKey: key(), body: '你好' });
    const b = await loginApplicant('13900000002');
    expect((await call('/api/my/applications/app_a/messages', { cookie: b })).status).toBe(404);
    expect((await write(b, 'app_a', { idempotencyKey: key(), body: '冒充' })).status).toBe(404);
    const kw = await loginStaff('clerk.kuiwen');
    expect((await call('/api/applications/app_a/messages', { cookie: kw })).status).toBe(404);
    expect((await answer(kw, 'app_a', '越权回复')).status).toBe(404);
    expect((await (await call('/api/threads', { cookie: kw })).json<ThreadUnread>()).total).toBe(0);
    // The assigned inspector reads app_insp's thread but does not answer for the unit.
    const insp = await loginStaff('inspector');
    expect((await answer(insp, 'app_insp', '核查员回复')).status).toBe(403);
    expect(await count('case_messages')).toBe(1);
  });

  it('refuses a draft, an empty or marked-up text, a foreign or non-photo attachment', async () => {
    await env.DB.prepare(
      `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, form_json)
       VALUES ('draft_x', 'XKDRAFTX', 'apl_a', '370702', 'new', 'draft', '{}')`,
    ).run();
    const codeOf = async (r: Response) => [
      r.status,
      (await r.json<{ error: { code: string } }>()).error.code,
    ];
    expect(
      await codeOf(await write(a, 'draft_x', { idempotencyKey: key(), body: '你好' })),
    ).toEqual([409, 'THREAD_NOT_OPEN']);
    expect(await codeOf(await write(a, 'app_a', { idempotencyKey: key(), body: '  ' }))).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    expect(
      await codeOf(await write(a, 'app_a', { idempotencyKey: key(), body: '<script>' })),
    ).toEqual([400, 'VALIDATION_FAILED']);
    expect(await codeOf(await write(a, 'app_a', { idempotencyKey: 'x', body: '你好' }))).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    const idCard = await upload(a, 'idCardFront');
    expect(
      await codeOf(
        await write(a, 'app_a', { idempotencyKey: key(), body: '照片', attachmentId: idCard }),
      ),
    ).toEqual([400, 'THREAD_PHOTO_INVALID']);
    const b = await loginApplicant('13900000002');
    const theirs = await upload(b);
    expect(
      await codeOf(
        await write(a, 'app_a', { idempotencyKey: key(), body: '照片', attachmentId: theirs }),
      ),
    ).toEqual([400, 'THREAD_PHOTO_INVALID']);
    // A photo already sent on one case is not moved to another.
    const photo = await upload(a);
    expect(
      (await write(a, 'app_a', { idempotencyKey: key(), body: '一', attachmentId: photo })).status,
    ).toBe(201);
    expect(
      await codeOf(
        await write(a, 'app_insp', { idempotencyKey: key(), body: '二', attachmentId: photo }),
      ),
    ).toEqual([400, 'THREAD_PHOTO_INVALID']);
    expect(await count('case_messages')).toBe(1);
  });
});
