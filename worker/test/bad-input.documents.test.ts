/**
 * Bad input to the printable e-licence and the official documents (文书), in bad-input.test.ts's
 * style: each request is wrong in one way, answers a 4xx with the stable code named (never a
 * 5xx or a stack) and leaves every table and stored object as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Principal, World } from './authz.matrix';
import { call } from './fixtures';
import { stateDigest } from './state';
import { sessions, world } from './world';

interface Case {
  name: string;
  who: Principal;
  path: (w: World) => string;
  body?: unknown;
  headers?: Record<string, string>;
  code: string;
}

const NUL = '\u0000';
const correction = (w: World, doc = w.docA, app = w.appA) =>
  `/api/applications/${app}/documents/${doc}/corrections`;
const GOOD = { reason: '申请人姓名录入有误', addressee: '王建华' };

const cases: Case[] = [
  // --- the printable e-licence ----------------------------------------------------------
  {
    name: 'the PDF of a cancelled licence',
    who: 'applicantA',
    path: (w) => `/api/my/licences/${w.cancelledLicenceA}/e-licence.pdf`,
    code: 'LICENCE_NOT_ACTIVE',
  },
  {
    name: 'the PDF of someone else’s licence',
    who: 'applicantB',
    path: (w) => `/api/my/licences/${w.licenceA}/e-licence.pdf`,
    code: 'NOT_FOUND',
  },
  {
    name: 'the PDF of a licence id of 200 characters',
    who: 'applicantA',
    path: () => `/api/my/licences/${'a'.repeat(200)}/e-licence.pdf`,
    code: 'NOT_FOUND',
  },
  {
    name: 'the PDF with markup for a licence id',
    who: 'applicantA',
    path: () => `/api/my/licences/${encodeURIComponent('<b>x</b>')}/e-licence.pdf`,
    code: 'NOT_FOUND',
  },
  {
    name: 'staff: the PDF of a cancelled licence',
    who: 'clerk',
    path: (w) => `/api/licences/${w.cancelledLicenceA}/e-licence.pdf`,
    code: 'LICENCE_NOT_ACTIVE',
  },
  {
    name: 'staff: the PDF of a licence of another county',
    who: 'clerkKuiwen',
    path: (w) => `/api/licences/${w.licenceA}/e-licence.pdf`,
    code: 'NOT_FOUND',
  },
  // --- reading documents ------------------------------------------------------------------
  {
    name: 'a document id of 200 characters',
    who: 'clerk',
    path: (w) => `/api/applications/${w.appA}/documents/${'d'.repeat(200)}/pdf`,
    code: 'NOT_FOUND',
  },
  {
    name: 'a document that does not exist',
    who: 'applicantA',
    path: (w) => `/api/my/applications/${w.appA}/documents/doc_nope/pdf`,
    code: 'NOT_FOUND',
  },
  {
    name: 'another county’s document under one’s own case',
    who: 'clerk',
    path: (w) => `/api/applications/${w.appA}/documents/${w.docB}/pdf`,
    code: 'NOT_FOUND',
  },
  {
    name: 'the documents of another applicant’s case',
    who: 'applicantB',
    path: (w) => `/api/my/applications/${w.appA}/documents`,
    code: 'NOT_FOUND',
  },
  // --- corrections ----------------------------------------------------------------------
  {
    name: 'a correction with no body',
    who: 'clerk',
    path: correction,
    body: {},
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a correction that corrects nothing',
    who: 'clerk',
    path: correction,
    body: { reason: '录入有误' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a correction without a reason',
    who: 'clerk',
    path: correction,
    body: { addressee: '王建华' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a correction whose reason hides a NUL',
    who: 'clerk',
    path: correction,
    body: { ...GOOD, reason: `录入${NUL}有误` },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a correction whose addressee is markup',
    who: 'clerk',
    path: correction,
    body: { ...GOOD, addressee: '<b>王</b>' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a correction with an addressee of 61 characters',
    who: 'clerk',
    path: correction,
    body: { ...GOOD, addressee: '王'.repeat(61) },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a correction with a field it does not know',
    who: 'clerk',
    path: correction,
    body: { ...GOOD, number: '潍城烟许受〔2026〕第0009号' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a correction listing items on a 受理通知书 (which has none)',
    who: 'clerk',
    path: correction,
    body: { reason: '录入有误', items: ['身份证复印件'] },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a correction with 31 items',
    who: 'clerk',
    path: correction,
    body: { reason: '录入有误', items: Array.from({ length: 31 }, (_, i) => `材料${i}号`) },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a correction sent as text/plain',
    who: 'clerk',
    path: correction,
    body: JSON.stringify(GOOD),
    headers: { 'content-type': 'text/plain' },
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'a correction that is not JSON',
    who: 'clerk',
    path: correction,
    body: '{"reason": ',
    headers: { 'content-type': 'application/json' },
    code: 'MALFORMED_JSON',
  },
  {
    name: 'a correction of another county’s document under one’s own case',
    who: 'clerk',
    path: (w) => correction(w, w.docB, w.appA),
    body: GOOD,
    code: 'NOT_FOUND',
  },
  {
    name: 'a correction of a document already corrected',
    who: 'clerk',
    path: (w) => correction(w, w.docInspection, w.appInspection),
    body: GOOD,
    code: 'DOCUMENT_SUPERSEDED',
  },
];

describe('bad input to the e-licence PDF and the official documents', () => {
  let w: World;
  let cookies: Record<Principal, string | undefined>;

  beforeAll(async () => {
    w = await world();
    cookies = await sessions();
    // One document corrected already: correcting it again must be refused.
    const res = await call(correction(w, w.docInspection, w.appInspection), {
      cookie: cookies.clerk,
      body: GOOD,
    });
    expect(res.status, await res.text()).toBe(201);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await stateDigest();
    const res = await call(c.path(w), {
      method: c.body === undefined ? 'GET' : 'POST',
      cookie: cookies[c.who],
      body: c.body,
      headers: c.headers ?? {},
    });
    const text = await res.text();
    expect(res.status, text).toBeGreaterThanOrEqual(400);
    expect(res.status, text).toBeLessThan(500);
    const parsed = JSON.parse(text) as { error: { code: string; message: string } };
    expect(parsed.error.code, text).toBe(c.code);
    expect(parsed.error.message.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\bat \w+ \(|\.ts:\d+/);
    expect(await stateDigest(), 'nothing changed').toBe(before);
  });
});
