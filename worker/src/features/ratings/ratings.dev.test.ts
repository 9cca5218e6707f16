/**
 * The rating window and the one reminder on the app's own today: run by the `dev@…` projects
 * at the real date and pinned (XUKE_TODAY) to the eve of the Spring Festival, a 调休 working
 * Saturday and 31 December, so the five working days are counted across the holiday and the
 * make-up day exactly as the calendar says. Every date is derived from that today.
 */
import { env, exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../../core/calendar';
import { addCalendarDays } from '../../../core/dates';
import { ratingDeadline, reminderDue } from '../../../core/ratings';
import type { RateableCase } from '../../../core/ratings-api';
import { appToday } from '../../lib/clock';
import { call, count, seedWorld, WEICHENG } from '../../../test/fixtures';
import { finishedCase, ratingBody } from '../../../test/ratings';
import { sessions } from '../../../test/world';
import { remindToRate } from './ratings.reminders';

const cal = defaultCalendar();
/** The worker's own handler, as the runtime's Cron Trigger calls it. */
const worker = exports.default as unknown as {
  scheduled(o: { scheduledTime: number; cron: string }): Promise<unknown>;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let today: string;
let cookieA: string;

beforeEach(async () => {
  await seedWorld();
  cookieA = (await sessions()).applicantA as string;
  today = appToday(env);
});

describe('the window of 5 working days on the app’s today', () => {
  it('is open on the 5th working day after the end and closed after it', async () => {
    const fifth = cal.subtractWorkingDays(today, 5);
    const sixth = cal.subtractWorkingDays(today, 6);
    expect(ratingDeadline(cal, fifth) >= today).toBe(true);
    await finishedCase('in_time', 'apl_a', WEICHENG, 'delivered', fifth);
    await finishedCase('too_late', 'apl_a', WEICHENG, 'refused', sixth);
    const list = await call('/api/my/ratings', { cookie: cookieA });
    const items = (await list.json<{ items: RateableCase[] }>()).items;
    const state = Object.fromEntries(items.map((i) => [i.applicationId, i.state]));
    expect(state).toEqual({ in_time: 'open', too_late: 'unrated' });
    expect(items.find((i) => i.applicationId === 'in_time')?.deadline).toBe(
      cal.addWorkingDays(fifth, 5),
    );
    const ok = await call('/api/my/ratings/in_time', {
      cookie: cookieA,
      body: ratingBody('basic'),
    });
    expect(ok.status, await ok.clone().text()).toBe(201);
    const late = await call('/api/my/ratings/too_late', {
      cookie: cookieA,
      body: ratingBody('basic'),
    });
    expect(late.status).toBe(409);
    expect(await count('ratings')).toBe(1);
  });
});

describe('the one reminder to rate', () => {
  it('goes once, three working days in, even when the cron runs twice (and twice at once)', async () => {
    // The latest end whose reminder is due today (on a holiday, the one before the break).
    let ended = today;
    while (!reminderDue(cal, today, ended)) ended = addCalendarDays(ended, -1);
    await finishedCase('remind', 'apl_a', WEICHENG, 'delivered', ended);
    await finishedCase('early', 'apl_a', WEICHENG, 'delivered', today);
    await finishedCase('rated', 'apl_a', WEICHENG, 'refused', cal.subtractWorkingDays(today, 4));
    await call('/api/my/ratings/rated', { cookie: cookieA, body: ratingBody('satisfied') });
    // The worker's own Cron Trigger, twice.
    const cron = { scheduledTime: Date.now(), cron: '*/10 * * * *' };
    await worker.scheduled(cron);
    await worker.scheduled(cron);
    // The handler's jobs run in waitUntil: give them a moment to finish.
    for (let i = 0; i < 50 && (await count('rating_reminders')) === 0; i++) await sleep(100);
    expect(await count('rating_reminders')).toBe(1);
    await Promise.all([remindToRate(env), remindToRate(env)]);
    expect(await count('notifications', "template = 'rating_reminder'")).toBe(1);
    expect(
      await count('notifications', "template = 'rating_reminder' AND application_id = 'remind'"),
    ).toBe(1);
    expect(await count('rating_reminders')).toBe(1);
    // Its SMS went once too (the local SMS outbox).
    expect(await count('sms_outbox', "text LIKE '%请在%评价%' OR text LIKE '%欢迎%评价%'")).toBe(1);
  });
});
