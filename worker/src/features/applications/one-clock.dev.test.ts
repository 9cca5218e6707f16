/**
 * One clock: what the worker writes is dated by the app's clock (lib/clock.ts), never by the
 * database's own 'now', which is the real time. Run by the `dev@…` projects on the real today and
 * with the clock pinned (XUKE_TODAY), where a real-time stamp lands months away from the app's
 * today: a case "created" after it was submitted, a check arranged in the app's future.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { todayInChina } from '../../../core/dates';
import { act, setGrid, submit } from '../../../test/cases';
import { call, loginApplicant, loginStaff, seedWorld, type Seeded } from '../../../test/fixtures';

let w: Seeded;
let today: string;

beforeEach(async () => {
  w = await seedWorld();
  today = (await (await call('/api/calendar')).json<{ today: string }>()).today;
});

/** The China day of a stored timestamp. */
const dayOf = (iso: string | null | undefined) => (iso ? todayInChina(new Date(iso)) : null);

async function stamps(sql: string, ...params: unknown[]): Promise<(string | null)[]> {
  const rows = await env.DB.prepare(sql)
    .bind(...params)
    .all<{ at: string | null }>();
  return rows.results.map((r) => dayOf(r.at));
}

describe('one clock for everything the worker writes', () => {
  it('dates a case, its history, a draft, its check and a new sign-in on the app’s today', async () => {
    await setGrid(10, 2);
    const a = await loginApplicant('13900000001');
    const res = await submit(a, w.idNumberA);
    expect(res.status).toBe(201);
    const { application } = await res.json<{ application: { id: string } }>();
    const draft = await call('/api/my/applications', {
      cookie: a,
      body: { type: 'new', form: { shopName: '还没想好的店' } },
    });
    expect(draft.status).toBe(201);
    const clerk = await loginStaff('clerk');
    expect((await act(clerk, application.id, { action: 'accept' })).status).toBe(200);
    const arrange = {
      action: 'require_inspection',
      inspectorIds: ['stf_inspector', 'stf_inspector2'],
    };
    expect((await act(clerk, application.id, arrange)).status).toBe(200);
    await loginApplicant('13900000077');

    const draftId = (await draft.json<{ application: { id: string } }>()).application.id;
    expect(
      await stamps(
        `SELECT created_at AS at FROM applications WHERE id = ?
         UNION ALL SELECT created_at FROM applications WHERE id = ?
         UNION ALL SELECT created_at FROM inspection_tasks WHERE application_id = ?
         UNION ALL SELECT created_at FROM applicants WHERE phone = '13900000077'
         UNION ALL SELECT MAX(created_at) FROM sessions`,
        application.id,
        draftId,
        application.id,
      ),
    ).toEqual([today, today, today, today, today]);
    // The history, in the order it lists: created, then submitted, accepted, check arranged.
    const events = await env.DB.prepare(
      'SELECT action, at FROM application_events WHERE application_id = ? ORDER BY at, id',
    )
      .bind(application.id)
      .all<{ action: string; at: string }>();
    expect(events.results.map((e) => e.action)).toEqual([
      'create',
      'submit',
      'accept',
      'require_inspection',
    ]);
    expect(events.results.map((e) => dayOf(e.at))).toEqual([today, today, today, today]);
  });
});
