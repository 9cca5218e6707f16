/**
 * The queue's search (core/search.ts) over the index the triggers of migration 0007 keep: what
 * it finds, that the index follows every write to an indexed field, the caller's scope, and
 * honest paging.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { indexBigrams, searchFoldPairs } from '../../../core/search';
import { acceptedNewCase, act, LAT, LNG, setGrid, submit } from '../../../test/cases';
import {
  call,
  count,
  loginApplicant,
  loginStaff,
  seedWorld,
  type Seeded,
} from '../../../test/fixtures';

interface QueuePage {
  items: { id: string; ref: string; shopName: string; applicantName: string }[];
  total: number;
  page: number;
  pageSize: number;
}

async function search(cookie: string, q: string, extra = ''): Promise<QueuePage> {
  const res = await call(`/api/applications?status=all&q=${encodeURIComponent(q)}${extra}`, {
    cookie,
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json<QueuePage>();
}

const ids = (p: QueuePage) => p.items.map((i) => i.id).sort();

/** A submitted case in 潍城区 with this shop name and operator (applicant A unless named). */
async function caseNamed(
  id: string,
  shop: string,
  operator = '王建国',
  applicant = 'apl_a',
): Promise<string> {
  await env.DB.prepare(
    `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, shop_name,
       form_json, submitted_on, deadline)
     VALUES (?, ?, ?, '370702', 'new', 'submitted', ?, ?, '2026-11-20', '2026-11-27')`,
  )
    .bind(
      id,
      `XK20261121${id.slice(-6)}`,
      applicant,
      shop,
      JSON.stringify({ operatorName: operator }),
    )
    .run();
  return id;
}

let w: Seeded;
let clerk: string;

beforeEach(async () => {
  w = await seedWorld();
  clerk = await loginStaff('clerk');
});

describe('the index', () => {
  it('folds exactly as core does (the migration’s table is core’s list)', async () => {
    const pairs = searchFoldPairs();
    const rows = await env.DB.prepare('SELECT ch, folded FROM search_fold').all<{
      ch: string;
      folded: string;
    }>();
    expect(rows.results.length).toBe(pairs.length);
    const table = new Map(rows.results.map((r) => [r.ch, r.folded]));
    for (const [ch, folded] of pairs) expect(table.get(ch), ch).toBe(folded);
  });

  it('holds the bigrams core computes, for the triggers’ every field', async () => {
    const shop = 'ＡＢＣ　便利店（胜利街）';
    await caseNamed('cs_000001', shop, '欧阳·娜娜');
    const rows = await env.DB.prepare(
      `SELECT field, pos, term FROM case_search_terms WHERE application_id = 'cs_000001'
       ORDER BY field, pos`,
    ).all<{ field: number; pos: number; term: string }>();
    const of = (field: number) =>
      rows.results.filter((r) => r.field === field).map((r) => [r.pos, r.term]);
    expect(of(1)).toEqual(indexBigrams(shop));
    expect(of(2)).toEqual(indexBigrams('王建国'));
    expect(of(3)).toEqual(indexBigrams('欧阳·娜娜'));
    const keys = await env.DB.prepare(
      `SELECT key FROM case_search_keys WHERE application_id = 'cs_000001' ORDER BY key`,
    ).all<{ key: string }>();
    expect(keys.results.map((k) => k.key)).toEqual(
      ['000001', '13900000001', '20261121000001', 'xk20261121000001'].sort(),
    );
  });
});

describe('searching the queue', () => {
  it('finds by reference, shop, applicant, phone and licence number', async () => {
    const shop = await caseNamed('cs_000101', '胜利街建国烟酒店');
    const other = await caseNamed('cs_000102', '建设国道烟酒批发零售酒店', '李华', 'apl_b');
    // Two characters: a name, and a part of a shop name (王建国 applies for app_a and app_insp).
    expect(ids(await search(clerk, '建国'))).toEqual([w.appA, w.appInspection, shop].sort());
    expect(ids(await search(clerk, '李华'))).toEqual(['cs_000102']);
    expect(ids(await search(clerk, '烟酒'))).toEqual([shop, other].sort());
    // Longer words match exactly: the bigrams must follow each other, in one field.
    expect(ids(await search(clerk, '建国烟酒店'))).toEqual([shop]);
    expect(ids(await search(clerk, '烟酒店'))).toEqual([shop]);
    expect(ids(await search(clerk, '建国道'))).toEqual([]);
    expect(ids(await search(clerk, '国道烟酒'))).toEqual([other]);
    // Several words: all of them.
    expect(ids(await search(clerk, '王建国 烟酒'))).toEqual([shop]);
    // References: whole, without XK, their last six digits, any case, full-width.
    expect(ids(await search(clerk, 'XK20261121000101'))).toEqual([shop]);
    expect(ids(await search(clerk, 'xk20261121000101'))).toEqual([shop]);
    expect(ids(await search(clerk, '20261121000101'))).toEqual([shop]);
    expect(ids(await search(clerk, '000101'))).toEqual([shop]);
    expect(ids(await search(clerk, 'ＸＫ２０２６１１２１０００１０１'))).toEqual([shop]);
    // The applicant's phone, whole or its start (A: 139…01, B: 139…02; 奎文区 is not the clerk's).
    expect(ids(await search(clerk, '13900000001'))).toEqual([w.appA, w.appInspection, shop].sort());
    expect(ids(await search(clerk, '1390000000'))).toHaveLength(4);
    expect((await search(clerk, '13900000009')).total).toBe(0);
  });

  it('keeps up with every write: resubmitted names, real names, issued licences', async () => {
    const a = await loginApplicant('13900000001');
    await setGrid(10, 2);
    const res = await submit(a, w.idNumberA);
    const { application } = await res.json<{ application: { id: string; ref: string } }>();
    expect((await search(clerk, '建国便利')).items.map((i) => i.id)).toContain(application.id);

    // The shop is renamed (a correction), the applicant's real name changes.
    await env.DB.prepare(`UPDATE applications SET shop_name = '东风小卖部' WHERE id = ?`)
      .bind(application.id)
      .run();
    expect((await search(clerk, '建国便利')).items.map((i) => i.id)).not.toContain(application.id);
    expect(ids(await search(clerk, '小卖'))).toEqual([application.id]);
    await env.DB.prepare(`UPDATE applicants SET name = '王秀英' WHERE id = 'apl_a'`).run();
    expect((await search(clerk, '秀英')).total).toBe(3);

    // Approved: its licence number is found too.
    const approver = await loginStaff('approver');
    const id = await acceptedNewCase('licensed', { lat: LAT, lng: LNG });
    expect((await act(approver, id, { action: 'approve' })).status).toBe(200);
    const number = await env.DB.prepare(
      'SELECT l.number FROM applications a JOIN licences l ON l.id = a.licence_id WHERE a.id = ?',
    )
      .bind(id)
      .first<string>('number');
    expect(number).toBeTruthy();
    expect(ids(await search(clerk, number ?? ''))).toEqual([id]);
    expect(ids(await search(clerk, (number ?? '').slice(0, 12)))).toContain(id);

    // A deleted case leaves the index.
    const before = await count('case_search_terms');
    await caseNamed('cs_gone', '临时店');
    await env.DB.prepare(`DELETE FROM applications WHERE id = 'cs_gone'`).run();
    expect(await count('case_search_terms')).toBe(before);
  });

  it('stays within the caller’s scope; an admin’s search is audited', async () => {
    await env.DB.prepare(`UPDATE applicants SET name = '李四' WHERE id = 'apl_b'`).run();
    expect((await search(clerk, '李四')).total).toBe(0); // 奎文区
    const kuiwen = await loginStaff('clerk.kuiwen');
    expect(ids(await search(kuiwen, '李四'))).toEqual([w.appB]);
    const inspector = await loginStaff('inspector');
    expect(ids(await search(inspector, '建国'))).toEqual([w.appInspection]);
    const admin = await loginStaff('admin');
    const audits = await count('audit_log', "event = 'application_list_read_admin'");
    expect((await search(admin, '测试便利')).total).toBe(3);
    expect(await count('audit_log', "event = 'application_list_read_admin'")).toBe(audits + 1);
    // Drafts are the applicant's alone, even when their name matches.
    await env.DB.prepare(
      `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status, shop_name)
       VALUES ('cs_draft', 'XK20261120999999', 'apl_a', '370702', 'new', 'draft', '测试便利店')`,
    ).run();
    expect((await search(admin, '测试便利')).total).toBe(3);
  });

  it('pages honestly', async () => {
    for (let i = 0; i < 45; i++)
      await caseNamed(`cs_${String(500 + i).padStart(6, '0')}`, `分页测试店${i}`);
    const first = await search(clerk, '分页', '&pageSize=20');
    expect(first.total).toBe(45);
    expect(first.items).toHaveLength(20);
    const last = await search(clerk, '分页', '&pageSize=20&page=3');
    expect(last.items).toHaveLength(5);
    const all = new Set<string>();
    for (const page of [1, 2, 3]) {
      for (const i of (await search(clerk, '分页', `&pageSize=20&page=${page}`)).items)
        all.add(i.id);
    }
    expect(all.size).toBe(45);
  });
});
