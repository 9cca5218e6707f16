import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  count,
  lastCode,
  loginApplicant,
  loginStaff,
  seedWorld,
} from '../../../test/fixtures';

let idA: string;
beforeEach(async () => {
  idA = (await seedWorld()).idNumberA;
});

const OLD = '13900000001';
const NEW = '13700000055';
const codeOf = async (r: Response) => [
  r.status,
  (await r.json<{ error: { code: string } }>()).error.code,
];
const phoneOf = async (id: string) =>
  (
    await env.DB.prepare('SELECT phone FROM applicants WHERE id = ?')
      .bind(id)
      .first<{ phone: string }>()
  )?.phone;
const auditOf = async (event: string) =>
  env.DB.prepare(
    `SELECT actor_kind, actor_id, detail_json FROM audit_log WHERE event = ? ORDER BY id DESC`,
  )
    .bind(event)
    .first<{ actor_kind: string; actor_id: string; detail_json: string }>();

describe('phone change by the applicant (both numbers proved)', () => {
  it('moves the account after both codes, keeps this device, signs out the others, audits both numbers masked', async () => {
    const other = await loginApplicant(OLD); // another device of the same applicant
    const me = await loginApplicant(OLD);
    expect(
      (await call('/api/me/phone/codes', { cookie: me, body: { newPhone: NEW } })).status,
    ).toBe(200);
    const [oldCode, newCode] = [await lastCode(OLD), await lastCode(NEW)];
    // The old code with the new one swapped is refused, and changes nothing.
    const swapped = await call('/api/me/phone', {
      cookie: me,
      body: { newPhone: NEW, oldCode: newCode, newCode: oldCode },
    });
    expect(await codeOf(swapped)).toEqual([400, 'PHONE_CHANGE_CODE_INVALID']);
    expect(await phoneOf('apl_a')).toBe(OLD);

    // The old phone's code was used up by the failed try: ask again, after the resend wait.
    await env.DB.prepare('UPDATE sms_codes SET sent_at = ?').bind('2000-01-01T00:00:00.000Z').run();
    expect(
      (await call('/api/me/phone/codes', { cookie: me, body: { newPhone: NEW } })).status,
    ).toBe(200);
    const ok = await call('/api/me/phone', {
      cookie: me,
      body: { newPhone: NEW, oldCode: await lastCode(OLD), newCode: await lastCode(NEW) },
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, phone: '137****0055', sessionsEnded: 1 });
    expect(await phoneOf('apl_a')).toBe(NEW);
    expect((await call('/api/me', { cookie: me })).status).toBe(200);
    expect((await call('/api/me', { cookie: other })).status).toBe(401);
    const a = await auditOf('applicant_phone_changed');
    expect(a?.actor_kind).toBe('applicant');
    expect(JSON.parse(a!.detail_json)).toMatchObject({ from: '139****0001', to: '137****0055' });
    // The old number now signs in as nobody's account: a new, empty one.
    await loginApplicant(OLD);
    expect(await count('applicants', "phone = ? AND id != 'apl_a'", OLD)).toBe(1);
  });

  it('refuses the same number, a number of another account, a code meant for sign-in', async () => {
    const me = await loginApplicant(OLD);
    expect(
      await codeOf(await call('/api/me/phone/codes', { cookie: me, body: { newPhone: OLD } })),
    ).toEqual([400, 'PHONE_UNCHANGED']);
    expect(
      await codeOf(
        await call('/api/me/phone/codes', { cookie: me, body: { newPhone: '13900000002' } }),
      ),
    ).toEqual([409, 'PHONE_TAKEN']);
    expect(
      await codeOf(await call('/api/me/phone/codes', { cookie: me, body: { newPhone: '123' } })),
    ).toEqual([400, 'PHONE_INVALID']);
    // A sign-in code of the new phone does not prove it for a phone change.
    await call('/api/auth/sms/request', { body: { phone: NEW } });
    const loginCode = await lastCode(NEW);
    await env.DB.prepare('UPDATE sms_codes SET sent_at = ? WHERE phone = ?')
      .bind('2000-01-01T00:00:00.000Z', OLD)
      .run();
    await call('/api/me/phone/codes', { cookie: me, body: { newPhone: '13700000066' } });
    const r = await call('/api/me/phone', {
      cookie: me,
      body: { newPhone: NEW, oldCode: await lastCode(OLD), newCode: loginCode },
    });
    expect(await codeOf(r)).toEqual([400, 'PHONE_CHANGE_CODE_INVALID']);
    expect(await phoneOf('apl_a')).toBe(OLD);
  });
});

describe('phone change at the window (old phone lost)', () => {
  it("a clerk moves the account after the new phone's code and a real-name re-check; every session and push subscription ends", async () => {
    const lostDevice = await loginApplicant(OLD);
    await env.DB.prepare(
      `INSERT INTO push_subscriptions (id, applicant_id, endpoint, p256dh, auth) VALUES ('ps1', 'apl_a', 'https://push.test/lost', 'x', 'y')`,
    ).run();
    const clerk = await loginStaff('clerk');
    expect(
      (await call('/api/staff/phone-change/code', { cookie: clerk, body: { newPhone: NEW } }))
        .status,
    ).toBe(200);
    const base = {
      oldPhone: OLD,
      newPhone: NEW,
      newCode: await lastCode(NEW),
      name: '王建国',
      idNumber: idA,
      reason: '原手机丢失，本人持身份证到窗口办理',
    };
    // The wrong person's ID number, or a name the real-name service rejects: nothing moves.
    expect(
      await codeOf(
        await call('/api/staff/phone-change', { cookie: clerk, body: { ...base, name: '王建军' } }),
      ),
    ).toEqual([422, 'IDENTITY_MISMATCH']);
    expect(await phoneOf('apl_a')).toBe(OLD);

    const ok = await call('/api/staff/phone-change', { cookie: clerk, body: base });
    expect(ok.status).toBe(200);
    expect(await phoneOf('apl_a')).toBe(NEW);
    expect((await call('/api/me', { cookie: lostDevice })).status).toBe(401);
    expect(await count('push_subscriptions')).toBe(0);
    const a = await auditOf('applicant_phone_change_assisted');
    expect(a).toMatchObject({ actor_kind: 'staff', actor_id: 'stf_clerk' });
    expect(JSON.parse(a!.detail_json)).toMatchObject({
      from: '139****0001',
      to: '137****0055',
      reason: '原手机丢失，本人持身份证到窗口办理',
      staffId: 'stf_clerk',
    });
    // The applicant signs in on the new phone into the same account.
    await env.DB.prepare('DELETE FROM sms_codes').run();
    const again = await loginApplicant(NEW);
    const me = await (await call('/api/me', { cookie: again })).json<{ user: { id: string } }>();
    expect(me.user.id).toBe('apl_a');
  });

  it('refuses an account without a bound real name, a failed real-name check, inspectors and applicants', async () => {
    const clerk = await loginStaff('clerk');
    await call('/api/staff/phone-change/code', { cookie: clerk, body: { newPhone: NEW } });
    const code = await lastCode(NEW);
    const base = {
      oldPhone: '13900000002',
      newPhone: NEW,
      newCode: code,
      name: '李四',
      idNumber: idA,
      reason: '原手机丢失',
    };
    expect(
      await codeOf(await call('/api/staff/phone-change', { cookie: clerk, body: base })),
    ).toEqual([422, 'REALNAME_REQUIRED']);
    await env.DB.prepare(`UPDATE applicants SET name = '王不符' WHERE id = 'apl_a'`).run();
    expect(
      await codeOf(
        await call('/api/staff/phone-change', {
          cookie: clerk,
          body: { ...base, oldPhone: OLD, name: '王不符' },
        }),
      ),
    ).toEqual([422, 'REALNAME_MISMATCH']);
    expect(
      await codeOf(
        await call('/api/staff/phone-change', {
          cookie: clerk,
          body: { ...base, oldPhone: '13900000099' },
        }),
      ),
    ).toEqual([404, 'NOT_FOUND']);
    const insp = await loginStaff('inspector');
    expect((await call('/api/staff/phone-change', { cookie: insp, body: base })).status).toBe(403);
    expect(await phoneOf('apl_a')).toBe(OLD);
  });
});
