/**
 * The timestamps grid and SMS writes leave come from the app's clock, like every other write:
 * run by the `dev@…` projects at the real date and pinned (XUKE_TODAY) to the eve of the Spring
 * Festival, a 调休 working Saturday and 31 December, each stamp falls on the app's today.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { todayInChina } from '../../../core/dates';
import { smsSender } from '../../adapters/sms/sms';
import { appToday } from '../../lib/clock';
import { GRID, setGrid } from '../../../test/cases';
import { call, seedWorld } from '../../../test/fixtures';
import { sessions } from '../../../test/world';

let s: Awaited<ReturnType<typeof sessions>>;

beforeEach(async () => {
  await seedWorld();
  s = await sessions();
});

/** The China date of a stored ISO timestamp. */
const dayOf = (iso: string | null | undefined) => (iso ? todayInChina(new Date(iso)) : null);

describe("writes stamped with the app's clock", () => {
  it('a repaired count and a capacity override carry the app’s today', async () => {
    await setGrid(10, 7); // no licence there: the repair sets the count back to what the register says
    await env.DB.prepare(`UPDATE grids SET updated_at = '2000-01-01T00:00:00.000Z'`).run();
    const repaired = await call('/api/grids/repair-counts', { cookie: s.admin, body: {} });
    expect(repaired.status, await repaired.clone().text()).toBe(200);
    expect((await repaired.json<{ changed: string[] }>()).changed).toContain(GRID);
    const stamp = async () =>
      (
        await env.DB.prepare('SELECT updated_at FROM grids WHERE id = ?')
          .bind(GRID)
          .first<{ updated_at: string }>()
      )?.updated_at;
    expect(dayOf(await stamp())).toBe(appToday(env));

    await env.DB.prepare(`UPDATE grids SET updated_at = '2000-01-01T00:00:00.000Z'`).run();
    const override = await call(`/api/grids/${GRID}/override`, {
      cookie: s.admin,
      method: 'PUT',
      body: { capacity: 4, reason: '学校周边，收紧布局' },
    });
    expect(override.status, await override.clone().text()).toBe(200);
    expect(dayOf(await stamp())).toBe(appToday(env));
  });

  it('an SMS lands in the local outbox on the app’s today', async () => {
    await smsSender(env).send('13900000009', '测试短信');
    const row = await env.DB.prepare(`SELECT created_at FROM sms_outbox WHERE phone = ?`)
      .bind('13900000009')
      .first<{ created_at: string }>();
    expect(dayOf(row?.created_at)).toBe(appToday(env));
  });
});
