/**
 * 终止办理 and its rating on the app's own today: run by the `dev@…` projects at the real date
 * and pinned (XUKE_TODAY) to the eve of the Spring Festival, a 调休 working Saturday and
 * 31 December. The case ends on the termination day; its window is 5 working days on the
 * calendar, and the one reminder goes once, three working days in, as for any finished case.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../../core/calendar';
import { addCalendarDays } from '../../../core/dates';
import { ratingDeadline, reminderDue } from '../../../core/ratings';
import type { RateableCase } from '../../../core/ratings-api';
import { appToday } from '../../lib/clock';
import { act } from '../../../test/cases';
import { call, count, seedWorld, WEICHENG } from '../../../test/fixtures';
import { finishedCase } from '../../../test/ratings';
import { sessions } from '../../../test/world';
import { remindToRate } from '../ratings/ratings.reminders';

const cal = defaultCalendar();
let today: string;
let s: Awaited<ReturnType<typeof sessions>>;

beforeEach(async () => {
  await seedWorld();
  s = await sessions();
  today = appToday(env);
});

describe('a case terminated today', () => {
  it('ends today and may be rated until the 5th working day after, holidays skipped', async () => {
    const res = await act(s.approver ?? '', 'app_a', {
      action: 'terminate',
      ground: 'applicant_request',
      reason: '申请人来电表示不再经营',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const list = await call('/api/my/ratings', { cookie: s.applicantA });
    const item = (await list.json<{ items: RateableCase[] }>()).items.find(
      (i) => i.applicationId === 'app_a',
    );
    expect(item).toMatchObject({ endedOn: today, state: 'open' });
    expect(item?.deadline).toBe(ratingDeadline(cal, today));
    expect(cal.workingDaysBetween(today, item?.deadline ?? today)).toBe(5);
  });
});

describe('the one reminder for a terminated case', () => {
  it('goes once, three working days in, however often the job runs', async () => {
    let ended = today;
    while (!reminderDue(cal, today, ended)) ended = addCalendarDays(ended, -1);
    await finishedCase('term_remind', 'apl_a', WEICHENG, 'terminated', ended);
    await finishedCase('term_fresh', 'apl_a', WEICHENG, 'terminated', today);
    expect(await remindToRate(env)).toBe(1);
    await Promise.all([remindToRate(env), remindToRate(env)]);
    expect(
      await count(
        'notifications',
        "template = 'rating_reminder' AND application_id = 'term_remind'",
      ),
    ).toBe(1);
    expect(await count('notifications', "template = 'rating_reminder'")).toBe(1);
  });
});
