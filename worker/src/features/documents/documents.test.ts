/**
 * Official documents (文书): each decision issues its document in the decision's own batch,
 * numbered per bureau, kind and year without gaps; issued documents never change, a correction
 * supersedes; only the case's applicant and the deciding staff of its county read them.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentsAnswer } from '../../../core/api-answers';
import { appToday } from '../../lib/clock';
import { call, loginApplicant, loginStaff, seedWorld, type Seeded } from '../../../test/fixtures';
import { acceptedNewCase, act, row, setGrid } from '../../../test/cases';
import { buildContent } from './documents.content';
import { bureauOf, issueStatements } from './documents.issue';

let w: Seeded;
let clerk: string;
let approver: string;
let applicantA: string;
const today = appToday(env);
const year = today.slice(0, 4);

beforeEach(async () => {
  w = await seedWorld();
  await setGrid(10, 2);
  clerk = await loginStaff('clerk');
  approver = await loginStaff('approver');
  applicantA = await loginApplicant('13900000001');
});

async function docs(cookie: string, path: string): Promise<DocumentsAnswer['items']> {
  const res = await call(path, { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json<DocumentsAnswer>()).items;
}

const staffDocs = (id: string) => docs(clerk, `/api/applications/${id}/documents`);

describe('documents issued at each decision', () => {
  it('accepting issues a 受理通知书 numbered 潍城烟许受〔year〕第0001号, signed by the clerk', async () => {
    expect((await act(clerk, w.appA, { action: 'accept' })).status).toBe(200);
    const [d] = await staffDocs(w.appA);
    expect(d).toMatchObject({
      kind: 'acceptance',
      title: '行政许可受理通知书',
      number: `潍城烟许受〔${year}〕第0001号`,
      issuedOn: today,
      supersedes: null,
      supersededBy: null,
    });
    expect(d?.signerName).toBeTruthy();
    // The applicant sees the same document on their case.
    const mine = await docs(applicantA, `/api/my/applications/${w.appA}/documents`);
    expect(mine.map((m) => m.number)).toEqual([d?.number]);
    expect(mine[0]?.pdfUrl).toBe(`/api/my/applications/${w.appA}/documents/${d?.id}/pdf`);
  });

  it('a correction notice lists every item; refusal carries the reasons and the remedies', async () => {
    const items = ['身份证复印件不清晰', '经营场所使用证明缺少盖章'];
    expect((await act(clerk, w.appA, { action: 'request_correction', items })).status).toBe(200);
    const [n] = await staffDocs(w.appA);
    expect(n?.number).toBe(`潍城烟许补〔${year}〕第0001号`);
    const stored = await env.DB.prepare('SELECT content_json FROM official_documents WHERE id = ?')
      .bind(n?.id)
      .first<{ content_json: string }>();
    expect(JSON.parse(stored!.content_json).list).toEqual(items);

    const id = await acceptedNewCase('refuse_me');
    const reasons = ['经营场所与学校距离不足规定要求'];
    expect((await act(approver, id, { action: 'refuse', reasons })).status).toBe(200);
    const [r] = await staffDocs(id);
    expect(r?.number).toBe(`潍城烟许不〔${year}〕第0001号`);
    const content = JSON.parse(
      (await env.DB.prepare('SELECT content_json FROM official_documents WHERE id = ?')
        .bind(r?.id)
        .first<{ content_json: string }>())!.content_json,
    );
    expect(content.list).toEqual(reasons);
    const remedies = content.closing.join('');
    expect(remedies).toContain('六十日内向潍坊市烟草专卖局申请行政复议');
    expect(remedies).toContain('六个月内');
  });

  it('extending and approving issue theirs; the approval records the licence it granted', async () => {
    const id = await acceptedNewCase('grant_me');
    const reason = '需要补充实地核查';
    expect((await act(approver, id, { action: 'extend', reason })).status).toBe(200);
    expect((await act(approver, id, { action: 'approve' })).status).toBe(200);
    const list = await staffDocs(id);
    expect(list.map((d) => d.kind)).toEqual(['extension', 'approval']);
    expect(list[1]?.number).toBe(`潍城烟许准〔${year}〕第0001号`);
    const lic = await env.DB.prepare(
      'SELECT l.number, d.licence_json FROM official_documents d, licences l WHERE d.id = ? AND l.id = ?',
    )
      .bind(list[1]?.id, (await row(id))?.licence_id)
      .first<{ number: string; licence_json: string }>();
    expect(JSON.parse(lic!.licence_json).number).toBe(lic!.number);
  });

  it('inspections and deliveries issue nothing; a refused action issues nothing', async () => {
    const id = await acceptedNewCase('no_doc');
    expect((await act(clerk, id, { action: 'approve' })).status).toBe(403);
    const assign = {
      action: 'require_inspection',
      inspectorIds: ['stf_inspector', 'stf_inspector2'],
    };
    expect((await act(clerk, id, assign)).status).toBe(200);
    expect(await staffDocs(id)).toEqual([]);
  });
});

describe('numbering', () => {
  it('counts per bureau, kind and year, with no gap and no duplicate under concurrent decisions', async () => {
    const ids = await Promise.all(
      Array.from({ length: 6 }, (_, i) => acceptedNewCase(`conc_${i}`, { inspected: true })),
    );
    // Six submitted cases of A accepted at once by the clerk.
    await env.DB.batch(
      ids.map((id) =>
        env.DB.prepare(
          "UPDATE applications SET status = 'submitted', accepted_on = NULL WHERE id = ?",
        ).bind(id),
      ),
    );
    const results = await Promise.all(ids.map((id) => act(clerk, id, { action: 'accept' })));
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
    const seqs = (
      await env.DB.prepare(
        "SELECT seq FROM official_documents WHERE kind = 'acceptance' ORDER BY seq",
      ).all<{ seq: number }>()
    ).results.map((r) => r.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
    // 奎文区 numbers on its own.
    const kuiwen = await loginStaff('clerk.kuiwen');
    expect((await act(kuiwen, w.appB, { action: 'accept' })).status).toBe(200);
    const [b] = await docs(kuiwen, `/api/applications/${w.appB}/documents`);
    expect(b?.number).toBe(`奎文烟许受〔${year}〕第0001号`);
  });

  it('starts again at 0001 in a new year (issued on 31 December, then 2 January)', async () => {
    const bureau = await bureauOf(env.DB, '370702');
    const content = buildContent({
      kind: 'acceptance',
      bureau: bureau.name,
      reconsideredBy: bureau.reconsideredBy,
      addressee: '王建国',
      ref: 'XK1',
      type: 'new',
      shopName: '建国便利店',
      address: '胜利街1号',
      submittedOn: '2026-12-28',
      acceptedOn: '2026-12-31',
      deadline: '2027-01-29',
      items: [],
      reason: null,
      withLicence: false,
    });
    const issue = async (on: string) => {
      const { id, statements } = await issueStatements(env.DB, {
        applicationId: w.appA,
        bureau,
        kind: 'acceptance',
        issuedOn: on,
        issuedAt: `${on}T08:00:00.000Z`,
        signer: { id: 'stf_clerk', name: '窗口' },
        content,
      });
      await env.DB.batch(statements);
      return (await env.DB.prepare('SELECT number FROM official_documents WHERE id = ?')
        .bind(id)
        .first<{ number: string }>())!.number;
    };
    expect(await issue('2026-12-30')).toBe('潍城烟许受〔2026〕第0001号');
    expect(await issue('2026-12-31')).toBe('潍城烟许受〔2026〕第0002号');
    expect(await issue('2027-01-02')).toBe('潍城烟许受〔2027〕第0001号');
    expect(await issue('2027-01-04')).toBe('潍城烟许受〔2027〕第0002号');
  });
});

describe('immutability and corrections', () => {
  it('an issued document cannot be changed in the database, nor its counter moved back', async () => {
    expect((await act(clerk, w.appA, { action: 'accept' })).status).toBe(200);
    const [d] = await staffDocs(w.appA);
    await expect(
      env.DB.prepare("UPDATE official_documents SET content_json = '{}' WHERE id = ?")
        .bind(d?.id)
        .run(),
    ).rejects.toThrow(/immutable/);
    await expect(
      env.DB.prepare("UPDATE official_documents SET number = 'x' WHERE id = ?").bind(d?.id).run(),
    ).rejects.toThrow(/immutable/);
    await expect(env.DB.prepare('UPDATE document_counters SET last = 0').run()).rejects.toThrow(
      /only go up/,
    );
    // No route writes a document but the correction.
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const res = await call(`/api/applications/${w.appA}/documents/${d?.id}`, {
        method,
        cookie: approver,
        body: {},
      });
      expect(res.status).toBe(404);
    }
  });

  it('a correction is a new document that supersedes the old; both stay readable and linked', async () => {
    expect((await act(clerk, w.appA, { action: 'accept' })).status).toBe(200);
    const [old] = await staffDocs(w.appA);
    const path = `/api/applications/${w.appA}/documents/${old?.id}/corrections`;
    const body = { reason: '申请人姓名录入有误', addressee: '王建华' };
    const res = await call(path, { cookie: clerk, body });
    expect(res.status, await res.clone().text()).toBe(201);
    const list = await staffDocs(w.appA);
    expect(list).toHaveLength(2);
    const [was, now] = list;
    expect(now?.number).toBe(`潍城烟许受〔${year}〕第0002号`);
    expect(was?.supersededBy).toEqual({ id: now?.id, number: now?.number, issuedOn: today });
    expect(now?.supersedes).toEqual({ id: was?.id, number: was?.number, reason: body.reason });
    const content = await env.DB.prepare('SELECT content_json FROM official_documents WHERE id = ?')
      .bind(now?.id)
      .first<{ content_json: string }>();
    expect(JSON.parse(content!.content_json).facts.addressee).toBe('王建华');
    // The void one still opens; a second correction of it is refused.
    const oldPdf = await call(was!.pdfUrl, { cookie: clerk });
    expect(oldPdf.status).toBe(200);
    const again = await call(path, { cookie: clerk, body });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'DOCUMENT_SUPERSEDED' } });
    expect(await staffDocs(w.appA)).toHaveLength(2);
  });

  it('only who decides a kind corrects it: a clerk cannot correct a refusal', async () => {
    const id = await acceptedNewCase('refused_once');
    expect((await act(approver, id, { action: 'refuse', reasons: ['不符合条件'] })).status).toBe(
      200,
    );
    const [d] = await staffDocs(id);
    const path = `/api/applications/${id}/documents/${d?.id}/corrections`;
    const body = { reason: '理由表述有误', items: ['经营场所不符合合理布局要求'] };
    expect((await call(path, { cookie: clerk, body })).status).toBe(403);
    expect((await call(path, { cookie: approver, body })).status).toBe(201);
  });
});

describe('reading them', () => {
  it('as a PDF, for the applicant and for the staff of the county only', async () => {
    expect((await act(clerk, w.appA, { action: 'accept' })).status).toBe(200);
    const [d] = await staffDocs(w.appA);
    const t0 = Date.now();
    const res = await call(d!.pdfUrl, { cookie: clerk });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(bytes.length).toBeLessThan(300_000);
    console.log(
      `受理通知书 PDF: ${bytes.length} bytes, drawn in ${res.headers.get('server-timing')}, ${Date.now() - t0} ms to answer`,
    );
    const mine = await call(`/api/my/applications/${w.appA}/documents/${d?.id}/pdf`, {
      cookie: applicantA,
    });
    expect(mine.status).toBe(200);
    // Applicant B, a clerk of 奎文区 and an inspector find nothing.
    const b = await loginApplicant('13900000002');
    expect(
      (await call(`/api/my/applications/${w.appA}/documents/${d?.id}/pdf`, { cookie: b })).status,
    ).toBe(404);
    expect((await call(`/api/my/applications/${w.appA}/documents`, { cookie: b })).status).toBe(
      404,
    );
    const kuiwen = await loginStaff('clerk.kuiwen');
    expect((await call(d!.pdfUrl, { cookie: kuiwen })).status).toBe(404);
    expect((await call(`/api/applications/${w.appA}/documents`, { cookie: kuiwen })).status).toBe(
      404,
    );
    // A document id of another case under this case's path is not found either.
    const other = await acceptedNewCase('other_case');
    expect(
      (await call(`/api/applications/${other}/documents/${d?.id}/pdf`, { cookie: clerk })).status,
    ).toBe(404);
  });
});
