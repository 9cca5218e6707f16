import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Env } from '../../env';
import { call, count, loginApplicant, seedWorld, todayMinus } from '../../../test/fixtures';
import { GRID, LAT, LNG, setGrid } from '../../../test/cases';
import { cancelUnresumed } from './licence-lapse';

const today = todayMinus(0);

/** A suspended licence of applicant apl_a in the test grid, suspended until `until`. */
async function suspended(n: number, until: string): Promise<string> {
  const id = `lic_${n}`;
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id)
       VALUES (?, '370702', '测试路', ?, ?, ?, ?)`,
    ).bind(`pr_${n}`, LAT + n * 0.001, LNG, GRID, GRID),
    env.DB.prepare(
      `INSERT INTO licences (id, number, holder_applicant_id, holder_name, shop_name, premises_id,
         jurisdiction_code, status, issued_on, expires_on, suspended_from, suspended_until)
       VALUES (?, ?, 'apl_a', '王建国', ?, ?, '370702', 'suspended', '2024-01-01', '2029-01-01',
         '2026-01-01', ?)`,
    ).bind(id, `3707022024${String(n).padStart(5, '0')}`, `店${n}`, `pr_${n}`, until),
  ]);
  return id;
}

const statusOf = async (id: string) =>
  (
    await env.DB.prepare('SELECT status FROM licences WHERE id = ?')
      .bind(id)
      .first<{ status: string }>()
  )?.status;
const gridCount = async () =>
  (
    await env.DB.prepare('SELECT retailer_count AS n FROM grids WHERE id = ?')
      .bind(GRID)
      .first<{ n: number }>()
  )?.n;

beforeEach(async () => {
  await seedWorld();
  await setGrid(10, 3);
});

describe('停业期满未恢复营业: lapsed suspensions are cancelled', () => {
  it('cancels once, leaves the grid count, tells the holder, audits the system act', async () => {
    const lapsed = await suspended(1, todayMinus(1));
    const running = await suspended(2, today); // its last day is today: not yet lapsed
    const resuming = await suspended(3, todayMinus(2));
    await env.DB.prepare(
      `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, form_json,
         submitted_on, deadline, licence_id)
       VALUES ('app_resume', 'XKRESUME0001', 'apl_a', '370702', 'resume', 'submitted', '{}', ?,
         '2099-01-01', ?)`,
    )
      .bind(todayMinus(3), resuming)
      .run();

    const grids = await cancelUnresumed(env as unknown as Env, today);
    expect(grids).toEqual([GRID]);
    expect(await statusOf(lapsed)).toBe('cancelled');
    expect(await statusOf(running)).toBe('suspended');
    expect(await statusOf(resuming)).toBe('suspended'); // the open resume case decides
    expect(await gridCount()).toBe(2);
    expect(
      await count('audit_log', "event = 'licence_cancelled_unresumed' AND subject_id = ?", lapsed),
    ).toBe(1);

    // A second run changes nothing.
    expect(await cancelUnresumed(env as unknown as Env, today)).toEqual([]);
    expect(await gridCount()).toBe(2);

    const a = await loginApplicant('13900000001');
    const inbox = await (
      await call('/api/my/notifications', { cookie: a })
    ).json<{ items: { template: string; title: string; body: string }[] }>();
    const notes = inbox.items.filter((i) => i.template === 'licence_cancelled');
    expect(notes).toHaveLength(1);
    expect(JSON.stringify(notes[0])).toContain('370702202400001');
    expect(JSON.stringify(notes[0])).toContain('复议');
    expect(
      await count('sms_outbox', "phone = '13900000001' AND text LIKE '%370702202400001%'"),
    ).toBe(1);
  });
});
