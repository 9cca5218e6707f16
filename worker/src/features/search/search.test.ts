import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StaffLicenceView } from '../../../core/licence-view';
import type { SearchAnswer } from '../../../core/search-api';
import { call, loginStaff, seedWorld } from '../../../test/fixtures';
import { stateDigest } from '../../../test/state';

const WEICHENG = '370702';
const KUIWEN = '370705';

let idNumberA = '';

async function run(sql: string, ...params: unknown[]) {
  await env.DB.prepare(sql)
    .bind(...params)
    .run();
}

beforeEach(async () => {
  ({ idNumberA } = await seedWorld());
  await run(
    `INSERT INTO grids (id, jurisdiction_code, kind, h3_res, capacity_computed, capacity,
     retailer_count, population) VALUES ('g_wc', ?, 'h3', 8, 10, 10, 0, 1000),
     ('g_kw', ?, 'h3', 8, 10, 10, 0, 1000)`,
    WEICHENG,
    KUIWEN,
  );
  await run(
    `INSERT INTO premises (id, jurisdiction_code, address, lat, lng, h3_cell, grid_id) VALUES
     ('pr_1', ?, '潍坊市潍城区胜利西街88号', 36.71, 119.1, 'c1', 'g_wc'),
     ('pr_2', ?, '潍坊市奎文区东风东街12号', 36.71, 119.13, 'c2', 'g_kw')`,
    WEICHENG,
    KUIWEN,
  );
  await run(
    `INSERT INTO licences (id, number, holder_applicant_id, holder_name, shop_name, credit_code,
     premises_id, jurisdiction_code, status, issued_on, expires_on) VALUES
     ('lic_1', '370702100001', 'apl_a', '王建国', '建国烟酒店', '92370702MA3C4XKW5T', 'pr_1', ?,
      'active', '2024-01-01', '2029-01-01'),
     ('lic_2', '370705100002', NULL, '李华', '华联便利店', NULL, 'pr_2', ?,
      'active', '2024-01-01', '2029-01-01')`,
    WEICHENG,
    KUIWEN,
  );
});

async function search(cookie: string, q: string) {
  return call(`/api/search?q=${encodeURIComponent(q)}`, { cookie });
}

const group = (a: SearchAnswer, kind: string) => a.groups.find((g) => g.kind === kind)?.items ?? [];

describe('GET /api/search (跨系统查询)', () => {
  it('finds a licence by two characters of a name or an address, within the caller’s counties', async () => {
    const clerk = await loginStaff('clerk'); // 潍城区
    const byName = await (await search(clerk, '建国')).json<SearchAnswer>();
    expect(group(byName, 'licence').map((i) => i.id)).toEqual(['lic_1']);
    // The same name finds the applicant and their case, each in its own group.
    expect(group(byName, 'applicant').map((i) => i.id)).toEqual(['apl_a']);
    expect(group(byName, 'applicant')[0]?.subtitle).toContain('139****0001');

    const byStreet = await (await search(clerk, '胜利')).json<SearchAnswer>();
    expect(group(byStreet, 'licence').map((i) => i.id)).toEqual(['lic_1']);
    // 奎文区's licence is outside a 潍城区 clerk's scope.
    expect((await (await search(clerk, '华联')).json<SearchAnswer>()).groups).toEqual([]);
    const approver = await loginStaff('approver'); // the city
    const city = await (await search(approver, '华联')).json<SearchAnswer>();
    expect(group(city, 'licence').map((i) => i.id)).toEqual(['lic_2']);
  });

  it('matches numbers and credit codes by their start, and words in order only', async () => {
    const approver = await loginStaff('approver');
    const byNumber = await (await search(approver, '3707051')).json<SearchAnswer>();
    expect(group(byNumber, 'licence').map((i) => i.id)).toEqual(['lic_2']);
    const byCode = await (await search(approver, '92370702ma')).json<SearchAnswer>();
    expect(group(byCode, 'licence').map((i) => i.id)).toEqual(['lic_1']);
    // 烟酒 is in 建国烟酒店; 酒烟 is not, although both characters are.
    expect(group(await (await search(approver, '烟酒')).json(), 'licence')).toHaveLength(1);
    expect((await (await search(approver, '酒烟')).json<SearchAnswer>()).groups).toEqual([]);
  });

  it('keeps the index in step with renames and moves', async () => {
    const approver = await loginStaff('approver');
    await run(`UPDATE licences SET shop_name = '新华书店' WHERE id = 'lic_2'`);
    await run(`UPDATE premises SET address = '潍坊市奎文区鸢飞路1号' WHERE id = 'pr_2'`);
    expect((await (await search(approver, '华联')).json<SearchAnswer>()).groups).toEqual([]);
    const moved = await (await search(approver, '鸢飞')).json<SearchAnswer>();
    expect(group(moved, 'licence').map((i) => i.title)).toEqual(['新华书店']);
    await run(`UPDATE applicants SET phone = '13911112222' WHERE id = 'apl_a'`);
    const byPhone = await (await search(approver, '1391111')).json<SearchAnswer>();
    expect(group(byPhone, 'licence').map((i) => i.id)).toEqual(['lic_1']);
    expect(group(byPhone, 'applicant').map((i) => i.id)).toEqual(['apl_a']);
  });

  it('searches an ID number only for roles allowed to read one, and audits it', async () => {
    const clerk = await loginStaff('clerk');
    const audits = () =>
      env.DB.prepare(
        `SELECT detail_json FROM audit_log WHERE event = 'registry_idnumber_searched'`,
      ).all<{ detail_json: string }>();
    const earlier = (await audits()).results.length;
    const res = await search(clerk, idNumberA);
    expect(res.status).toBe(200);
    const found = await res.json<SearchAnswer>();
    expect(found.idNumberSearched).toBe(true);
    expect(group(found, 'applicant').map((i) => i.id)).toEqual(['apl_a']);
    expect(group(found, 'licence').map((i) => i.id)).toEqual(['lic_1']);
    expect(group(found, 'application').length).toBeGreaterThan(0);
    const audited = (await audits()).results;
    expect(audited).toHaveLength(earlier + 1);
    expect(audited.at(-1)?.detail_json).not.toContain(idNumberA);

    const inspector = await loginStaff('inspector');
    const before = await stateDigest();
    const refused = await search(inspector, idNumberA);
    expect(refused.status).toBe(403);
    expect((await refused.json<{ error: { code: string } }>()).error.code).toBe(
      'SEARCH_ID_NUMBER_FORBIDDEN',
    );
    expect(await stateDigest()).toEqual(before);
    // Inspectors search licences of their counties and the cases assigned to them, never
    // applicants.
    const mine = await (await search(inspector, '建国')).json<SearchAnswer>();
    expect(mine.groups.map((g) => g.kind)).toEqual(['licence', 'application']);
    expect(group(mine, 'application').map((i) => i.id)).toEqual(['app_insp']);
  });

  it('refuses one-character words, empty queries and control or invisible characters', async () => {
    const clerk = await loginStaff('clerk');
    for (const q of ['建', '', '建国 a', 'x'.repeat(61), '建国\u0000', '建\u200B国', '<建国>']) {
      const res = await search(clerk, q);
      expect(res.status).toBe(400);
    }
  });

  it('shows a found licence to staff of its county, with only the cases they may read', async () => {
    await run(
      `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, form_json,
       licence_id, submitted_on) VALUES ('app_renew', 'XKRENEW1', 'apl_a', ?, 'renewal',
       'submitted', '{}', 'lic_1', '2026-01-05')`,
      WEICHENG,
    );
    const clerk = await loginStaff('clerk');
    const res = await call('/api/licences/lic_1', { cookie: clerk });
    expect(res.status).toBe(200);
    const view = await res.json<StaffLicenceView>();
    expect(view.licence).toMatchObject({
      number: '370702100001',
      shopName: '建国烟酒店',
      holderPhone: '139****0001',
      address: '潍坊市潍城区胜利西街88号',
    });
    expect(view.cases.map((c) => c.id)).toEqual(['app_renew']);
    // An inspector of the county sees the licence but not a case not assigned to them.
    const inspector = await loginStaff('inspector');
    const theirs = await (
      await call('/api/licences/lic_1', { cookie: inspector })
    ).json<StaffLicenceView>();
    expect(theirs.cases).toEqual([]);
    // Another county's clerk: as if it did not exist.
    const kw = await loginStaff('clerk.kuiwen');
    expect((await call('/api/licences/lic_1', { cookie: kw })).status).toBe(404);
    expect((await call('/api/licences/nope', { cookie: clerk })).status).toBe(404);
    expect((await call('/api/licences/%3Cx%3E', { cookie: clerk })).status).toBe(404);
  });
});
