/**
 * 好差评 through the API: one rating per finished case, only the applicant's own, a bad rating's
 * follow-up with its clock, the reply (never by another county), the 整改 answer, who sees the
 * rater, and the anonymous statistics.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FollowUpList, RatingStatsAnswer, RateableCase } from '../../../core/ratings-api';
import { defaultCalendar } from '../../../core/calendar';
import { appToday } from '../../lib/clock';
import { call, count, KUIWEN, WEICHENG } from '../../../test/fixtures';
import { upload } from '../../../test/cases';
import { finishedCase, ratingBody } from '../../../test/ratings';
import { stateDigest } from '../../../test/state';
import { sessions } from '../../../test/world';
import { seedWorld } from '../../../test/fixtures';

const cal = defaultCalendar();
let today: string;
let s: Awaited<ReturnType<typeof sessions>>;

const rate = (id: string, body: unknown, cookie = s.applicantA) =>
  call(`/api/my/ratings/${id}`, { cookie, body });
const mine = async (cookie = s.applicantA) => {
  const res = await call('/api/my/ratings', { cookie });
  expect(res.status).toBe(200);
  return (await res.json<{ items: RateableCase[] }>()).items;
};
const code = async (res: Response) => (await res.json<{ error: { code: string } }>()).error.code;

beforeEach(async () => {
  await seedWorld();
  s = await sessions();
  today = appToday(env);
  await finishedCase('done_a', 'apl_a', WEICHENG, 'refused', cal.subtractWorkingDays(today, 1));
  await finishedCase('late_a', 'apl_a', WEICHENG, 'delivered', cal.subtractWorkingDays(today, 6));
  await finishedCase('done_b', 'apl_b', KUIWEN, 'delivered', cal.subtractWorkingDays(today, 1));
  await finishedCase('open_a', 'apl_a', WEICHENG, 'approved', cal.subtractWorkingDays(today, 1));
});

describe('rating a finished case', () => {
  it('lists the applicant’s finished cases with their window; a good rating opens nothing', async () => {
    const items = await mine();
    expect(items.map((i) => [i.applicationId, i.state]).sort()).toEqual([
      ['done_a', 'open'],
      ['late_a', 'unrated'],
    ]);
    const res = await rate('done_a', ratingBody('satisfied', { comment: '办理很快' }));
    expect(res.status, await res.clone().text()).toBe(201);
    const { item } = await res.json<{ item: RateableCase }>();
    expect(item.state).toBe('rated');
    expect(item.rating?.overall).toBe('satisfied');
    expect(item.rating?.followUp).toBeNull();
    expect(await count('rating_follow_ups')).toBe(0);
    expect(
      await count(
        'rating_platform_outbox',
        "rating_id = ? AND provider = 'local'",
        item.rating?.id,
      ),
    ).toBe(1);
  });

  it('once per case: a second rating is refused, a retried one answers the first', async () => {
    const body = ratingBody('very_satisfied');
    expect((await rate('done_a', body)).status).toBe(201);
    const again = await rate('done_a', body);
    expect(again.status).toBe(201);
    const before = await stateDigest();
    const second = await rate('done_a', ratingBody('dissatisfied'));
    expect(second.status).toBe(409);
    expect(await code(second)).toBe('RATING_EXISTS');
    expect(await stateDigest()).toBe(before);
    expect(await count('ratings')).toBe(1);
  });

  it('refuses after the window, before the end, and someone else’s case — changing nothing', async () => {
    const before = await stateDigest();
    const late = await rate('late_a', ratingBody('satisfied'));
    expect([late.status, await code(late)]).toEqual([409, 'RATING_WINDOW_CLOSED']);
    const open = await rate('open_a', ratingBody('satisfied'));
    expect([open.status, await code(open)]).toEqual([409, 'RATING_NOT_FINISHED']);
    const other = await rate('done_b', ratingBody('satisfied'));
    expect(other.status).toBe(404);
    const staff = await rate('done_a', ratingBody('satisfied'), s.clerk);
    expect(staff.status).toBe(403);
    expect(await stateDigest()).toBe(before);
  });

  it('takes the applicant’s own unused image as its photo, and nothing else', async () => {
    const photo = await upload(s.applicantA as string, 'ratingPhoto');
    const wrongKind = await upload(s.applicantA as string, 'supporting');
    const bad = await rate('done_a', ratingBody('basic', { attachmentId: wrongKind }));
    expect([bad.status, await code(bad)]).toEqual([422, 'RATING_PHOTO_INVALID']);
    const res = await rate('done_a', ratingBody('basic', { attachmentId: photo }));
    expect(res.status).toBe(201);
    const att = await env.DB.prepare('SELECT application_id FROM attachments WHERE id = ?')
      .bind(photo)
      .first<{ application_id: string }>();
    expect(att?.application_id).toBe('done_a');
    // The case's clerk may now open it with the case.
    expect((await call(`/api/attachments/${photo}`, { cookie: s.clerk })).status).toBe(200);
  });
});

describe('the follow-up of a bad rating', () => {
  async function badRating(): Promise<string> {
    const res = await rate('done_a', ratingBody('very_dissatisfied', { comment: '窗口态度差' }));
    expect(res.status).toBe(201);
    return (await res.json<{ item: RateableCase }>()).item.rating?.id as string;
  }

  it('opens for the case’s county, due in 5 working days, with the rater named to its clerks', async () => {
    const id = await badRating();
    const row = await env.DB.prepare(
      'SELECT opened_on, due_on FROM rating_follow_ups WHERE rating_id = ?',
    )
      .bind(id)
      .first<{ opened_on: string; due_on: string }>();
    expect(row).toEqual({ opened_on: today, due_on: cal.addWorkingDays(today, 5) });
    const list = await call('/api/ratings/follow-ups', { cookie: s.clerk });
    const body = await list.json<FollowUpList>();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]?.rating.rater).toEqual({ name: '王建国', phone: '139****0001' });
    expect(body.counts).toEqual({ open: 1, late: 0 });
    // Another county's clerk sees none of it.
    const other = await call('/api/ratings/follow-ups', { cookie: s.clerkKuiwen });
    expect((await other.json<FollowUpList>()).items).toHaveLength(0);
  });

  it('shows the rating anonymously to whoever does not handle it', async () => {
    await badRating();
    const asClerk = await call('/api/ratings/cases/done_a', { cookie: s.clerk });
    const clerkView = await asClerk.json<{ rating: { rater: unknown }; mayReply: boolean }>();
    expect(clerkView.rating.rater).not.toBeNull();
    expect(clerkView.mayReply).toBe(true);
    const asAdmin = await call('/api/ratings/cases/done_a', { cookie: s.admin });
    const adminView = await asAdmin.json<{ rating: { rater: unknown }; mayReply: boolean }>();
    expect(adminView.rating.rater).toBeNull();
    expect(adminView.mayReply).toBe(false);
    expect(JSON.stringify(adminView)).not.toContain('王建国');
    expect((await call('/api/ratings/cases/done_a', { cookie: s.clerkKuiwen })).status).toBe(404);
  });

  it('a clerk of another county cannot reply: a clear error, nothing changes', async () => {
    const id = await badRating();
    const before = await stateDigest();
    const res = await call(`/api/ratings/follow-ups/${id}/reply`, {
      cookie: s.clerkKuiwen,
      body: { reply: '已联系申请人并整改。' },
    });
    expect([res.status, await code(res)]).toEqual([403, 'FOLLOWUP_OTHER_UNIT']);
    expect(await stateDigest()).toBe(before);
  });

  it('the reply reaches the applicant (case and inbox), once; then they answer 整改 once', async () => {
    const id = await badRating();
    const early = await call('/api/my/ratings/done_a/resolution', {
      cookie: s.applicantA,
      body: { resolution: 'resolved' },
    });
    expect([early.status, await code(early)]).toEqual([409, 'FOLLOWUP_NOT_REPLIED']);
    const reply = { reply: '已电话联系您，窗口已整改服务态度，感谢监督。' };
    const res = await call(`/api/ratings/follow-ups/${id}/reply`, { cookie: s.clerk, body: reply });
    expect(res.status, await res.clone().text()).toBe(200);
    const twice = await call(`/api/ratings/follow-ups/${id}/reply`, {
      cookie: s.approver,
      body: reply,
    });
    expect([twice.status, await code(twice)]).toEqual([409, 'FOLLOWUP_REPLIED']);
    expect(
      await count('notifications', "template = 'rating_reply' AND applicant_id = 'apl_a'"),
    ).toBe(1);
    const seen = await call('/api/my/ratings/done_a', { cookie: s.applicantA });
    const { item } = await seen.json<{ item: RateableCase }>();
    expect(item.rating?.followUp?.reply).toBe(reply.reply);
    expect(item.rating?.followUp?.repliedBy).toBe('测试clerk');
    const answer = await call('/api/my/ratings/done_a/resolution', {
      cookie: s.applicantA,
      body: { resolution: 'not_resolved', comment: '仍未改进' },
    });
    expect(answer.status).toBe(200);
    const done = await answer.json<{ item: RateableCase }>();
    expect(done.item.rating?.followUp?.resolution).toBe('not_resolved');
    const again = await call('/api/my/ratings/done_a/resolution', {
      cookie: s.applicantA,
      body: { resolution: 'resolved' },
    });
    expect([again.status, await code(again)]).toEqual([409, 'RESOLUTION_EXISTS']);
  });

  it('a follow-up past its due day is late: flagged in the list, counts and statistics', async () => {
    const id = await badRating();
    await env.DB.prepare('UPDATE rating_follow_ups SET due_on = ? WHERE rating_id = ?')
      .bind(cal.subtractWorkingDays(today, 1), id)
      .run();
    const late = await call('/api/ratings/follow-ups?state=late', { cookie: s.approver });
    const body = await late.json<FollowUpList>();
    expect(body.items.map((i) => i.rating.followUp?.late)).toEqual([true]);
    expect(body.counts.late).toBe(1);
    const stats = await call('/api/ratings/stats', { cookie: s.approver });
    const st = await stats.json<RatingStatsAnswer>();
    expect(st.followUpsLateNow).toBe(1);
    expect(st.bad).toBe(1);
    // done_a rated, late_a's window closed unrated (never satisfied), done_b still open.
    expect([st.rated, st.unrated, st.open]).toEqual([1, 1, 1]);
    expect(st.satisfactionRate).toBe(0);
    expect(JSON.stringify(st)).not.toMatch(/王建国|13900000001|apl_a/);
    // The workbench's count flags it to the approver too; another county's clerk sees none.
    const bench = await call('/api/stats', { cookie: s.approver });
    expect((await bench.json<{ followUpsLate: number }>()).followUpsLate).toBe(1);
    const other = await call('/api/stats', { cookie: s.clerkKuiwen });
    expect((await other.json<{ followUpsLate: number }>()).followUpsLate).toBe(0);
  });
});
