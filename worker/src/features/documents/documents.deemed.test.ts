/**
 * 视为受理 issues its 受理通知书: when the clock deems a case accepted, the notice is numbered in
 * the same sequence as the clerks' acceptances (no gap), cites §32 (四) and the day of receipt,
 * is signed by the system, and the applicant reads it like any other.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DocumentsAnswer } from '../../../core/api-answers';
import { act } from '../../../test/cases';
import { call, loginApplicant, loginStaff, seedWorld, type Seeded } from '../../../test/fixtures';
import { deemAcceptOverdue } from '../applications/deemed-acceptance';

let w: Seeded;

beforeEach(async () => {
  w = await seedWorld();
});

async function docs(cookie: string, path: string): Promise<DocumentsAnswer['items']> {
  const res = await call(path, { cookie });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json<DocumentsAnswer>()).items;
}

describe('deemed acceptance issues the notice of acceptance', () => {
  it('numbers it after the clerk’s, cites §32 (四), and shows it to the applicant', async () => {
    const clerk = await loginStaff('clerk');
    // Another 潍城区 case accepted by the clerk first: 第0001号 of the year the clock is in.
    await env.DB.prepare(
      `INSERT INTO applications (id, ref, applicant_id, jurisdiction_code, type, status,
         shop_name, address, form_json, submitted_on, deadline, version)
       SELECT 'app_c', 'XK20260929000009', applicant_id, jurisdiction_code, type, status,
         shop_name, address, form_json, submitted_on, deadline, 1 FROM applications WHERE id = ?`,
    )
      .bind(w.appA)
      .run();
    await env.DB.prepare(
      `UPDATE applications SET submitted_on = '2026-09-29', deadline = '2026-10-12'
       WHERE id IN (?, 'app_c')`,
    )
      .bind(w.appA)
      .run();
    expect((await act(clerk, 'app_c', { action: 'accept' })).status).toBe(200);
    const first = (await docs(clerk, '/api/applications/app_c/documents'))[0];
    const year = first?.issuedOn.slice(0, 4);
    expect(first?.number).toBe(`潍城烟许受〔${year}〕第0001号`);

    // Deemed in the same year as the clerk's acceptance, so the sequence continues.
    const when = new Date(`${year}-12-15T02:00:00Z`);
    expect(await deemAcceptOverdue(env, when)).toBe(1);
    const [d] = await docs(clerk, `/api/applications/${w.appA}/documents`);
    expect(d).toMatchObject({
      kind: 'acceptance',
      number: `潍城烟许受〔${year}〕第0002号`,
      issuedOn: `${year}-12-15`,
      signerName: '系统',
    });
    const stored = await env.DB.prepare(
      'SELECT content_json, signer_id FROM official_documents WHERE id = ?',
    )
      .bind(d?.id)
      .first<{ content_json: string; signer_id: string }>();
    expect(stored?.signer_id).toBe('system');
    const content = JSON.parse(stored!.content_json) as {
      facts: { acceptedOn: string; deemed: boolean };
      paragraphs: string[];
    };
    expect(content.facts).toMatchObject({ acceptedOn: '2026-09-29', deemed: true });
    expect(content.paragraphs[0]).toContain('第三十二条第一款第（四）项');
    expect(content.paragraphs[0]).toContain('2026年9月29日');

    const applicant = await loginApplicant('13900000001');
    const mine = await docs(applicant, `/api/my/applications/${w.appA}/documents`);
    expect(mine.map((m) => m.number)).toEqual([d?.number]);
    const pdf = await call(`/api/my/applications/${w.appA}/documents/${d?.id}/pdf`, {
      cookie: applicant,
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('application/pdf');

    // Run twice: nothing more is deemed, nothing more issued.
    expect(await deemAcceptOverdue(env, when)).toBe(0);
    const n = await env.DB.prepare(
      `SELECT COUNT(*) AS n, MAX(seq) AS top FROM official_documents WHERE kind = 'acceptance'`,
    ).first<{ n: number; top: number }>();
    expect(n).toEqual({ n: 2, top: 2 });
  });
});
