/**
 * 跨系统查询's ranking from the index (search.rank.ts): each index row carries its licence's
 * status, number and county (an applicant's name), and the triggers keep them in step with every
 * write, so the order and scope of an answer follow status changes, moves between counties,
 * renumbering and renames; the record group follows imports and removals.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { SEARCH_GROUP_LIMIT, type SearchAnswer } from '../../../core/search-api';
import { KUIWEN, WEICHENG, call, loginStaff, seedWorld } from '../../../test/fixtures';
import { LICENCES, row, seedLicences } from '../../../test/licence-records';

async function run(sql: string, ...params: unknown[]) {
  await env.DB.prepare(sql)
    .bind(...params)
    .run();
}

async function ids(cookie: string, q: string, kind: string): Promise<string[]> {
  const res = await call(`/api/search?q=${encodeURIComponent(q)}`, { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  const answer = await res.json<SearchAnswer>();
  const items = answer.groups.find((g) => g.kind === kind)?.items ?? [];
  return kind === 'record'
    ? items.map((i) => i.href.replace('/licences/', ''))
    : items.map((i) => i.id);
}

/** Index rows whose rank columns differ from the rows they were taken from (0 when in step). */
async function outOfStep(): Promise<number> {
  const res = await env.DB.prepare(
    `SELECT count(*) AS n FROM (
       SELECT kind, object_id, active, sort_key, county FROM registry_search_terms
       UNION ALL
       SELECT kind, object_id, active, sort_key, county FROM registry_search_keys
     ) t
     LEFT JOIN licences l ON t.kind = 'licence' AND l.id = t.object_id
     LEFT JOIN applicants ap ON t.kind = 'applicant' AND ap.id = t.object_id
     WHERE (t.kind = 'licence' AND (l.id IS NULL OR t.active IS NOT (l.status = 'active')
         OR t.sort_key IS NOT l.number OR t.county IS NOT l.jurisdiction_code))
       OR (t.kind = 'applicant' AND (ap.id IS NULL OR t.sort_key IS NOT coalesce(ap.name, '')
         OR t.active IS NOT 0 OR t.county IS NOT NULL))
       OR (t.kind = 'record' AND (t.active IS NOT NULL OR t.sort_key IS NOT NULL))`,
  ).first<{ n: number }>();
  return res?.n ?? -1;
}

let admin = '';

async function importRecords(source: string, rows: unknown[]) {
  const res = await call('/api/imports/records', {
    cookie: admin,
    body: { source, dryRun: false, rows },
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

beforeEach(async () => {
  await seedWorld();
  await seedLicences();
  admin = await loginStaff('admin');
});

describe('ranking 综合查询 answers from the index', () => {
  it('lists active licences first, by number, and follows status changes and moves', async () => {
    const approver = await loginStaff('approver');
    const { wc1, wc2, wcOff, kw1 } = LICENCES;
    expect(await ids(approver, '测试', 'licence')).toEqual([wc1.id, wc2.id, kw1.id, wcOff.id]);
    expect(await outOfStep()).toBe(0);

    await run(`UPDATE licences SET status = 'suspended' WHERE id = ?`, wc1.id);
    expect(await ids(approver, '测试', 'licence')).toEqual([wc2.id, kw1.id, wc1.id, wcOff.id]);
    // The same order when a number (the longest word) leads and the name is checked on it.
    expect(await ids(approver, '370702 测试', 'licence')).toEqual([wc2.id, wc1.id, wcOff.id]);
    expect(await ids(approver, '测试 3707051', 'licence')).toEqual([kw1.id]);

    const clerk = await loginStaff('clerk'); // 潍城区
    const kuiwen = await loginStaff('clerk.kuiwen');
    expect(await ids(clerk, '测试', 'licence')).toEqual([wc2.id, wc1.id, wcOff.id]);
    await run(`UPDATE licences SET jurisdiction_code = ? WHERE id = ?`, KUIWEN, wc2.id);
    expect(await ids(clerk, '测试', 'licence')).toEqual([wc1.id, wcOff.id]);
    expect(await ids(kuiwen, '测试', 'licence')).toEqual([wc2.id, kw1.id]);
    // A new number takes the licence to its new place in the order.
    await run(`UPDATE licences SET number = '370705900000009' WHERE id = ?`, wc2.id);
    expect(await ids(kuiwen, '测试', 'licence')).toEqual([kw1.id, wc2.id]);
    await run(`UPDATE licences SET status = 'active' WHERE id = ?`, wc1.id);
    expect(await ids(approver, '测试', 'licence')).toEqual([wc1.id, kw1.id, wc2.id, wcOff.id]);
    expect(await outOfStep()).toBe(0);
  });

  it('lists the records of licences that have them, as they are imported and removed', async () => {
    const approver = await loginStaff('approver');
    const { wc1, wc2, kw1 } = LICENCES;
    expect(await ids(approver, '测试', 'record')).toEqual([]);
    await importRecords('distribution', [row(wc2.number)]);
    expect(await ids(approver, '测试', 'record')).toEqual([wc2.id]);
    await importRecords('sales', [row(wc1.number), row(kw1.number)]);
    await importRecords('distribution', [row(wc1.number)]);
    // By number, then sales before distribution.
    expect(await ids(approver, '测试', 'record')).toEqual([wc1.id, wc1.id, wc2.id, kw1.id]);
    expect(await ids(approver, '370702 测试', 'record')).toEqual([wc1.id, wc1.id, wc2.id]);
    expect(await outOfStep()).toBe(0);

    // A cancelled licence's records come after the active ones', though its number is smaller.
    await importRecords('sales', [row(LICENCES.wcOff.number)]);
    expect(await ids(approver, '测试', 'record')).toEqual([
      wc1.id,
      wc1.id,
      wc2.id,
      kw1.id,
      LICENCES.wcOff.id,
    ]);
    await run(`DELETE FROM licence_records WHERE licence_id = ?`, LICENCES.wcOff.id);

    await run(`DELETE FROM licence_records WHERE licence_id = ?`, wc1.id);
    expect(await ids(approver, '测试', 'record')).toEqual([wc2.id, kw1.id]);
    await run(`UPDATE licence_records SET licence_id = ? WHERE licence_id = ?`, wc1.id, kw1.id);
    expect(await ids(approver, '测试', 'record')).toEqual([wc1.id, wc2.id]);
    expect(await outOfStep()).toBe(0);
  });

  it('pages a common fragment in order: the first page of many, active first, "more" after', async () => {
    const approver = await loginStaff('approver');
    // 24 more licences in 潍城区 at 测试路: every third cancelled, numbers out of insertion order.
    const extra = Array.from({ length: 24 }, (_, i) => ({
      id: `lic_page${i}`,
      number: `3707021000001${String(99 - i).padStart(2, '0')}`,
      status: i % 3 === 0 ? 'cancelled' : 'active',
    }));
    for (const l of extra) {
      await run(
        `INSERT INTO licences (id, number, holder_name, shop_name, premises_id, jurisdiction_code,
           status, issued_on, expires_on, updated_at)
         VALUES (?, ?, '赵六', '测试便利店', 'pr_lic_wc1', ?, ?, '2024-01-01', '2099-01-01', '2024-01-01')`,
        l.id,
        l.number,
        WEICHENG,
        l.status,
      );
    }
    const all = [...Object.values(LICENCES), ...extra.map((l) => ({ ...l, county: WEICHENG }))];
    const expected = all
      .sort((a, b) =>
        a.status === b.status ? a.number.localeCompare(b.number) : a.status === 'active' ? -1 : 1,
      )
      .map((l) => l.id);
    const res = await call(`/api/search?q=${encodeURIComponent('测试')}`, { cookie: approver });
    const group = (await res.json<SearchAnswer>()).groups.find((g) => g.kind === 'licence');
    expect(group?.items.map((i) => i.id)).toEqual(expected.slice(0, SEARCH_GROUP_LIMIT));
    expect(group?.more).toBe(true);
    // Two words: the longer one walks, the other is checked on its rows as they come.
    expect(await ids(approver, '测试便利 赵六', 'licence')).toEqual(
      expected.filter((id) => id.startsWith('lic_page')).slice(0, SEARCH_GROUP_LIMIT),
    );
    // The page's records follow the same order.
    await importRecords(
      'distribution',
      all.map((l) => row(l.number)),
    );
    expect(await ids(approver, '测试', 'record')).toEqual(expected.slice(0, SEARCH_GROUP_LIMIT));
    expect(await outOfStep()).toBe(0);
  });

  it('finds a short run of digits in an address, a long one only as a number', async () => {
    const approver = await loginStaff('approver');
    const { wc1, wc2 } = LICENCES;
    await run(
      `UPDATE premises SET address = '潍坊市测试路9号金宝大厦1201室' WHERE id = ?`,
      `pr_${wc1.id}`,
    );
    expect(await ids(approver, '1201', 'licence')).toEqual([wc1.id]);
    expect(await ids(approver, '大厦1201', 'licence')).toEqual([wc1.id]);
    // Seven digits and more are a number's start (here a licence number's), not a field's text.
    expect(await ids(approver, '3707021000000', 'licence')).toEqual([
      wc1.id,
      wc2.id,
      LICENCES.wcOff.id,
    ]);
    await run(`UPDATE premises SET address = '潍坊市测试路1000000号' WHERE id = ?`, `pr_${wc2.id}`);
    expect(await ids(approver, '1000000', 'licence')).toEqual([]);
    expect(await outOfStep()).toBe(0);
  });

  it('lists applicants by name and follows renames', async () => {
    const approver = await loginStaff('approver');
    // apl_b (no name yet) holds a licence of 奎文区 too, so both are in the city's scope.
    await run(`UPDATE licences SET holder_applicant_id = 'apl_b' WHERE id = ?`, LICENCES.kw1.id);
    await run(`UPDATE applicants SET name = '王建业' WHERE id = 'apl_b'`);
    expect(await ids(approver, '王建', 'applicant')).toEqual(['apl_b', 'apl_a']);
    await run(`UPDATE applicants SET name = '王建' WHERE id = 'apl_a'`);
    expect(await ids(approver, '王建', 'applicant')).toEqual(['apl_a', 'apl_b']);
    expect(await ids(approver, '建业', 'applicant')).toEqual(['apl_b']);
    expect(await outOfStep()).toBe(0);
  });
});
