/**
 * Bad input, table-driven: every request below is wrong in one way. Each must answer a 4xx with
 * the stable code named, never a 5xx or a stack, and leave every table and stored object as it
 * was (compared before and after).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { jpeg, type Principal, type World } from './authz.matrix';
import { newForm } from './cases';
import { CONSENT, REALNAME_CONSENT, call, validId } from './fixtures';
import { stateDigest } from './state';
import { CHECKLIST_CASES, REMOTE_CASES } from './bad-input.remote';
import { SERVICE_BAD_CASES } from './bad-input.service';
import { RECORD_BAD_CASES } from './bad-input.records';
import { EVIDENCE_BAD_CASES } from './bad-input.evidence';
import { INTEGRATION_BAD_CASES } from './bad-input.integrations';
import { IMPORTS_BAD_CASES } from './bad-input.imports';
import { SETTINGS_BAD_CASES } from './bad-input.settings';
import { WARNING_BAD_CASES } from './bad-input.warnings';
import { TERMINATE_BAD_CASES } from './bad-input.terminate';
import { REALTIME_BAD_CASES } from './bad-input.realtime';
import { COCKPIT_BAD_CASES } from './bad-input.cockpit';
import { sessions, world } from './world';
import type { BadInputCase as Case } from './bad-input.case';

const NUL = '\u0000';
const RLO = '\u202e';
const ZWSP = '\u200b';
const BAD_ID = '370702198001011230'; // check digit wrong (the right one is 4)
const BAD_CREDIT = '91370702MA3C000001';

/** Person names that are not names. */
const BAD_NAMES = [
  '',
  '李',
  '<b>李四</b>',
  `李${NUL}四`,
  `李${RLO}四`,
  `李${ZWSP}四`,
  '李四123',
  '李四@',
  'x'.repeat(41),
];

/** Typed texts (shop names, addresses, reasons) with hidden or active content. */
const BAD_TEXTS = ['', `店${NUL}`, `店${RLO}名`, `店${ZWSP}名`, '<script>x</script>', 'a\u0007b'];

const BAD_DATES = ['2026-02-30', '2026-13-01', '2026-00-10', '2026-2-3', '26-02-03', 'tomorrow'];

const cases: Case[] = [
  // --- transport: body types and shapes ---------------------------------------------------
  {
    name: 'JSON sent as text/plain',
    who: 'applicantB',
    path: '/api/me/realname',
    body: JSON.stringify({ name: '李四', idNumber: '110101199003070035' }),
    headers: { 'content-type': 'text/plain' },
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'JSON as a form post',
    who: 'applicantA',
    path: '/api/my/applications',
    body: 'type=new',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'malformed JSON',
    who: 'applicantA',
    path: '/api/my/applications',
    body: '{"type": "new",',
    headers: { 'content-type': 'application/json' },
    code: 'MALFORMED_JSON',
  },
  {
    name: 'a body past the limit',
    who: 'applicantA',
    path: '/api/my/applications',
    body: JSON.stringify({ type: 'new', form: { shopName: 'x'.repeat(70_000) } }),
    headers: { 'content-type': 'application/json' },
    code: 'BODY_TOO_LARGE',
  },
  {
    name: 'a state change from another origin',
    who: 'applicantA',
    path: '/api/my/applications',
    body: { type: 'new', form: {} },
    headers: { origin: 'https://evil.example' },
    code: 'CROSS_ORIGIN',
  },
  // --- sign-in ------------------------------------------------------------------------------
  ...[
    '',
    '1234',
    '12345678901',
    '1380000000',
    '138000000000',
    '+8613800000000',
    '138-0000-0000',
  ].map((phone): Case => ({
    name: `SMS code for phone "${phone}"`,
    who: 'anonymous',
    path: '/api/auth/sms/request',
    body: { phone },
    code: 'PHONE_INVALID',
  })),
  {
    name: 'SMS code for a phone given as a number',
    who: 'anonymous',
    path: '/api/auth/sms/request',
    body: { phone: 13800000000 },
    code: 'PHONE_INVALID',
  },
  ...['', '12345', '1234567', 'abcdef', '12 456'].map((code): Case => ({
    name: `SMS verify with code "${code}"`,
    who: 'anonymous',
    path: '/api/auth/sms/verify',
    body: { phone: '13900000001', code },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'staff sign-in without a password',
    who: 'anonymous',
    path: '/api/auth/staff/login',
    body: { username: 'clerk' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'staff sign-in with an extra field',
    who: 'anonymous',
    path: '/api/auth/staff/login',
    body: { username: 'clerk', password: 'x', role: 'admin' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'staff sign-in with a 300-character password',
    who: 'anonymous',
    path: '/api/auth/staff/login',
    body: { username: 'clerk', password: 'x'.repeat(300) },
    code: 'VALIDATION_FAILED',
  },
  // --- real-name binding (B is not verified in the seeded world; the world verifies B) ------
  ...BAD_NAMES.map((name): Case => ({
    name: `real-name binding with name ${JSON.stringify(name)}`,
    who: 'applicantA',
    path: '/api/me/realname',
    body: { name, idNumber: '110101199003070035', consent: REALNAME_CONSENT },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'real-name binding with an extra field',
    who: 'applicantA',
    path: '/api/me/realname',
    body: {
      name: '李四',
      idNumber: '110101199003070035',
      consent: REALNAME_CONSENT,
      verified: true,
    },
    code: 'VALIDATION_FAILED',
  },
  ...[
    ['without its consent', undefined],
    ['with the consent not ticked', { ...REALNAME_CONSENT, sensitiveInfo: false }],
    ['agreeing to an old notice', { ...REALNAME_CONSENT, noticeVersion: '2020-01-01' }],
  ].map(([what, consent]): Case => ({
    name: `real-name binding ${String(what)}`,
    who: 'applicantB',
    path: '/api/me/realname',
    body: { name: '李四', idNumber: '110101199003070035', consent },
    code: 'CONSENT_REQUIRED',
  })),
  // --- drafts ---------------------------------------------------------------------------------
  {
    name: 'a draft of an unknown business type',
    who: 'applicantA',
    path: '/api/my/applications',
    body: { type: 'franchise', form: {} },
    code: 'UNKNOWN_BUSINESS_TYPE',
  },
  {
    name: 'a 新办 draft naming a licence',
    who: 'applicantA',
    path: '/api/my/applications',
    body: { type: 'new', licenceId: 'lic_x', form: {} },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a renewal draft without a licence',
    who: 'applicantA',
    path: '/api/my/applications',
    body: { type: 'renewal', form: {} },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a renewal draft on a licence that is not the applicant’s',
    who: 'applicantA',
    path: '/api/my/applications',
    body: { type: 'renewal', licenceId: 'lic_of_nobody', form: {} },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a draft id that is not a uuid',
    who: 'applicantA',
    path: '/api/my/applications',
    body: { id: 'draft-1', type: 'new', form: {} },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a draft whose form has a 65-character key',
    who: 'applicantA',
    path: '/api/my/applications',
    body: { type: 'new', form: { ['k'.repeat(65)]: 1 } },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a draft with an invalid ID number',
    who: 'applicantA',
    path: '/api/my/applications',
    body: { type: 'new', form: { idNumber: BAD_ID } },
    code: 'ID_NUMBER_INVALID',
  },
  {
    name: 'a draft with an invalid credit code',
    who: 'applicantA',
    path: '/api/my/applications',
    body: { type: 'new', form: { creditCode: BAD_CREDIT } },
    code: 'CREDIT_CODE_INVALID',
  },
  {
    name: 'autosave of a case that is no longer a draft',
    who: 'applicantA',
    method: 'PUT',
    path: (w) => `/api/my/applications/${w.appA}`,
    body: { form: { shopName: '改名' } },
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'autosave with the form missing',
    who: 'applicantA',
    method: 'PUT',
    path: (w) => `/api/my/applications/${w.draftA}`,
    body: { shopName: '改名' },
    code: 'VALIDATION_FAILED',
  },
  // --- withdrawal -----------------------------------------------------------------------------
  ...[0, -1, 1.5, '1'].map((version): Case => ({
    name: `withdrawal with version ${JSON.stringify(version)}`,
    who: 'applicantA',
    path: (w) => `/api/my/applications/${w.appA}/actions`,
    body: { action: 'withdraw', version, idempotencyKey: crypto.randomUUID() },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'withdrawal of a stale version',
    who: 'applicantA',
    path: (w) => `/api/my/applications/${w.appA}/actions`,
    body: { action: 'withdraw', version: 7, idempotencyKey: crypto.randomUUID() },
    code: 'CONFLICT',
  },
  {
    name: 'an applicant trying a staff action',
    who: 'applicantA',
    path: (w) => `/api/my/applications/${w.appA}/actions`,
    body: { action: 'accept', version: 1, idempotencyKey: crypto.randomUUID() },
    code: 'VALIDATION_FAILED',
  },
  ...[undefined, 'key-1', 42].map((idempotencyKey): Case => ({
    name: `withdrawal with the idempotency key ${JSON.stringify(idempotencyKey)}`,
    who: 'applicantA',
    path: (w) => `/api/my/applications/${w.appA}/actions`,
    body: { action: 'withdraw', version: 1, idempotencyKey },
    code: 'VALIDATION_FAILED',
  })),
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
  // --- the queue and case reads -----------------------------------------------------------------
  ...[
    'status=bogus',
    'page=0',
    'page=-1',
    'page=abc',
    'pageSize=1000',
    'pageSize=0',
    'county=abc',
    'county=3707021',
    'type=franchise',
    'due=someday',
    'sort=deadline',
    // A search word of one character would match half the city; five words are too many.
    'q=王',
    'q=王建国 店',
    `q=${encodeURIComponent('ＸＫ 1')}`,
    `q=${encodeURIComponent('一二 三四 五六 七八 九十')}`,
    `q=${'x'.repeat(41)}`,
  ].map((q): Case => ({
    name: `queue with ${q}`,
    who: 'clerk',
    method: 'GET',
    path: `/api/applications?${q}`,
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a case id of 200 characters',
    who: 'clerk',
    method: 'GET',
    path: `/api/applications/${'x'.repeat(200)}`,
    code: 'NOT_FOUND',
  },
  ...['', 'abc', '<b>看看</b>', `查看${NUL}`, `查看${RLO}身份`].map((reason): Case => ({
    name: `revealing an ID number with reason ${JSON.stringify(reason)}`,
    who: 'clerk',
    path: (w) => `/api/applications/${w.appA}/reveal-id`,
    body: { reason },
    code: 'VALIDATION_FAILED',
  })),
  ...['', 'abc', '<b>回电</b>', `回电${NUL}`, `回电${RLO}告知`].map((reason): Case => ({
    name: `revealing a phone with reason ${JSON.stringify(reason)}`,
    who: 'clerk',
    path: (w) => `/api/applications/${w.appA}/reveal-phone`,
    body: { reason },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'revealing a phone without a reason',
    who: 'clerk',
    path: (w) => `/api/applications/${w.appA}/reveal-phone`,
    body: {},
    code: 'VALIDATION_FAILED',
  },
  ...['level=orange', 'page=0', 'pageSize=101', 'county=37070', 'status=open'].map((q): Case => ({
    name: `warnings with ${q}`,
    who: 'clerk',
    method: 'GET',
    path: `/api/warnings?${q}`,
    code: 'VALIDATION_FAILED',
  })),
  // --- staff actions ----------------------------------------------------------------------------
  ...(
    [
      [{ action: 'teleport', version: 1 }, 'an unknown action'],
      [{ action: 'accept' }, 'accept without a version'],
      [{ action: 'accept', version: 0 }, 'accept with version 0'],
      [{ action: 'accept', version: '1' }, 'accept with a string version'],
      [{ action: 'accept', version: 1, note: 'x' }, 'accept with an extra field'],
      [{ action: 'request_correction', version: 1, items: [] }, 'corrections listing nothing'],
      [{ action: 'request_correction', version: 1, items: [''] }, 'a blank correction item'],
      [
        {
          action: 'request_correction',
          version: 1,
          items: Array.from({ length: 31 }, (_, i) => `材料${i}`),
        },
        '31 correction items',
      ],
      ...BAD_TEXTS.map((t) => [
        { action: 'request_correction', version: 1, items: [t] },
        `correction item ${JSON.stringify(t)}`,
      ]),
      [
        { action: 'require_inspection', version: 1, inspectorIds: ['stf_inspector'] },
        'one officer',
      ],
      [{ action: 'require_inspection', version: 1, inspectorIds: [] }, 'no officer'],
      [{ action: 'refuse', version: 1, reasons: [] }, 'a refusal without reasons'],
      [{ action: 'refuse', version: 1, reasons: ['<a href=x>理由</a>'] }, 'a refusal with markup'],
      [{ action: 'extend', version: 1 }, 'an extension without a reason'],
      [
        { action: 'extend', version: 1, reason: `需要${RLO}核实` },
        'an extension with a bidi override',
      ],
      [{ action: 'deliver', version: 1, method: 'drone' }, 'delivery by drone'],
      [
        { action: 'approve', version: 1, layoutOverrideReason: 'x'.repeat(501) },
        'a 501-char override',
      ],
    ] as [unknown, string][]
  ).map(([body, name]): Case => ({
    name: `staff action: ${name}`,
    who: 'approver',
    path: (w) => `/api/applications/${w.appA}/actions`,
    body,
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'officers who are not inspectors of the county',
    who: 'approver',
    path: (w) => `/api/applications/${w.acceptedA}/actions`,
    body: { action: 'require_inspection', version: 1, inspectorIds: ['stf_clerk', 'stf_admin'] },
    code: 'INVALID_INSPECTORS',
  },
  {
    name: 'an inspection for a case not yet accepted',
    who: 'approver',
    path: (w) => `/api/applications/${w.appA}/actions`,
    body: {
      action: 'require_inspection',
      version: 1,
      inspectorIds: ['stf_inspector', 'stf_inspector2'],
    },
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'approving a case still waiting for acceptance',
    who: 'approver',
    path: (w) => `/api/applications/${w.appA}/actions`,
    body: { action: 'approve', version: 1 },
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'accepting with a stale version',
    who: 'clerk',
    path: (w) => `/api/applications/${w.appA}/actions`,
    body: { action: 'accept', version: 9 },
    code: 'CONFLICT',
  },
  ...['', 'x', `现场${NUL}一致`].map((notes): Case => ({
    name: `inspection notes ${JSON.stringify(notes)}`,
    who: 'inspector',
    path: (w) => `/api/applications/${w.appInspection}/actions`,
    body: { action: 'record_inspection', version: 1, passed: true, notes },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'an inspection result that is neither pass nor fail',
    who: 'inspector',
    path: (w) => `/api/applications/${w.appInspection}/actions`,
    body: { action: 'record_inspection', version: 1, passed: 'yes', notes: '现场一致' },
    code: 'VALIDATION_FAILED',
  },
  // --- inspection tasks -------------------------------------------------------------------------
  {
    name: 'a task list of a state that does not exist',
    who: 'inspector',
    path: '/api/tasks?state=lost',
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a task reassigned to one officer (the two-officer rule)',
    who: 'approver',
    path: (w) => `/api/tasks/${w.taskInspection}/reassign`,
    body: { version: 1, officerIds: ['stf_inspector'], reason: '人员调整' },
    code: 'TASK_OFFICERS',
  },
  {
    name: 'a task reassigned to nobody',
    who: 'approver',
    path: (w) => `/api/tasks/${w.taskInspection}/reassign`,
    body: { version: 1, officerIds: [], reason: '人员调整' },
    code: 'VALIDATION_FAILED',
  },
  ...(
    [
      ['15:00', '14:00', 'TASK_WINDOW_INVALID'],
      ['14:00', '14:00', 'TASK_WINDOW_INVALID'],
      ['2pm', '3pm', 'VALIDATION_FAILED'],
    ] as const
  ).map(([from, to, code]): Case => ({
    name: `an appointment ${from}–${to}`,
    who: 'inspector',
    method: 'PUT',
    path: (w) => `/api/tasks/${w.taskInspection}/window`,
    body: { version: 1, on: '2099-01-01', from, to },
    code,
  })),
  {
    name: 'an appointment on a day already past',
    who: 'inspector',
    method: 'PUT',
    path: (w) => `/api/tasks/${w.taskInspection}/window`,
    body: { version: 1, on: '2000-01-01', from: '14:00', to: '15:00' },
    code: 'TASK_WINDOW_INVALID',
  },
  {
    name: 'an arrival outside the city',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/start`,
    body: { version: 1, lat: 39.9, lng: 116.4 },
    code: 'LOCATION_OUTSIDE_CITY',
  },
  {
    name: 'an arrival with a latitude but no longitude',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/start`,
    body: { version: 1, lat: 36.7 },
    code: 'VALIDATION_FAILED',
  },
  ...(
    [
      [[], 'VALIDATION_FAILED', 'no answers'],
      [[{ id: 'fixed_premises', result: 'pass' }], 'CHECKLIST_INCOMPLETE', 'one answer of seven'],
      [
        [{ id: 'fixed_premises', result: 'maybe' }],
        'VALIDATION_FAILED',
        'an answer that is not one',
      ],
    ] as const
  ).map(([items, code, what]): Case => ({
    name: `an on-site record with ${what}`,
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/record`,
    body: {
      idempotencyKey: 'bad-record-0001',
      version: 1,
      checklistVersion: 'onsite-2026.1',
      items,
      notes: '现场一致',
      signature: { kind: 'refused', reason: '店主拒绝签字' },
    },
    code,
  })),
  {
    name: 'an on-site record of a checklist version that does not exist',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/record`,
    body: {
      idempotencyKey: 'bad-record-0002',
      version: 1,
      checklistVersion: 'onsite-1999.1',
      items: [{ id: 'fixed_premises', result: 'pass' }],
      notes: '现场一致',
      signature: { kind: 'refused', reason: '店主拒绝签字' },
    },
    code: 'CHECKLIST_INCOMPLETE',
  },
  ...(
    [
      [{ kind: 'refused', reason: '' }, 'a refusal to sign without its reason'],
      [
        {
          kind: 'signed',
          name: '王建国',
          width: 300,
          height: 150,
          strokes: [],
          png: 'data:image/png;base64,AAAA',
        },
        'a signature without strokes',
      ],
      [
        {
          kind: 'signed',
          name: '王建国',
          width: 300,
          height: 150,
          strokes: [{ points: [{ x: 1, y: 2 }] }],
          png: 'data:image/png;base64,AAAA',
        },
        'a signature whose points have no time',
      ],
      [
        {
          kind: 'signed',
          name: '王建国',
          width: 300,
          height: 150,
          strokes: [{ points: [{ x: 1, y: 2, time: 3 }] }],
          png: 'javascript:alert(1)',
        },
        'a signature whose picture is a script',
      ],
      [{ kind: 'maybe' }, 'a signature of no kind'],
    ] as const
  ).map(([signature, what]): Case => ({
    name: `an on-site record with ${what}`,
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/record`,
    body: {
      idempotencyKey: 'bad-record-0003',
      version: 1,
      checklistVersion: 'onsite-2026.1',
      items: [{ id: 'fixed_premises', result: 'pass' }],
      notes: '现场一致',
      signature,
    },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'an on-site record for a task not assigned to the caller',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskKuiwen}/record`,
    body: {
      idempotencyKey: 'bad-record-0004',
      version: 1,
      checklistVersion: 'onsite-2026.1',
      items: [{ id: 'fixed_premises', result: 'pass' }],
      notes: '现场一致',
      signature: { kind: 'refused', reason: '店主拒绝签字' },
    },
    code: 'NOT_FOUND',
  },
  {
    name: 'an on-site photo that is a text file',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/photos?key=bad-photo-0001&item=fixed_premises`,
    body: new TextEncoder().encode('just some words, no picture here at all. '.repeat(4)),
    headers: { 'content-type': 'image/jpeg' },
    code: 'PHOTO_NOT_IMAGE',
  },
  {
    name: 'an on-site photo declared as HTML',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/photos?key=bad-photo-0002&item=fixed_premises`,
    body: new TextEncoder().encode('<script>alert(1)</script>'),
    headers: { 'content-type': 'text/html' },
    code: 'PHOTO_NOT_IMAGE',
  },
  ...(
    [
      ['key=short&item=fixed_premises', 'a device key too short'],
      ['key=bad-photo-0003', 'no checklist item'],
      ['key=bad-photo-0003&item=fixed_premises&lat=36.7', 'a latitude without longitude'],
      ['key=bad-photo-0003&item=fixed_premises&lat=north&lng=119', 'a latitude that is a word'],
      ['key=bad-photo-0003&item=fixed_premises&takenAt=yesterday', 'a time that is a word'],
    ] as const
  ).map(([q, what]): Case => ({
    name: `an on-site photo with ${what}`,
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/photos?${q}`,
    body: new Uint8Array(200).fill(7).fill(0xff, 0, 1).fill(0xd8, 1, 2).fill(0xff, 2, 3),
    headers: { 'content-type': 'image/jpeg' },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a confirmation with no record waiting',
    who: 'inspector2',
    path: (w) => `/api/tasks/${w.taskInspection}/confirm`,
    body: { decision: 'confirm', version: 1 },
    code: 'RECORD_NOT_AWAITING',
  },
  {
    name: 'a confirmation of the record of a task already done',
    who: 'inspector2',
    path: (w) => `/api/tasks/${w.taskDone}/confirm`,
    body: { decision: 'confirm', version: 4 },
    code: 'RECORD_NOT_AWAITING',
  },
  {
    name: 'a dispute without its note',
    who: 'inspector2',
    path: (w) => `/api/tasks/${w.taskInspection}/confirm`,
    body: { decision: 'dispute', version: 1 },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a confirmation that is neither yes nor no',
    who: 'inspector2',
    path: (w) => `/api/tasks/${w.taskInspection}/confirm`,
    body: { decision: 'perhaps', version: 1 },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a task accepted with a stale version',
    who: 'inspector',
    path: (w) => `/api/tasks/${w.taskInspection}/accept`,
    body: { version: 5 },
    code: 'CONFLICT',
  },
  // --- 好差评 ratings and follow-ups -------------------------------------------------------------
  ...(
    [
      [{ overall: 'great' }, 'an unknown level'],
      [{ overall: 5 }, 'a level as a score'],
      [{ indicators: { efficiency: 'satisfied' } }, 'indicators missing'],
      [
        {
          indicators: {
            efficiency: 'satisfied',
            guide: 'satisfied',
            convenience: 'satisfied',
            ease: 'satisfied',
            speed: 'satisfied',
          },
        },
        'an indicator that does not exist',
      ],
      [{ comment: 'x'.repeat(501) }, 'a comment of 501 characters'],
      [{ comment: `差${NUL}评` }, 'a comment with a NUL'],
      [{ comment: `差${RLO}评` }, 'a comment with a direction override'],
      [{ comment: '<img src=x onerror=alert(1)>' }, 'a comment with markup'],
      [{ attachmentId: '../att_a' }, 'a photo id that is a path'],
      [{ idempotencyKey: 'short' }, 'an idempotency key of 5 characters'],
      [{ stars: 5 }, 'a field the rating does not have'],
    ] as [Record<string, unknown>, string][]
  ).map(([change, name]): Case => ({
    name: `a rating with ${name}`,
    who: 'applicantA',
    path: (w) => `/api/my/ratings/${w.doneA}`,
    body: {
      idempotencyKey: 'bad-rating-0001',
      overall: 'satisfied',
      indicators: { efficiency: 'satisfied', guide: 'basic', convenience: 'basic', ease: 'basic' },
      ...change,
    },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a rating whose photo is someone else’s',
    who: 'applicantA',
    path: (w) => `/api/my/ratings/${w.doneA}`,
    body: {
      idempotencyKey: 'bad-rating-0002',
      overall: 'satisfied',
      indicators: { efficiency: 'satisfied', guide: 'basic', convenience: 'basic', ease: 'basic' },
      attachmentId: '00000000-0000-4000-8000-000000000000',
    },
    code: 'RATING_PHOTO_INVALID',
  },
  {
    name: 'a second rating of a rated case',
    who: 'applicantA',
    path: (w) => `/api/my/ratings/${w.ratedA}`,
    body: {
      idempotencyKey: 'bad-rating-0003',
      overall: 'very_satisfied',
      indicators: { efficiency: 'satisfied', guide: 'basic', convenience: 'basic', ease: 'basic' },
    },
    code: 'RATING_EXISTS',
  },
  {
    name: 'a rating of a case still open',
    who: 'applicantA',
    path: (w) => `/api/my/ratings/${w.acceptedA}`,
    body: {
      idempotencyKey: 'bad-rating-0004',
      overall: 'satisfied',
      indicators: { efficiency: 'satisfied', guide: 'basic', convenience: 'basic', ease: 'basic' },
    },
    code: 'RATING_NOT_FINISHED',
  },
  {
    name: 'a rating of someone else’s finished case',
    who: 'applicantB',
    path: (w) => `/api/my/ratings/${w.doneA}`,
    body: {
      idempotencyKey: 'bad-rating-0005',
      overall: 'satisfied',
      indicators: { efficiency: 'satisfied', guide: 'basic', convenience: 'basic', ease: 'basic' },
    },
    code: 'NOT_FOUND',
  },
  ...(
    [
      [{ resolution: 'maybe' }, 'an unknown answer'],
      [{ resolution: 'resolved', comment: `好${NUL}` }, 'a comment with a NUL'],
      [{ resolution: 'resolved', comment: 'x'.repeat(301) }, 'a comment of 301 characters'],
    ] as [unknown, string][]
  ).map(([body, name]): Case => ({
    name: `a 整改 answer with ${name}`,
    who: 'applicantA',
    path: (w) => `/api/my/ratings/${w.ratedA}/resolution`,
    body,
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a 整改 answer before the unit replied',
    who: 'applicantA',
    path: (w) => `/api/my/ratings/${w.ratedA}/resolution`,
    body: { resolution: 'resolved' },
    code: 'FOLLOWUP_NOT_REPLIED',
  },
  ...(['', '好的', '<b>已整改</b>', `已${ZWSP}整改完毕`, 'x'.repeat(1001)] as string[]).map(
    (reply): Case => ({
      name: `a follow-up reply of ${JSON.stringify(reply.slice(0, 12))} (${reply.length})`,
      who: 'clerk',
      path: (w) => `/api/ratings/follow-ups/${w.ratingA}/reply`,
      body: { reply },
      code: 'VALIDATION_FAILED',
    }),
  ),
  {
    name: 'a follow-up reply by a clerk of another county',
    who: 'clerkKuiwen',
    path: (w) => `/api/ratings/follow-ups/${w.ratingA}/reply`,
    body: { reply: '已联系申请人并整改。' },
    code: 'FOLLOWUP_OTHER_UNIT',
  },
  {
    name: 'follow-ups in a state that does not exist',
    who: 'clerk',
    method: 'GET',
    path: '/api/ratings/follow-ups?state=closed',
    code: 'VALIDATION_FAILED',
  },
  ...(['days=0', 'days=1000', 'days=x', 'county=370702'] as string[]).map((q): Case => ({
    name: `rating statistics with ${q}`,
    who: 'approver',
    method: 'GET',
    path: `/api/ratings/stats?${q}`,
    code: 'VALIDATION_FAILED',
  })),
  // --- layout check -----------------------------------------------------------------------------
  ...(
    [
      [
        { lat: 'x', lng: 119.06, county: '370702' },
        'a latitude that is a word',
        'VALIDATION_FAILED',
      ],
      [{ lat: 91, lng: 119.06, county: '370702' }, 'latitude 91', 'VALIDATION_FAILED'],
      [{ lat: 36.73, lng: -181, county: '370702' }, 'longitude -181', 'VALIDATION_FAILED'],
      [
        { lat: 36.73, lng: 119.06, county: '37' },
        'a county code of two digits',
        'VALIDATION_FAILED',
      ],
      [{ lat: 36.73, lng: 119.06, county: 370702 }, 'a county as a number', 'VALIDATION_FAILED'],
      [
        { lat: 36.73, lng: 119.06, county: '370702', crs: 'MARS' },
        'an unknown CRS',
        'VALIDATION_FAILED',
      ],
      [{ lat: 0, lng: 0, county: '370702' }, '0°N 0°E', 'LOCATION_OUTSIDE_CITY'],
      [{ lat: 39.9, lng: 116.4, county: '370702' }, 'Beijing', 'LOCATION_OUTSIDE_CITY'],
      [
        { lat: 119.06, lng: 36.73, county: '370702' },
        'swapped latitude and longitude',
        'VALIDATION_FAILED',
      ],
    ] as [unknown, string, string][]
  ).map(([body, name, code]): Case => ({
    name: `layout check: ${name}`,
    who: 'applicantA',
    path: '/api/layout/check',
    body,
    code,
  })),
  {
    name: 'layout check in a county that does not own the spot',
    who: 'applicantA',
    path: '/api/layout/check',
    body: { lat: 36.7301, lng: 119.0602, county: '370705' },
    code: 'LOCATION_COUNTY_MISMATCH',
  },
  {
    name: 'layout check in the city box but 100 km from every county seat',
    who: 'applicantA',
    path: '/api/layout/check',
    body: { lat: 35.65, lng: 118.15 },
    code: 'LOCATION_OUTSIDE_CITY',
  },
  // --- the county of a point ---------------------------------------------------------------------
  ...(
    [
      ['', 'no point', 'VALIDATION_FAILED'],
      ['lat=36.73', 'no longitude', 'VALIDATION_FAILED'],
      ['lat=x&lng=119.06', 'a latitude that is a word', 'VALIDATION_FAILED'],
      ['lat=36.73&lng=181', 'longitude 181', 'VALIDATION_FAILED'],
      ['lat=39.9&lng=116.4', 'Beijing', 'LOCATION_OUTSIDE_CITY'],
      ['lat=0&lng=0', '0°N 0°E', 'LOCATION_OUTSIDE_CITY'],
    ] as [string, string, string][]
  ).map(([q, name, code]): Case => ({
    name: `the county of ${name}`,
    who: 'applicantA',
    method: 'GET',
    path: `/api/layout/county?${q}`,
    code,
  })),
  // --- place search ------------------------------------------------------------------------------
  ...(
    [
      ['', 'no query'],
      ['q=', 'an empty query'],
      ['q=潍', 'one character'],
      ['q=%20%E6%BD%8D%20', 'one character between spaces'],
      [`q=${encodeURIComponent('路'.repeat(41))}`, '41 characters'],
    ] as [string, string][]
  ).map(([q, name]): Case => ({
    name: `place search with ${name}`,
    who: 'applicantA',
    method: 'GET',
    path: `/api/geocode?${q}`,
    code: 'VALIDATION_FAILED',
  })),
  // --- the map ----------------------------------------------------------------------------------
  ...['', 'lat=36.7', 'lat=x&lng=119', 'lat=95&lng=119', 'lat=36.7&lng=200'].map((q): Case => ({
    name: `the register at ${q || 'no point'}`,
    who: 'clerk',
    method: 'GET',
    path: `/api/map/retailers/at?${q}`,
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a grid id of 100 characters',
    who: 'clerk',
    method: 'GET',
    path: `/api/map/grids/${'g'.repeat(100)}`,
    code: 'NOT_FOUND',
  },
  ...['abc', '37070', ''].map((county): Case => ({
    name: `inspectors of county "${county}"`,
    who: 'clerk',
    method: 'GET',
    path: `/api/staff/inspectors?county=${county}`,
    code: 'VALIDATION_FAILED',
  })),
  // --- calendar ---------------------------------------------------------------------------------
  ...BAD_DATES.map((d): Case => ({
    name: `a holiday on ${d}`,
    who: 'admin',
    method: 'PUT',
    path: '/api/calendar/years/2027',
    body: { year: 2027, holidays: [d], makeup_workdays: [], source: '国务院办公厅通知' },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a year that is not the one in the URL',
    who: 'admin',
    method: 'PUT',
    path: '/api/calendar/years/2027',
    body: { year: 2028, holidays: [], makeup_workdays: [], source: '国务院办公厅通知' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a day both a holiday and a make-up day',
    who: 'admin',
    method: 'PUT',
    path: '/api/calendar/years/2027',
    body: {
      year: 2027,
      holidays: ['2027-10-09'],
      makeup_workdays: ['2027-10-09'],
      source: '国务院办公厅通知',
    },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a holiday ten years away from its year',
    who: 'admin',
    method: 'PUT',
    path: '/api/calendar/years/2027',
    body: { year: 2027, holidays: ['2037-01-01'], makeup_workdays: [], source: '国务院办公厅通知' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a calendar source with markup',
    who: 'admin',
    method: 'PUT',
    path: '/api/calendar/years/2027',
    body: { year: 2027, holidays: [], makeup_workdays: [], source: '<i>通知</i>' },
    code: 'VALIDATION_FAILED',
  },
  // --- grids ------------------------------------------------------------------------------------
  ...[-1, 20_000, 1.5, '10'].map((capacity): Case => ({
    name: `a capacity override of ${JSON.stringify(capacity)}`,
    who: 'admin',
    method: 'PUT',
    path: (w) => `/api/grids/${w.grid}/override`,
    body: { capacity, reason: '重点帮扶' },
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a capacity override without a reason',
    who: 'admin',
    method: 'PUT',
    path: (w) => `/api/grids/${w.grid}/override`,
    body: { capacity: 12 },
    code: 'OVERRIDE_REASON_REQUIRED',
  },
  {
    name: 'a capacity override of a grid that does not exist',
    who: 'admin',
    method: 'PUT',
    path: '/api/grids/8831aa5029fffff/override',
    body: { capacity: 12, reason: '重点帮扶' },
    code: 'NOT_FOUND',
  },
  ...(
    [
      [{ minSpacingM: -1, schoolBufferM: 50 }, 'a negative spacing'],
      [{ minSpacingM: 5000, schoolBufferM: 50 }, 'a 5 km spacing'],
      [{ minSpacingM: 50, schoolBufferM: 'far' }, 'a school zone that is a word'],
    ] as [unknown, string][]
  ).map(([rules, name]): Case => ({
    name: `layout settings with ${name}`,
    who: 'admin',
    method: 'PUT',
    path: '/api/grids/settings',
    body: { rules },
    code: 'VALIDATION_FAILED',
  })),
  // --- imports ------------------------------------------------------------------------------------
  {
    name: 'a retailer import without rows',
    who: 'admin',
    path: '/api/imports/retailers',
    body: { crs: 'WGS84', rows: [] },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a retailer import in an unknown CRS',
    who: 'admin',
    path: '/api/imports/retailers',
    body: { crs: 'MARS', rows: [{}] },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a retailer import of 5,001 rows',
    who: 'admin',
    path: '/api/imports/retailers',
    body: { crs: 'WGS84', rows: Array.from({ length: 5001 }, () => ({})) },
    code: 'IMPORT_TOO_LARGE',
  },
  ...[
    { issuedOn: '2026-02-30' },
    { name: '<b>店</b>' },
    { name: `店${NUL}` },
    { address: `街${RLO}道` },
    { lat: 0, lng: 0 },
    { number: 'ABC' },
    { status: 'zombie' },
    { issuedOn: '2025-06-01', expiresOn: '2025-01-01' },
  ].map((bad): Case => ({
    name: `a retailer import commit with ${JSON.stringify(bad)}`,
    who: 'admin',
    path: '/api/imports/retailers',
    body: {
      crs: 'WGS84',
      dryRun: false,
      rows: [
        {
          number: '370702202300001',
          name: '导入店',
          address: '潍城区测试街',
          lat: 36.7301,
          lng: 119.0602,
          ...bad,
        },
      ],
    },
    code: 'IMPORT_REJECTED_ROWS',
  })),
  {
    name: 'a school import commit with a nameless row',
    who: 'admin',
    path: '/api/schools/import',
    body: {
      crs: 'WGS84',
      dryRun: false,
      rows: [{ name: '', kind: '小学', county: '370702', lat: 36.73, lng: 119.06 }],
    },
    code: 'IMPORT_REJECTED_ROWS',
  },
  {
    name: 'a school import commit with markup in the name',
    who: 'admin',
    path: '/api/schools/import',
    body: {
      crs: 'WGS84',
      dryRun: false,
      rows: [{ name: '<b>实验</b>小学', kind: '小学', county: '370702', lat: 36.73, lng: 119.06 }],
    },
    code: 'IMPORT_REJECTED_ROWS',
  },
  // --- the e-licence (电子许可证) ----------------------------------------------------------
  {
    name: 'an e-licence of a cancelled licence',
    who: 'applicantA',
    path: (w) => `/api/my/licences/${w.cancelledLicenceA}/e-licence`,
    code: 'LICENCE_NOT_ACTIVE',
  },
  {
    name: 'an e-licence of someone else’s licence',
    who: 'applicantB',
    path: (w) => `/api/my/licences/${w.licenceA}/e-licence`,
    code: 'NOT_FOUND',
  },
  {
    name: 'an e-licence of a licence that does not exist',
    who: 'applicantA',
    path: '/api/my/licences/lic_nope/e-licence',
    code: 'NOT_FOUND',
  },
  {
    name: 'an e-licence with an id of 200 characters',
    who: 'applicantA',
    path: `/api/my/licences/${'a'.repeat(200)}/e-licence`,
    code: 'NOT_FOUND',
  },
  {
    name: 'an e-licence with markup for an id',
    who: 'applicantA',
    path: `/api/my/licences/${encodeURIComponent('<script>')}/e-licence`,
    code: 'NOT_FOUND',
  },
  {
    name: 'a polygon import without units',
    who: 'admin',
    path: '/api/grids/polygons',
    body: { crs: 'WGS84', units: [] },
    code: 'VALIDATION_FAILED',
  },
  // --- 跨系统查询 ----------------------------------------------------------------------------
  ...['', '建', '建国 便', 'x'.repeat(61), '一 二三 四五 六七 八九'].map((q): Case => ({
    name: `a search for ${JSON.stringify(q.slice(0, 12))}`,
    who: 'clerk',
    method: 'GET',
    path: `/api/search?q=${encodeURIComponent(q)}`,
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a search with an unknown parameter',
    who: 'clerk',
    method: 'GET',
    path: '/api/search?q=%E5%BB%BA%E5%9B%BD&kind=licence',
    code: 'VALIDATION_FAILED',
  },
  // --- 人员管理 and 审计日志 -------------------------------------------------------------------
  ...[
    ['a weak first password', { password: 'xuke2026' }, 'PASSWORD_POLICY'],
    ['a taken user name', { username: 'clerk' }, 'USERNAME_TAKEN'],
    ['an unknown role', { role: 'owner' }, 'VALIDATION_FAILED'],
    ['no county', { jurisdictions: [] }, 'VALIDATION_FAILED'],
    ['an unknown county', { jurisdictions: ['999999'] }, 'VALIDATION_FAILED'],
    ['a user name with markup', { username: '<b>x</b>' }, 'VALIDATION_FAILED'],
  ].map(([what, change, code]): Case => ({
    name: `a staff account with ${what as string}`,
    who: 'admin',
    path: '/api/admin/staff',
    body: {
      username: 'new.one',
      displayName: '新同事',
      role: 'clerk',
      jurisdictions: ['370702'],
      password: 'Gr4nite-Harbour!',
      ...(change as object),
    },
    code: code as string,
  })),
  {
    name: 'disabling the last admin',
    who: 'admin',
    method: 'PUT',
    path: '/api/admin/staff/stf_admin',
    body: { version: 0, active: false },
    code: 'LAST_ADMIN',
  },
  {
    name: 'a password change with the wrong current password',
    who: 'clerk',
    path: '/api/auth/staff/password',
    body: { current: 'nope', next: 'Gr4nite-Harbour!' },
    code: 'PASSWORD_WRONG',
  },
  ...['from=2026-02-01&to=2026-01-01', 'event=no_such_event', 'from=yesterday', 'pageSize=500'].map(
    (q): Case => ({
      name: `an audit query ${q}`,
      who: 'admin',
      method: 'GET',
      path: `/api/admin/audit?${q}`,
      code: 'VALIDATION_FAILED',
    }),
  ),
  {
    name: 'an ID-number search by an inspector',
    who: 'inspector',
    method: 'GET',
    path: (w) => `/api/search?q=${w.idNumberA}`,
    code: 'SEARCH_ID_NUMBER_FORBIDDEN',
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

const ALL = [
  ...cases,
  ...CHECKLIST_CASES,
  ...REMOTE_CASES,
  ...SERVICE_BAD_CASES,
  ...RECORD_BAD_CASES,
  ...EVIDENCE_BAD_CASES,
  ...INTEGRATION_BAD_CASES,
  ...IMPORTS_BAD_CASES,
  ...SETTINGS_BAD_CASES,
  ...WARNING_BAD_CASES,
  ...TERMINATE_BAD_CASES,
  ...REALTIME_BAD_CASES,
  ...COCKPIT_BAD_CASES,
  ...submissionCases(),
  ...otherTypeCases(),
  ...consentCases('/api/my/applications/submissions', { consentOf: true }).map((c) => ({
    ...c,
    name: `新办 ${c.name}`,
  })),
];

describe('bad input', () => {
  let w: World;
  let cookies: Record<Principal, string | undefined>;
  let goodForm: Record<string, unknown>;

  beforeAll(async () => {
    w = await world();
    cookies = await sessions();
    goodForm = await newForm(cookies.applicantA as string, w.idNumberA);
  });

  it('has at least 150 cases, each named once', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ALL.map((c) => c.name)).size).toBe(ALL.length);
  });

  it.each(ALL.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    let body = c.body;
    if (body && typeof body === 'object' && 'mutate' in body) {
      const mutate = (body as { mutate: (f: Record<string, unknown>) => Record<string, unknown> })
        .mutate;
      body = {
        idempotencyKey: crypto.randomUUID(),
        type: 'new',
        form: mutate(goodForm),
        consent: CONSENT,
      };
    } else if (body && typeof body === 'object' && 'licence' in body) {
      const { licence: _l, ...rest } = body as Record<string, unknown>;
      body = {
        idempotencyKey: crypto.randomUUID(),
        licenceId: w.licenceA,
        consent: CONSENT,
        ...rest,
      };
    } else if (body && typeof body === 'object' && 'consentOf' in body) {
      // A complete 新办 whose consent alone is wrong.
      const { consentOf: _c, ...rest } = body as Record<string, unknown>;
      body = { idempotencyKey: crypto.randomUUID(), type: 'new', form: goodForm, ...rest };
    } else if (body && typeof body === 'object' && 'lazy' in body) {
      body = (body as { lazy: (w: World) => unknown }).lazy(w);
    }
    const before = await stateDigest();
    const res = await call(typeof c.path === 'function' ? c.path(w) : c.path, {
      method: c.method ?? (body === undefined ? 'GET' : 'POST'),
      cookie: cookies[c.who],
      body,
      headers: c.headers ?? {},
    });
    const text = await res.text();
    expect(res.status, text).toBeGreaterThanOrEqual(400);
    expect(res.status, text).toBeLessThan(500);
    const parsed = JSON.parse(text) as { error: { code: string; message: string } };
    expect(parsed.error.code, text).toBe(c.code);
    expect(parsed.error.message.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\bat \w+ \(|\.ts:\d+/); // never a stack
    expect(await stateDigest(), 'nothing changed').toBe(before);
  });
});
