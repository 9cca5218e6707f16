/**
 * Bad input for what an applicant sends after the draft: resubmissions, deleting a draft, uploads
 * and messages, and 新办 or other business types submitted with one field wrong or a consent that
 * is missing or not the one asked for. The `mutate`, `licence` and `consentOf` bodies are completed
 * by the test (from a complete form, A's licence, a fresh idempotency key).
 */
import { jpeg } from './authz.matrix';
import { CONSENT, validId } from './fixtures';
import { BAD_CREDIT, BAD_DATES, BAD_ID, BAD_NAMES, BAD_TEXTS, RLO } from './bad-input.values';
import type { BadInputCase as Case } from './bad-input.case';

export const RESUBMISSION_BAD_CASES: Case[] = [
  // --- resubmission ---------------------------------------------------------------------------
  {
    name: 'resubmitting a case that was not sent back',
    who: 'applicantA',
    path: (w) => `/api/my/applications/${w.appA}/resubmit`,
    body: { version: 1, form: {}, idempotencyKey: crypto.randomUUID(), consent: CONSENT },
    code: 'ILLEGAL_TRANSITION',
  },
  ...[undefined, 'not-a-uuid'].map((idempotencyKey): Case => ({
    name: `a resubmission with the idempotency key ${JSON.stringify(idempotencyKey)}`,
    who: 'applicantA',
    path: (w) => `/api/my/applications/${w.correctionA}/resubmit`,
    body: { version: 1, form: {}, idempotencyKey, consent: CONSENT },
    code: 'VALIDATION_FAILED',
  })),
  ...consentCases((w) => `/api/my/applications/${w.correctionA}/resubmit`, {
    version: 1,
    form: {},
    idempotencyKey: crypto.randomUUID(),
  }).map((c) => ({ ...c, name: `a resubmission ${c.name}` })),
  // --- deleting a draft -------------------------------------------------------------------------
  {
    name: 'deleting a case that is no longer a draft',
    who: 'applicantA',
    method: 'DELETE',
    path: (w) => `/api/my/applications/${w.appA}`,
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'deleting a draft with a 65-character id',
    who: 'applicantA',
    method: 'DELETE',
    path: `/api/my/applications/${'d'.repeat(65)}`,
    code: 'NOT_FOUND',
  },
  // --- uploads ----------------------------------------------------------------------------------
  {
    name: 'an upload of an unknown kind',
    who: 'applicantA',
    path: '/api/my/attachments?kind=selfie',
    body: jpeg(),
    headers: { 'content-type': 'image/jpeg' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'an upload without a kind',
    who: 'applicantA',
    path: '/api/my/attachments',
    body: jpeg(),
    headers: { 'content-type': 'image/jpeg' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'an upload that is not an image',
    who: 'applicantA',
    path: '/api/my/attachments?kind=idCardFront',
    body: new TextEncoder().encode('<html><script>alert(1)</script></html>'.repeat(4)),
    headers: { 'content-type': 'image/jpeg' },
    code: 'ATTACHMENT_TYPE',
  },
  {
    name: 'an upload of a few bytes',
    who: 'applicantA',
    path: '/api/my/attachments?kind=idCardFront',
    body: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
    headers: { 'content-type': 'image/jpeg' },
    code: 'ATTACHMENT_TYPE',
  },
  {
    name: 'an upload declared as HTML',
    who: 'applicantA',
    path: '/api/my/attachments?kind=idCardFront',
    body: jpeg(),
    headers: { 'content-type': 'text/html' },
    code: 'ATTACHMENT_TYPE',
  },
  {
    name: 'an upload past 5 MB',
    who: 'applicantA',
    path: '/api/my/attachments?kind=idCardFront',
    body: (() => {
      const b = new Uint8Array(5 * 1024 * 1024 + 10);
      b.set([0xff, 0xd8, 0xff, 0xe0]);
      return b;
    })(),
    headers: { 'content-type': 'image/jpeg' },
    code: 'BODY_TOO_LARGE',
  },
  {
    name: 'marking an unknown message read',
    who: 'applicantA',
    path: '/api/my/notifications/ntf_nope/read',
    body: {},
    code: 'NOT_FOUND',
  },
];

/** Submissions of a 新办 form broken in one field each (built from a complete form). */
function submissionCases(): Case[] {
  const broken: [string, (f: Record<string, unknown>) => Record<string, unknown>, string][] = [
    ...BAD_NAMES.map(
      (n): [string, (f: Record<string, unknown>) => Record<string, unknown>, string] => [
        `operator name ${JSON.stringify(n)}`,
        (f) => ({ ...f, operatorName: n }),
        'VALIDATION_FAILED',
      ],
    ),
    ...BAD_TEXTS.map(
      (t): [string, (f: Record<string, unknown>) => Record<string, unknown>, string] => [
        `shop name ${JSON.stringify(t)}`,
        (f) => ({ ...f, shopName: t }),
        'VALIDATION_FAILED',
      ],
    ),
    ['an address of three characters', (f) => ({ ...f, address: '胜利街' }), 'VALIDATION_FAILED'],
    ['an address with markup', (f) => ({ ...f, address: '胜利街<b>1</b>号' }), 'VALIDATION_FAILED'],
    [
      'an ID number with a wrong check digit',
      (f) => ({ ...f, idNumber: BAD_ID }),
      'VALIDATION_FAILED',
    ],
    [
      'someone else’s ID number',
      (f) => ({ ...f, idNumber: validId('110101', '19900307', '003') }),
      'IDENTITY_MISMATCH',
    ],
    [
      'a credit code with a wrong check character',
      (f) => ({ ...f, creditCode: BAD_CREDIT }),
      'VALIDATION_FAILED',
    ],
    ['a county of five digits', (f) => ({ ...f, county: '37070' }), 'VALIDATION_FAILED'],
    [
      'a county that does not own the spot',
      (f) => ({ ...f, county: '370705' }),
      'LOCATION_COUNTY_MISMATCH',
    ],
    ['the shop at 0°N 0°E', (f) => ({ ...f, lat: 0, lng: 0 }), 'LOCATION_OUTSIDE_CITY'],
    ['the shop in Beijing', (f) => ({ ...f, lat: 39.9, lng: 116.4 }), 'LOCATION_OUTSIDE_CITY'],
    ['a latitude that is text', (f) => ({ ...f, lat: '36.73' }), 'VALIDATION_FAILED'],
    [
      'an unknown proof of premises',
      (f) => ({ ...f, premisesProof: 'castle' }),
      'VALIDATION_FAILED',
    ],
    ['an agent without a name', (f) => ({ ...f, byAgent: true }), 'VALIDATION_FAILED'],
    ['an extra field', (f) => ({ ...f, discount: true }), 'VALIDATION_FAILED'],
    [
      'an attachment that is someone else’s',
      (f) => ({ ...f, attachments: { ...(f.attachments as object), idCardFront: 'att_b' } }),
      'VALIDATION_FAILED',
    ],
    [
      'a missing licence photo',
      (f) => ({ ...f, attachments: { ...(f.attachments as object), businessLicence: undefined } }),
      'VALIDATION_FAILED',
    ],
  ];
  return broken.map(([name, mutate, code]) => ({
    name: `新办 with ${name}`,
    who: 'applicantA',
    path: '/api/my/applications/submissions',
    body: { mutate },
    code,
  }));
}

/** Other business types with one impossible field each (on A's own licence). */
function otherTypeCases(): Case[] {
  const forms: [string, string, unknown][] = [
    ...BAD_DATES.map((d): [string, string, unknown] => [
      'change',
      `a change dated ${d}`,
      {
        changeKind: 'name',
        changeDate: d,
        newValue: '新店名',
        attachments: { businessLicence: 'att_a_free' },
      },
    ]),
    ...BAD_DATES.map((d): [string, string, unknown] => [
      'closure',
      `a closure on ${d}`,
      { closureDate: d, reason: '不再经营' },
    ]),
    [
      'suspension',
      'a suspension ending before it starts',
      { suspendFrom: '2026-12-10', suspendUntil: '2026-12-01', reason: '装修' },
    ],
    [
      'reissue',
      'a reissue for an unknown reason',
      { reason: 'stolen-by-aliens', statement: '丢失' },
    ],
    [
      'reissue',
      'a reissue statement with a bidi override',
      { reason: 'lost', statement: `丢失${RLO}了` },
    ],
    ['resume', 'a resumption without confirming the conditions', { resumeOn: '2026-12-10' }],
    [
      'renewal',
      'a renewal that does not confirm nothing changed',
      { attachments: { businessLicence: 'att_a_free' } },
    ],
  ];
  return forms.map(([type, name, form]) => ({
    name: `${type}: ${name}`,
    who: 'applicantA',
    path: '/api/my/applications/submissions',
    body: { type, licence: true, form },
    code: type === 'suspension' ? 'PRECONDITION_FAILED' : 'VALIDATION_FAILED',
  }));
}

/** A (re)submission whose consent is missing, not ticked, or agrees to another notice. */
function consentCases(path: Case['path'], body: Record<string, unknown>): Case[] {
  const variants: [string, unknown][] = [
    ['without its consent', undefined],
    ['without the promise (告知承诺)', { ...CONSENT, promise: false }],
    ['without consent to personal information', { ...CONSENT, personalInfo: undefined }],
    ['without the separate consent to sensitive information', { ...CONSENT, sensitiveInfo: false }],
    ['agreeing to an old privacy notice', { ...CONSENT, noticeVersion: '2020-01-01' }],
    ['with a consent that says more', { ...CONSENT, marketing: true }],
  ];
  return variants.map(([what, consent]) => ({
    name: what,
    who: 'applicantA',
    path,
    body: { ...body, consent },
    code: 'CONSENT_REQUIRED',
  }));
}

export const SUBMISSION_BAD_CASES: Case[] = [
  ...submissionCases(),
  ...otherTypeCases(),
  ...consentCases('/api/my/applications/submissions', { consentOf: true }).map((c) => ({
    ...c,
    name: `新办 ${c.name}`,
  })),
];
