/**
 * 跨系统查询's ranking from the index (search.rank.ts): each index row carries its licence's
 * status, number and county (an applicant's name), and the triggers keep them in step with every
 * write, so the order and scope of an answer follow status changes, moves between counties,
 * renumbering and renames; the record group follows imports and removals.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../../core/search-api';
import { KUIWEN, call, loginStaff, seedWorld } from '../../../test/fixtures';
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
       OR (t.kind = 'applicant' AND (ap.id IS NULL OR t.sort_key IS NOT ap.name
         OR t.active IS NOT NULL OR t.county IS NOT NULL))
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

    await run(`DELETE FROM licence_records WHERE licence_id = ?`, wc1.id);
    expect(await ids(approver, '测试', 'record')).toEqual([wc2.id, kw1.id]);
    await run(`UPDATE licence_records SET licence_id = ? WHERE licence_id = ?`, wc1.id, kw1.id);
    expect(await ids(approver, '测试', 'record')).toEqual([wc1.id, wc2.id]);
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
