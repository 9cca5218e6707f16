import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, nextStatus } from '../../../core/application-state';
import { defaultCalendar } from '../../../core/calendar';
import { appToday } from '../../lib/clock';
import { correctionDeadline, decisionDeadline } from '../../../core/clocks';
import { act, GRID, inspected, LAT, LNG, row, setGrid } from '../../../test/cases';
import { call, loginApplicant, loginStaff, seedWorld, type Seeded } from '../../../test/fixtures';
import { deemAcceptOverdue } from './deemed-acceptance';

let w: Seeded;
let a: string;
const today = appToday(env);

beforeEach(async () => {
  w = await seedWorld();
  a = await loginApplicant('13900000001');
});

describe('every transition over HTTP follows the state machine', () => {
  const staffBodies: Record<string, unknown>[] = [
    { action: 'accept' },
    { action: 'request_correction', items: ['材料不全'] },
    { action: 'require_inspection', inspectorIds: ['stf_inspector', 'stf_inspector2'] },
    { action: 'record_inspection', passed: true, notes: '现场与申报一致' },
    { action: 'approve' },
    { action: 'refuse', reasons: ['不符合条件'] },
    { action: 'deliver', method: 'post' },
  ];
  const staffCases = APPLICATION_STATUSES.filter((s) => s !== 'draft').flatMap((status) =>
    staffBodies.map((body) => [status, body] as const),
  );
  it.each(staffCases)('staff, from %s: %o', async (status, body) => {
    await setGrid(10, 2);
    await env.DB.prepare(
      `UPDATE applications SET status = ?, accepted_on = ?, submitted_on = ?, grid_id = ?,
         form_json = ?, lat = ?, lng = ? WHERE id = ?`,
    )
      .bind(
        status,
        today,
        today,
        GRID,
        JSON.stringify({ lat: LAT, lng: LNG, address: '胜利街1号' }),
        LAT,
        LNG,
        w.appA,
      )
      .run();
    await env.DB.prepare(
      `INSERT INTO case_inspectors (application_id, staff_id, position) VALUES (?, 'stf_inspector', 1)`,
    )
      .bind(w.appA)
      .run();
    await inspected(w.appA);
    // Whoever the access rule lets take the action: the inspector records, the approver the rest.
    const actor = await loginStaff(body.action === 'record_inspection' ? 'inspector' : 'approver');
    const res = await act(actor, w.appA, body);
    const expected = nextStatus(status, body.action as 'accept');
    expect(res.status).toBe(expected.ok ? 200 : 409);
    expect((await row(w.appA))?.status).toBe(expected.ok ? expected.to : status);
  });

  it.each(APPLICATION_STATUSES.map((s) => [s] as const))(
    'applicant withdraws from %s',
    async (status) => {
      await env.DB.prepare(`UPDATE applications SET status = ? WHERE id = ?`)
        .bind(status, w.appA)
        .run();
      const version = Number((await row(w.appA))?.version);
      const res = await call(`/api/my/applications/${w.appA}/actions`, {
        cookie: a,
        body: { action: 'withdraw', version, idempotencyKey: crypto.randomUUID() },
      });
      const expected = nextStatus(status, 'withdraw');
      expect(res.status).toBe(expected.ok ? 200 : 409);
      expect((await row(w.appA))?.status).toBe(expected.ok ? 'withdrawn' : status);
    },
  );
});

describe('statutory clocks', () => {
  it('deems a case accepted from receipt once the correction window passed (across National Day)', async () => {
    // Received 29 Sep: 5 working days are 30 Sep, 8, 9, 10 (调休 Saturday) and 12 Oct.
    expect(correctionDeadline('2026-09-29', defaultCalendar())).toBe('2026-10-12');
    await env.DB.prepare(
      `UPDATE applications SET submitted_on = '2026-09-29', deadline = '2026-10-12' WHERE id = ?`,
    )
      .bind(w.appA)
      .run();
    expect(await deemAcceptOverdue(env, new Date('2026-10-13T02:00:00Z'))).toBe(1);
    const r = await row(w.appA);
    expect(r).toMatchObject({ status: 'accepted', accepted_on: '2026-09-29' });
    expect(r?.deadline).toBe(decisionDeadline('2026-09-29', false, defaultCalendar()));
    const ev = await env.DB.prepare(
      `SELECT actor_kind, action FROM application_events WHERE application_id = ?`,
    )
      .bind(w.appA)
      .first();
    expect(ev).toEqual({ actor_kind: 'system', action: 'deem_accept' });
    expect(await deemAcceptOverdue(env, new Date('2026-10-13T02:00:00Z'))).toBe(0);
  });

  it('leaves a case alone on its deadline day', async () => {
    await env.DB.prepare(
      `UPDATE applications SET submitted_on = '2026-09-29', deadline = '2026-10-12' WHERE id = ?`,
    )
      .bind(w.appA)
      .run();
    expect(await deemAcceptOverdue(env, new Date('2026-10-12T08:00:00Z'))).toBe(0);
  });
});
