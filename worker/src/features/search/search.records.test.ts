/**
 * 跨系统查询 over imported records (the `record` group): a record imported from the sales,
 * distribution or internal-management system is found by its customer code and by everything
 * that finds its licence, within the caller's counties; re-imports, licence edits and removals
 * keep the index in step.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchAnswer, SearchItem } from '../../../core/search-api';
import { call, count, loginStaff, seedWorld } from '../../../test/fixtures';
import { LICENCES, row, seedLicences } from '../../../test/licence-records';

let idNumberA = '';
let admin = '';

async function importRecords(source: string, rows: unknown[]) {
  const res = await call('/api/imports/records', {
    cookie: admin,
    body: { source, dryRun: false, rows },
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

async function records(cookie: string, q: string): Promise<SearchItem[]> {
  const res = await call(`/api/search?q=${encodeURIComponent(q)}`, { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  const answer = await res.json<SearchAnswer>();
  return answer.groups.find((g) => g.kind === 'record')?.items ?? [];
}

const licencesOf = (items: SearchItem[]) => items.map((i) => i.href.replace('/licences/', ''));

beforeEach(async () => {
  ({ idNumberA } = await seedWorld());
  await seedLicences();
  // wc1 is held by 王建国 (apl_a, phone 13900000001) and has a credit code.
  await env.DB.prepare(
    `UPDATE licences SET holder_applicant_id = 'apl_a', credit_code = '92370702MA3C4XKW5T'
     WHERE id = ?`,
  )
    .bind(LICENCES.wc1.id)
    .run();
  admin = await loginStaff('admin');
  await importRecords('distribution', [
    row(LICENCES.wc1.number),
    row(LICENCES.wc2.number),
    row(LICENCES.kw1.number),
  ]);
  await importRecords('sales', [row(LICENCES.wc1.number, 5, { customerCode: 'YX-8800-01' })]);
});

describe('imported records in 综合查询', () => {
  it('finds a record by customer code, licence number, shop, holder, address, phone and credit code', async () => {
    const approver = await loginStaff('approver');
    // The customer code, whole or by its start, hyphens and case ignored.
    const byCode = await records(approver, 'yx880001');
    expect(byCode).toHaveLength(1);
    expect(byCode[0]).toMatchObject({
      title: '测试烟酒店',
      source: 'sales',
      status: 'normal',
      county: LICENCES.wc1.county,
      href: `/licences/${LICENCES.wc1.id}`,
    });
    expect(byCode[0]?.subtitle).toContain(LICENCES.wc1.number);
    expect(licencesOf(await records(approver, 'YX-88'))).toEqual([LICENCES.wc1.id]);
    // The licence number: both systems' records of wc1, sales first.
    const byNumber = await records(approver, LICENCES.wc1.number);
    expect(byNumber.map((i) => i.source)).toEqual(['sales', 'distribution']);
    expect(licencesOf(await records(approver, '3707051'))).toEqual([LICENCES.kw1.id]);
    // Two characters of the shop, the holder's name and the address.
    for (const q of ['烟酒', '李四', '测试路']) {
      expect((await records(approver, q)).length, q).toBe(4);
    }
    // The holder's phone and the credit code, from their start.
    expect(licencesOf(await records(approver, '1390000000'))).toEqual([
      LICENCES.wc1.id,
      LICENCES.wc1.id,
    ]);
    expect(licencesOf(await records(approver, '92370702ma3c'))).toEqual([
      LICENCES.wc1.id,
      LICENCES.wc1.id,
    ]);
    // Words must all match: the shop and another county's number find nothing.
    expect(await records(approver, `烟酒 ${LICENCES.kw1.number.slice(0, 8)}`)).toHaveLength(1);
    expect(await records(approver, '烟酒 zz99')).toEqual([]);
  });

  it('finds the records of the licences an ID number holds (audited like every such search)', async () => {
    const approver = await loginStaff('approver');
    const before = await count('audit_log', `event = 'registry_idnumber_searched'`);
    expect(licencesOf(await records(approver, idNumberA))).toEqual([
      LICENCES.wc1.id,
      LICENCES.wc1.id,
    ]);
    expect(await count('audit_log', `event = 'registry_idnumber_searched'`)).toBe(before + 1);
  });

  it('keeps to the caller’s counties; inspectors get no record group', async () => {
    const clerk = await loginStaff('clerk'); // 潍城区
    const mine = await records(clerk, '烟酒');
    expect(new Set(mine.map((i) => i.county))).toEqual(new Set([LICENCES.wc1.county]));
    expect(mine).toHaveLength(3);
    expect(await records(clerk, LICENCES.kw1.number)).toEqual([]);
    const kuiwen = await loginStaff('clerk.kuiwen');
    expect(licencesOf(await records(kuiwen, '烟酒'))).toEqual([LICENCES.kw1.id]);
    expect(await records(kuiwen, 'yx8800')).toEqual([]);
    const inspector = await loginStaff('inspector');
    const res = await call(`/api/search?q=${encodeURIComponent('烟酒')}`, { cookie: inspector });
    const answer = await res.json<SearchAnswer>();
    expect(answer.groups.map((g) => g.kind)).not.toContain('record');
    expect(answer.groups.find((g) => g.kind === 'licence')?.items.length).toBe(3);
  });

  it('follows a re-import, a licence’s edit and a removal', async () => {
    const approver = await loginStaff('approver');
    const wc2Code = row(LICENCES.wc2.number).customerCode.toLowerCase();
    expect(licencesOf(await records(approver, wc2Code))).toEqual([LICENCES.wc2.id]);
    // A re-import of the source replaces the customer code: the old one no longer finds it.
    await importRecords('distribution', [
      row(LICENCES.wc2.number, 3, { customerCode: 'PS-NEW-777' }),
    ]);
    expect(await records(approver, wc2Code)).toEqual([]);
    expect(licencesOf(await records(approver, 'psnew777'))).toEqual([LICENCES.wc2.id]);
    expect(
      await count(
        'registry_search_keys',
        `kind = 'record' AND object_id IN (SELECT CAST(id AS TEXT) FROM licence_records
         WHERE licence_id = ?)`,
        LICENCES.wc2.id,
      ),
    ).toBe(1);
    // A renamed shop: its records follow the licence's entry.
    await env.DB.prepare(`UPDATE licences SET shop_name = '新华副食店' WHERE id = ?`)
      .bind(LICENCES.wc2.id)
      .run();
    expect(licencesOf(await records(approver, '副食'))).toEqual([LICENCES.wc2.id]);
    expect(licencesOf(await records(approver, '烟酒'))).not.toContain(LICENCES.wc2.id);
    // A removed record leaves the index.
    await env.DB.prepare(`DELETE FROM licence_records WHERE licence_id = ?`)
      .bind(LICENCES.wc2.id)
      .run();
    expect(await records(approver, 'psnew777')).toEqual([]);
    expect(await records(approver, '副食')).toEqual([]);
    expect(await count('registry_search_keys', `key = 'psnew777'`)).toBe(0);
  });
});
