/**
 * Bad input for staff on a case: the queue and its filters, case reads, revealing an ID number or
 * a phone, the warnings list, and the case actions (accept, corrections, inspection, refusal,
 * extension, delivery, approval, the inspection result).
 */
import { BAD_TEXTS, NUL, RLO } from './bad-input.values';
import type { BadInputCase as Case } from './bad-input.case';

export const STAFF_BAD_CASES: Case[] = [
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
];
