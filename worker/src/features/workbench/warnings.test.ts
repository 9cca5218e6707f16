/**
 * 预警 counts and pages honestly: a county with more red cases than a page holds says how many
 * there are (the same number 分析 gives), and an inspector's warnings are their own cases.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { call, loginStaff, seedWorld, todayMinus, type Seeded } from '../../../test/fixtures';

interface WarningsPage {
  items: { id: string; clock: string; deadline: string; county: { code: string } }[];
  total: number;
  page: number;
  pageSize: number;
  counts: { red: number; yellow: number };
}

async function warnings(cookie: string, query = ''): Promise<WarningsPage> {
  const res = await call(`/api/warnings${query}`, { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json<WarningsPage>();
}

/** `n` open cases of a county, each due `daysAgo` days before today (negative: ahead). */
async function cases(prefix: string, county: string, n: number, daysAgo: number) {
  const rows = Array.from({ length: n }, (_, i) =>
    env.DB.prepare(
      `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status,
         shop_name, submitted_on, accepted_on, deadline)
       VALUES (?, ?, 'apl_a', ?, 'renewal', 'accepted', '预警测试店', ?, ?, ?)`,
    ).bind(
      `${prefix}_${i}`,
      `XKW${prefix}${String(i).padStart(4, '0')}`,
      county,
      todayMinus(40),
      todayMinus(30),
      todayMinus(daysAgo + (i % 5)),
    ),
  );
  await env.DB.batch(rows);
}

let w: Seeded;

beforeEach(async () => {
  w = await seedWorld();
});

describe('预警', () => {
  it('counts every red and yellow case of a county with more than one page', async () => {
    await cases('red', '370702', 61, 3); // 3–7 days overdue
    await cases('due', '370702', 4, 0);
    await env.DB.prepare(
      `UPDATE applications SET deadline = ? WHERE id IN ('due_1', 'due_2', 'due_3', 'due_0')`,
    )
      .bind(todayMinus(0))
      .run();
    await cases('kw', '370705', 7, 2); // another county
    await cases('green', '370702', 5, -20);

    const clerk = await loginStaff('clerk');
    const first = await warnings(clerk);
    expect(first.counts).toEqual({ red: 61, yellow: 4 });
    expect(first.total).toBe(65);
    expect(first.pageSize).toBe(50);
    expect(first.items).toHaveLength(50);
    expect(first.items.every((i) => i.county.code === '370702')).toBe(true);
    // Most overdue first.
    const deadlines = first.items.map((i) => i.deadline);
    expect([...deadlines].sort()).toEqual(deadlines);
    const second = await warnings(clerk, '?page=2');
    expect(second.items).toHaveLength(15);
    expect(second.items.filter((i) => i.clock === 'yellow')).toHaveLength(4);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(65);

    // One colour at a time; the counts stay those of the whole scope.
    const red = await warnings(clerk, '?level=red&pageSize=100');
    expect(red.total).toBe(61);
    expect(red.items.every((i) => i.clock === 'red')).toBe(true);
    expect(red.counts).toEqual({ red: 61, yellow: 4 });
    expect((await warnings(clerk, '?level=yellow')).total).toBe(4);

    // 分析 says the same for the same scope.
    const stats = await (await call('/api/stats', { cookie: clerk })).json<{ overdue: number }>();
    expect(stats.overdue).toBe(61);

    // A city-wide approver: both counties, or one.
    const approver = await loginStaff('approver');
    expect((await warnings(approver)).counts).toEqual({ red: 68, yellow: 4 });
    expect((await warnings(approver, '?county=370702')).counts).toEqual({ red: 61, yellow: 4 });
    // A county outside one's scope is empty, never someone else's.
    expect((await warnings(clerk, '?county=370705')).total).toBe(0);
  });

  it('shows an inspector the cases assigned to them, with their deadlines', async () => {
    await cases('red', '370702', 3, 2);
    await env.DB.batch([
      env.DB.prepare(`UPDATE applications SET deadline = ? WHERE id = ?`).bind(
        todayMinus(1),
        w.appInspection,
      ),
      env.DB.prepare(
        `UPDATE applications SET status = 'inspection', deadline = ? WHERE id = 'red_0'`,
      ).bind(todayMinus(0)),
      env.DB.prepare(
        `INSERT INTO case_inspectors (application_id, staff_id, position)
         VALUES ('red_0', 'stf_inspector', 1), ('red_0', 'stf_inspector2', 2)`,
      ),
    ]);
    const inspector = await loginStaff('inspector');
    const mine = await warnings(inspector);
    expect(mine.items.map((i) => i.id).sort()).toEqual([w.appInspection, 'red_0'].sort());
    expect(mine.counts).toEqual({ red: 1, yellow: 1 });
    expect(mine.items.find((i) => i.id === w.appInspection)?.clock).toBe('red');
    // The clerk of the county sees all of them.
    const clerk = await loginStaff('clerk');
    expect((await warnings(clerk)).counts).toEqual({ red: 3, yellow: 1 });
  });
});
