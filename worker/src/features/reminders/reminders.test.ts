/**
 * Reminders on the right day, across the 2026 Spring Festival and its 调休 Saturdays, each sent
 * once however often the cron runs; by inbox, SMS and Web Push to a stand-in push service that
 * decrypts what it gets; an expired subscription (410) is dropped.
 */
import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkCalendar, type CalendarView } from '../../../core/calendar';
import { addCalendarDays } from '../../../core/dates';
import type { Env } from '../../env';
import worker from '../../index';
import { GRID, LAT, LNG, setGrid } from '../../../test/cases';
import { call, count, loginApplicant, seedWorld, todayMinus } from '../../../test/fixtures';
import { decryptPush, newUserAgent, type UserAgentKeys } from '../../../test/push-receiver';
import { standInPushService } from '../../../test/push-service';
import { sendDueReminders } from './reminders.job';

const envAt = (day: string) =>
  ({ ...env, APP_ENV: 'development', XUKE_TODAY: day }) as unknown as Env;

async function licence(id: string, status: string, expiresOn: string, until: string | null) {
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
       VALUES (?, '370702', '测试路', ?, ?, ?, ?)`,
    ).bind(`pr_${id}`, LAT, LNG, GRID, GRID),
    env.DB.prepare(
      `INSERT INTO licences (id, number, holder_applicant_id, holder_name, shop_name, premises_id,
         jurisdiction_code, status, issued_on, expires_on, suspended_from, suspended_until)
       VALUES (?, ?, 'apl_a', '王建国', ?, ?, '370702', ?, '2021-04-11', ?, ?, ?)`,
    ).bind(
      id,
      `37070220210${id.slice(-4)}`,
      `店${id}`,
      `pr_${id}`,
      status,
      expiresOn,
      until ? '2025-03-01' : null,
      until,
    ),
  ]);
}

async function subscribe(cookie: string, endpoint: string, ua: UserAgentKeys) {
  const res = await call('/api/my/push-subscriptions', {
    cookie,
    body: { endpoint, expirationTime: null, keys: { p256dh: ua.p256dh, auth: ua.auth } },
  });
  expect(res.status).toBe(201);
}

let push: ReturnType<typeof standInPushService>;
beforeEach(async () => {
  await seedWorld();
  await setGrid(10, 3);
  push = standInPushService();
});
afterEach(() => push.restore());

describe('reminders across the Spring Festival 2026', () => {
  it('fall on their days, once each, by inbox, SMS and push', async () => {
    await licence('lic_0001', 'active', '2026-04-10', null);
    await licence('lic_0002', 'suspended', '2028-01-01', '2026-02-27');
    // app_a waits for corrections requested on Thursday 12 February.
    await env.DB.batch([
      env.DB.prepare(`UPDATE applications SET status = 'correction_requested' WHERE id = 'app_a'`),
      env.DB.prepare(
        `INSERT INTO application_events (id, application_id, at, actor_kind, actor_id, actor_name,
           action, from_status, to_status) VALUES ('ev1', 'app_a', '2026-02-12T02:00:00.000Z',
           'staff', 'stf_clerk', '测试clerk', 'request_correction', 'submitted',
           'correction_requested')`,
      ),
      // The inspection of app_insp agreed for Tuesday 24 February, 09:00–10:00.
      env.DB.prepare(
        `UPDATE inspection_tasks SET window_on = '2026-02-24', window_from = '09:00',
           window_to = '10:00' WHERE id = 'task_insp'`,
      ),
    ]);
    const a = await loginApplicant('13900000001');
    const ua = await newUserAgent();
    await subscribe(a, 'https://push.test/s/a', ua);

    const sentOn: Record<string, string> = {};
    for (let day = '2026-01-05'; day <= '2026-03-06'; day = addCalendarDays(day, 1)) {
      // Twice a day, as a cron that fires again (or overlaps) would.
      const first = await sendDueReminders(envAt(day), day);
      const again = await sendDueReminders(envAt(day), day);
      expect(again, day).toEqual([]);
      for (const k of first) {
        expect(sentOn[k], `${k} sent twice`).toBeUndefined();
        sentOn[k] = day;
      }
    }
    expect(sentOn).toEqual({
      // 60 working days before Friday 10 April (the New Year holiday and 4 Jan 调休 counted).
      'renewal_60:lic_0001:2026-04-10': '2026-01-09',
      // 35 before: the last working day before the Festival; filing by 27 Feb leaves 30.
      'renewal_35:lic_0001:2026-04-10': '2026-02-13',
      // 5 working days before 27 Feb: 24–26 Feb, the 调休 Saturday 14 Feb, then 13 Feb.
      'suspension_end:lic_0002:2026-02-27': '2026-02-13',
      // 10 working days from 12 Feb end on 4 Mar; 3 before is the 调休 Saturday 28 Feb.
      'correction_due:app_a:2026-02-12': '2026-02-28',
      // The day before the appointment, holiday or not.
      'inspection_appointment:task_insp:2026-02-24:09:00': '2026-02-23',
    });

    const inbox = await (
      await call('/api/my/notifications', { cookie: a })
    ).json<{ items: { template: string; body: string }[] }>();
    const reminders = inbox.items.filter((i) =>
      [
        'renewal_60',
        'renewal_35',
        'suspension_end',
        'correction_due',
        'inspection_appointment',
      ].includes(i.template),
    );
    expect(reminders).toHaveLength(5);
    expect(reminders.find((r) => r.template === 'renewal_35')?.body).toContain('2026-02-27');
    expect(await count('sms_outbox', "phone = '13900000001' AND text LIKE '%延续%'")).toBe(2);
    expect(await count('sms_outbox', "phone = '13900000001' AND text LIKE '%补正%'")).toBe(1);

    // The stand-in push service got five messages, each decrypting to its reminder.
    expect(push.received).toHaveLength(5);
    const payloads = await Promise.all(
      push.received.map(
        async (p) => JSON.parse(await decryptPush(ua, p.body)) as { url: string; tag: string },
      ),
    );
    expect(payloads.map((p) => p.url).sort()).toEqual([
      '/apply/app_a',
      '/apply/app_insp',
      '/services/licences/lic_0001',
      '/services/licences/lic_0001',
      '/services/licences/lic_0002',
    ]);
    expect(await count('reminders_sent', 'pushed = 1')).toBe(5);
    // Two months of days, twice each: slow on a busy machine.
  }, 60_000);

  it('drops a subscription the push service calls gone (410 / 404), keeps the others', async () => {
    await licence('lic_0003', 'active', '2026-04-10', null);
    const a = await loginApplicant('13900000001');
    const [gone, lost, fine] = [await newUserAgent(), await newUserAgent(), await newUserAgent()];
    await subscribe(a, 'https://push.test/s/gone', gone);
    await subscribe(a, 'https://push.test/s/lost', lost);
    await subscribe(a, 'https://push.test/s/fine', fine);
    push.status.set('https://push.test/s/gone', 410);
    push.status.set('https://push.test/s/lost', 404);
    expect(await sendDueReminders(envAt('2026-01-09'), '2026-01-09')).toHaveLength(1);
    const left = await env.DB.prepare('SELECT endpoint FROM push_subscriptions').all<{
      endpoint: string;
    }>();
    expect(left.results.map((r) => r.endpoint)).toEqual(['https://push.test/s/fine']);
    // The inbox and SMS still carried it.
    expect(await count('notifications', "template = 'renewal_60'")).toBe(1);
  });

  it('a cancelled licence and a done task remind of nothing', async () => {
    await licence('lic_0004', 'cancelled', '2026-04-10', null);
    await env.DB.prepare(
      `UPDATE inspection_tasks SET state = 'done', window_on = '2026-01-09' WHERE id = 'task_insp'`,
    ).run();
    expect(await sendDueReminders(envAt('2026-01-09'), '2026-01-09')).toEqual([]);
  });
});

describe('the Cron Trigger', () => {
  it('sends a reminder due today once, though the scheduled handler runs twice', async () => {
    const view = await (await call('/api/calendar')).json<CalendarView>();
    const cal = new WorkCalendar(view.years);
    // Expiring 35 working days after today: the 35-day reminder is due today (or was, on the
    // last working day, when today is a day off).
    await licence('lic_0005', 'active', cal.addWorkingDays(todayMinus(0), 35), null);
    for (let i = 0; i < 2; i++) {
      const ctx = createExecutionContext();
      worker.scheduled(createScheduledController({ cron: '*/10 * * * *' }), env, ctx);
      await waitOnExecutionContext(ctx);
    }
    expect(await count('reminders_sent', "kind = 'renewal_35'")).toBe(1);
    expect(await count('notifications', "template = 'renewal_35'")).toBe(1);
  });
});
