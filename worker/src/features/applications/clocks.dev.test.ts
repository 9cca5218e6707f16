/**
 * The statutory clocks on the app's own today, run by the `dev@…` projects at the real date and
 * with the clock pinned (XUKE_TODAY) where calendars break: the eve of the Spring Festival, a
 * 调休 Saturday, 31 December. Every expectation is derived from the calendar and the today the
 * worker reports, plus fixed answers for the pinned dates.
 */
import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationDetail, Page, QueueItem } from '../../../core/api';
import { WorkCalendar, countedWithoutHolidays, type CalendarView } from '../../../core/calendar';
import { correctionDeadline, decisionDeadline } from '../../../core/clocks';
import { addCalendarDays, todayInChina, yearOf } from '../../../core/dates';
import worker from '../../index';
import { GRID, LAT, LNG, setGrid, submit } from '../../../test/cases';
import { call, loginApplicant, loginStaff, seedWorld, type Seeded } from '../../../test/fixtures';

/** Fixed answers where the pinned dates are chosen to bite. */
const EXPECTED: Record<string, { correctionDeadline: string; missingYears: number[] }> = {
  // A holiday: counting starts after the Festival; Saturday 28 Feb is a make-up working day.
  '2026-02-16': { correctionDeadline: '2026-02-28', missingYears: [] },
  // A working Saturday (调休): the next working day is only after the Festival.
  '2026-02-14': { correctionDeadline: '2026-02-28', missingYears: [] },
  // No 2027 schedule: weekends only, and the app must say the deadline is an estimate.
  '2026-12-31': { correctionDeadline: '2027-01-07', missingYears: [2027] },
};

let w: Seeded;
let view: CalendarView;
let cal: WorkCalendar;

beforeEach(async () => {
  w = await seedWorld();
  view = await (await call('/api/calendar')).json<CalendarView>();
  cal = new WorkCalendar(view.years);
});

async function runCron(): Promise<void> {
  const ctx = createExecutionContext();
  worker.scheduled(createScheduledController({ cron: '*/10 * * * *' }), env, ctx);
  await waitOnExecutionContext(ctx);
}

async function insertCase(id: string, submittedOn: string): Promise<void> {
  await env.DB.prepare(
    `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, form_json,
       submitted_on, deadline)
     VALUES (?, ?, 'apl_a', '370702', 'renewal', 'submitted', '{}', ?, ?)`,
  )
    .bind(id, `XK${id.toUpperCase()}`, submittedOn, correctionDeadline(submittedOn, cal))
    .run();
}

const statusOf = async (id: string) =>
  (await env.DB.prepare('SELECT status, accepted_on, deadline FROM applications WHERE id = ?')
    .bind(id)
    .first<{ status: string; accepted_on: string | null; deadline: string }>()) ?? null;

describe(`statutory clocks on the app's today`, () => {
  it('reports the pinned date, or the real date in China when nothing is pinned', () => {
    expect(view.today).toBe(env.XUKE_TODAY || todayInChina(new Date()));
    const fixed = EXPECTED[view.today];
    if (fixed) expect(view.missingYears).toEqual(fixed.missingYears);
  });

  it('gives a submission today its 5-working-day correction deadline, flagged when estimated', async () => {
    await setGrid(10, 2);
    const a = await loginApplicant('13900000001');
    const res = await submit(a, w.idNumberA);
    expect(res.status).toBe(201);
    const { application } = await res.json<{ application: ApplicationDetail }>();
    const deadline = correctionDeadline(view.today, cal);
    expect(application.deadline).toBe(deadline);
    expect(application.workingDaysLeft).toBe(5);
    expect(application.clock).toBe('green');
    expect(application.deadlineEstimated).toBe(countedWithoutHolidays(cal, view.today, deadline));
    const fixed = EXPECTED[view.today];
    if (fixed) {
      expect(application.deadline).toBe(fixed.correctionDeadline);
      expect(application.deadlineEstimated).toBe(fixed.missingYears.length > 0);
    }
  });

  it('colours the queue: due today yellow, missed yesterday red, later green', async () => {
    const rows: [string, string][] = [
      [w.appA, view.today],
      [w.appB, addCalendarDays(view.today, -1)],
      [w.appInspection, cal.addWorkingDays(view.today, 3)],
    ];
    for (const [id, deadline] of rows) {
      await env.DB.prepare('UPDATE applications SET deadline = ? WHERE id = ?')
        .bind(deadline, id)
        .run();
    }
    const approver = await loginStaff('approver');
    const page = await (
      await call('/api/applications?status=open', { cookie: approver })
    ).json<Page<QueueItem>>();
    const clock = (id: string) => page.items.find((i) => i.id === id)?.clock;
    expect([clock(w.appA), clock(w.appB), clock(w.appInspection)]).toEqual([
      'yellow',
      'red',
      'green',
    ]);
  });

  it('the clock runner deems accepted only the cases whose correction window has closed', async () => {
    // Window closed: its 5th working day is before today, whatever kind of day today is.
    const closed = cal.subtractWorkingDays(view.today, 6);
    // Window still open: its 5th working day is after today.
    const open = cal.subtractWorkingDays(view.today, 4);
    await insertCase('clk_closed', closed);
    await insertCase('clk_open', open);
    await runCron();
    expect(await statusOf('clk_closed')).toEqual({
      status: 'accepted',
      accepted_on: closed,
      deadline: decisionDeadline(closed, false, cal),
    });
    expect((await statusOf('clk_open'))?.status).toBe('submitted');
  });

  it('the clock runner expires licences after their last day, not on it', async () => {
    await setGrid(10, 2);
    const insert = (n: number, expiresOn: string) =>
      env.DB.batch([
        env.DB.prepare(
          `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
           VALUES (?, '370702', '测试路', ?, ?, ?, ?)`,
        ).bind(`pr_${n}`, LAT + n * 0.001, LNG, GRID, GRID),
        env.DB.prepare(
          `INSERT INTO licences (id, number, holder_applicant_id, holder_name, shop_name,
             premises_id, jurisdiction_code, status, issued_on, expires_on)
           VALUES (?, ?, 'apl_a', '王建国', '测试店', ?, '370702', 'active', ?, ?)`,
        ).bind(
          `lic_${n}`,
          `3707022022${String(n).padStart(5, '0')}`,
          `pr_${n}`,
          addCalendarDays(expiresOn, -1826),
          expiresOn,
        ),
      ]);
    await insert(1, addCalendarDays(view.today, -1));
    await insert(2, view.today);
    await runCron();
    const status = async (id: string) =>
      (
        await env.DB.prepare('SELECT status FROM licences WHERE id = ?')
          .bind(id)
          .first<{ status: string }>()
      )?.status;
    expect([await status('lic_1'), await status('lic_2')]).toEqual(['expired', 'active']);
  });

  it('names the years without holiday data until an admin enters them', async () => {
    const next = yearOf(view.today) + 1;
    const admin = await loginStaff('admin');
    const res = await call(`/api/calendar/years/${next}`, {
      method: 'PUT',
      cookie: admin,
      body: {
        year: next,
        holidays: [`${next}-01-01`],
        makeup_workdays: [],
        source: '国务院办公厅通知（测试）',
      },
    });
    expect(res.status).toBe(200);
    const after = await (await call('/api/calendar')).json<CalendarView>();
    expect(after.missingYears).not.toContain(next);
    expect(after.years.map((y) => y.year)).toContain(next);
  });
});
