/**
 * The applicant's writes that the PWA's outbox may send more than once (补正 resubmission,
 * 撤回): a replay answers the same case and changes nothing twice. Also: deleting a draft, and
 * the consent every (re)submission must carry and leave on record.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { PRIVACY_NOTICE_VERSION } from '../../../core/privacy';
import {
  CONSENT,
  REALNAME_CONSENT,
  call,
  count,
  loginApplicant,
  loginStaff,
  seedWorld,
  validId,
  type Seeded,
} from '../../../test/fixtures';
import { act, newForm, row, setGrid, submit } from '../../../test/cases';
import { stateDigest } from '../../../test/state';

let w: Seeded;
let a: string;

beforeEach(async () => {
  w = await seedWorld();
  a = await loginApplicant('13900000001');
  await setGrid(10, 2);
});

type Answer = {
  application: {
    id: string;
    status: string;
    version: number;
    events: { action: string; actorKind: string }[];
  };
  replayed: boolean;
};

/** A 新办 of A, submitted and sent back by the clerk for corrections (补正). */
async function caseToCorrect(): Promise<string> {
  const res = await submit(a, w.idNumberA);
  const { application } = await res.json<Answer>();
  const clerk = await loginStaff('clerk');
  const sent = await act(clerk, application.id, {
    action: 'request_correction',
    items: ['经营地址填写不详细，请补充门牌号'],
  });
  expect(sent.status).toBe(200);
  return application.id;
}

async function resubmission(id: string, key: string) {
  return {
    idempotencyKey: key,
    version: Number((await row(id))?.version),
    form: { ...(await newForm(a, w.idNumberA)), address: '潍坊市潍城区胜利西街100号东门' },
    consent: CONSENT,
  };
}

const resubmit = (id: string, body: unknown) =>
  call(`/api/my/applications/${id}/resubmit`, { cookie: a, body });

describe('补正 resubmission, once per idempotency key', () => {
  it('answers a replay with the same case and changes nothing the second time', async () => {
    const id = await caseToCorrect();
    const body = await resubmission(id, crypto.randomUUID());
    const first = await resubmit(id, body);
    expect(first.status).toBe(200);
    const made = await first.json<Answer>();
    expect(made).toMatchObject({ application: { id, status: 'resubmitted' }, replayed: false });
    // The history says who acted: the applicant resubmitted, the clerk asked for corrections.
    const kinds = Object.fromEntries(made.application.events.map((e) => [e.action, e.actorKind]));
    expect(kinds).toMatchObject({ resubmit: 'applicant', request_correction: 'staff' });
    const messages = await count('notifications', `template = 'resubmitted'`);
    const before = await stateDigest();

    // The answer was lost on the way: the outbox sends the very same request again.
    const again = await resubmit(id, body);
    expect(again.status).toBe(200);
    const replay = await again.json<Answer>();
    expect(replay).toMatchObject({ application: { id, status: 'resubmitted' }, replayed: true });
    expect(replay.application.version).toBe(made.application.version);
    expect(await stateDigest()).toBe(before);
    expect(await count('application_events', `action = 'resubmit'`)).toBe(1);
    expect(await count('notifications', `template = 'resubmitted'`)).toBe(messages);
    expect(await count('applicant_requests', 'application_id = ?', id)).toBe(1);
  });

  it('lets exactly one of several parallel sends act; all of them answer the same case', async () => {
    const id = await caseToCorrect();
    const body = await resubmission(id, crypto.randomUUID());
    const results = await Promise.all([1, 2, 3].map(() => resubmit(id, body)));
    const answers = await Promise.all(results.map((r) => r.json<Answer>()));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(answers.every((x) => x.application.id === id)).toBe(true);
    expect(answers.filter((x) => !x.replayed)).toHaveLength(1);
    expect(await count('application_events', `action = 'resubmit'`)).toBe(1);
    expect(await count('consents', `purpose = 'resubmission' AND application_id = ?`, id)).toBe(1);
  });

  it('refuses a key already used for another request, changing nothing', async () => {
    const id = await caseToCorrect();
    const key = crypto.randomUUID();
    expect((await resubmit(id, await resubmission(id, key))).status).toBe(200);
    const before = await stateDigest();
    const reuse = await call(`/api/my/applications/${id}/actions`, {
      cookie: a,
      body: { action: 'withdraw', version: Number((await row(id))?.version), idempotencyKey: key },
    });
    expect(reuse.status).toBe(409);
    expect(await reuse.json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    expect(await stateDigest()).toBe(before);
  });

  it('is refused without its consent, and records the consent it came with', async () => {
    const id = await caseToCorrect();
    const body = await resubmission(id, crypto.randomUUID());
    const before = await stateDigest();
    const bare = await resubmit(id, { ...body, consent: { ...CONSENT, sensitiveInfo: false } });
    expect(bare.status).toBe(422);
    expect(await bare.json()).toMatchObject({ error: { code: 'CONSENT_REQUIRED' } });
    expect(await stateDigest()).toBe(before);
    expect((await resubmit(id, body)).status).toBe(200);
    const consent = await env.DB.prepare(
      `SELECT purpose, notice_version, promise, personal_info, sensitive_info, applicant_id
       FROM consents WHERE application_id = ? AND purpose = 'resubmission'`,
    )
      .bind(id)
      .first();
    expect(consent).toEqual({
      purpose: 'resubmission',
      notice_version: PRIVACY_NOTICE_VERSION,
      promise: 1,
      personal_info: 1,
      sensitive_info: 1,
      applicant_id: w.applicantA,
    });
  });
});

describe('撤回, once per idempotency key', () => {
  it('answers a replay with the withdrawn case, one event and one message', async () => {
    const body = { action: 'withdraw', version: 1, idempotencyKey: crypto.randomUUID() };
    const send = () => call(`/api/my/applications/${w.appA}/actions`, { cookie: a, body });
    const first = await send();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      application: { status: 'withdrawn' },
      replayed: false,
    });
    const before = await stateDigest();
    const again = await send();
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({
      application: { id: w.appA, status: 'withdrawn' },
      replayed: true,
    });
    expect(await stateDigest()).toBe(before);
    expect(await count('application_events', `action = 'withdraw'`)).toBe(1);
    expect(await count('notifications', `template = 'withdrawn'`)).toBe(1);
  });

  it('in parallel, withdraws once', async () => {
    const body = { action: 'withdraw', version: 1, idempotencyKey: crypto.randomUUID() };
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => call(`/api/my/applications/${w.appA}/actions`, { cookie: a, body })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(await count('application_events', `action = 'withdraw'`)).toBe(1);
  });
});

describe('删除草稿', () => {
  async function draft(cookie: string): Promise<string> {
    const res = await call('/api/my/applications', {
      cookie,
      body: { type: 'new', form: { shopName: '还没想好的店' } },
    });
    expect(res.status).toBe(201);
    return (await res.json<Answer>()).application.id;
  }

  it('deletes the applicant’s own draft and its history, audited', async () => {
    const id = await draft(a);
    const audits = await count('audit_log', `event = 'application_draft_deleted'`);
    const res = await call(`/api/my/applications/${id}`, { cookie: a, method: 'DELETE' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: id });
    expect(await row(id)).toBeNull();
    expect(await count('application_events', 'application_id = ?', id)).toBe(0);
    expect(
      await count('audit_log', `event = 'application_draft_deleted' AND subject_id = ?`, id),
    ).toBe(audits + 1);
    // A second delete (the outbox again): it is gone.
    const again = await call(`/api/my/applications/${id}`, { cookie: a, method: 'DELETE' });
    expect(again.status).toBe(404);
  });

  it('refuses someone else’s draft (404) and a case that was sent (409), changing nothing', async () => {
    const id = await draft(a);
    const b = await loginApplicant('13900000002');
    const before = await stateDigest();
    const other = await call(`/api/my/applications/${id}`, { cookie: b, method: 'DELETE' });
    expect(other.status).toBe(404);
    const sent = await call(`/api/my/applications/${w.appA}`, { cookie: a, method: 'DELETE' });
    expect(sent.status).toBe(409);
    expect(await sent.json()).toMatchObject({ error: { code: 'ILLEGAL_TRANSITION' } });
    expect(await stateDigest()).toBe(before);
  });
});

describe('the consent of a submission', () => {
  it('is required: without it nothing is stored', async () => {
    const form = await newForm(a, w.idNumberA);
    const before = await count('applications');
    for (const consent of [undefined, { ...CONSENT, promise: false }]) {
      const res = await call('/api/my/applications/submissions', {
        cookie: a,
        body: { idempotencyKey: crypto.randomUUID(), type: 'new', form, consent },
      });
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ error: { code: 'CONSENT_REQUIRED' } });
    }
    expect(await count('applications')).toBe(before);
    expect(await count('consents')).toBe(0);
  });

  it('is recorded with the submission: notice version, each statement, time; once', async () => {
    const key = crypto.randomUUID();
    const res = await submit(a, w.idNumberA, key);
    expect(res.status).toBe(201);
    const { application } = await res.json<Answer>();
    expect((await submit(a, w.idNumberA, key)).status).toBe(200);
    const rows = await env.DB.prepare(
      `SELECT purpose, notice_version, promise, personal_info, sensitive_info, at
       FROM consents WHERE application_id = ?`,
    )
      .bind(application.id)
      .all<Record<string, unknown>>();
    expect(rows.results).toHaveLength(1);
    expect(rows.results[0]).toMatchObject({
      purpose: 'submission',
      notice_version: PRIVACY_NOTICE_VERSION,
      promise: 1,
      personal_info: 1,
      sensitive_info: 1,
    });
    expect(String(rows.results[0]?.at)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('of the real-name check is recorded with the binding', async () => {
    const b = await loginApplicant('13900000002');
    const res = await call('/api/me/realname', {
      cookie: b,
      body: {
        name: '李四',
        idNumber: validId('370705', '19751231', '456'),
        consent: REALNAME_CONSENT,
      },
    });
    expect(res.status).toBe(200);
    expect(
      await count(
        'consents',
        `applicant_id = ? AND purpose = 'realname' AND sensitive_info = 1 AND application_id IS NULL`,
        w.applicantB,
      ),
    ).toBe(1);
  });
});
