/**
 * The authorization matrix (PRODUCT.md §9) as data: for every mounted route, the requests that
 * exercise it on the test world (own / other applicant, own / other county, assigned or not)
 * and who may pass. Everyone not listed must be refused (401 / 403 / 404) and change nothing.
 * authz.test.ts runs it and fails for any mounted route without a row here.
 */
import { CONSENT } from './fixtures';

import { LAYOUT_ROUTES } from './authz.matrix.layout';
import { TASK_ROUTES } from './authz.matrix.tasks';
import { REMOTE_ROUTES } from './authz.matrix.remote';
import { EVIDENCE_ROUTES } from './authz.matrix.evidence';
import { REALTIME_ROUTES } from './authz.matrix.realtime';
import { RATING_ROUTES } from './authz.matrix.ratings';
import { SUPERVISION_ROUTES } from './authz.matrix.supervision';
import { SERVICE_ROUTES } from './authz.matrix.service';
import { ADMIN_ROUTES } from './authz.matrix.admin';
import { SIGN_IN_ROUTES } from './authz.matrix.sign-in';
import { RECORD_ROUTES } from './authz.matrix.records';
import { INTEGRATION_ROUTES } from './authz.matrix.integrations';
import { IMPORTS_ROUTES } from './authz.matrix.imports';
import { SETTINGS_ROUTES } from './authz.matrix.settings';
import { WARNING_ROUTES } from './authz.matrix.warnings';
import { TERMINATE_PROBES } from './authz.matrix.terminate';
import {
  APPLICANTS,
  EVERYONE,
  SIGNED_IN,
  STAFF,
  jpeg,
  type Principal,
  type Probe,
  type World,
} from './authz.principals';

export { PRINCIPALS, jpeg, type Principal, type Probe, type World } from './authz.principals';
const version = 1;
const caseProbes = (
  suffix: string,
  body: ((w: World) => unknown) | undefined,
  allow: { own: Principal[]; otherCounty: Principal[]; assigned: Principal[] },
): Probe[] => [
  {
    name: 'a case of applicant A in 潍城区, no inspector',
    path: (w) => `/api/applications/${w.appA}${suffix}`,
    body,
    allow: allow.own,
  },
  {
    name: 'a case of applicant B in 奎文区',
    path: (w) => `/api/applications/${w.appB}${suffix}`,
    body,
    allow: allow.otherCounty,
  },
  {
    name: 'a case of A in 潍城区 assigned to both inspectors',
    path: (w) => `/api/applications/${w.appInspection}${suffix}`,
    body,
    allow: allow.assigned,
  },
];

/** One row per mounted route, keyed `METHOD /path` exactly as the router lists it. */
export const MATRIX: Record<string, Probe[]> = {
  'GET /api/health': [{ name: 'liveness', path: () => '/api/health', allow: EVERYONE }],
  'GET /api/calendar': [{ name: 'the calendar', path: () => '/api/calendar', allow: EVERYONE }],
  'PUT /api/calendar/years/:year': [
    {
      name: 'enter a year of holidays',
      path: () => '/api/calendar/years/2030',
      body: () => ({
        year: 2030,
        holidays: ['2030-01-01'],
        makeup_workdays: [],
        source: '测试通知',
      }),
      allow: ['admin'],
    },
  ],
  ...SIGN_IN_ROUTES,
  'GET /api/jurisdictions': [
    { name: 'counties', path: () => '/api/jurisdictions', allow: SIGNED_IN },
  ],
  'POST /api/my/applications/submissions': [
    {
      name: 'submit (an incomplete form is refused on its merits)',
      path: () => '/api/my/applications/submissions',
      body: () => ({
        idempotencyKey: crypto.randomUUID(),
        type: 'new',
        form: {},
        consent: CONSENT,
      }),
      allow: APPLICANTS,
    },
    {
      name: 'submit another applicant’s draft',
      path: () => '/api/my/applications/submissions',
      body: (w) => ({
        idempotencyKey: crypto.randomUUID(),
        draftId: w.draftB,
        type: 'new',
        form: {},
        consent: CONSENT,
      }),
      allow: ['applicantB'],
    },
  ],
  'POST /api/my/applications/:id/resubmit': [
    {
      name: 'resubmit A’s correction',
      path: (w) => `/api/my/applications/${w.correctionA}/resubmit`,
      body: () => ({ version, form: {}, idempotencyKey: crypto.randomUUID(), consent: CONSENT }),
      allow: ['applicantA'],
    },
  ],
  'GET /api/my/applications': [
    { name: 'my cases', path: () => '/api/my/applications', allow: APPLICANTS },
  ],
  'POST /api/my/applications': [
    {
      name: 'start a draft',
      path: () => '/api/my/applications',
      body: () => ({ type: 'new', form: {} }),
      allow: APPLICANTS,
    },
  ],
  'GET /api/my/applications/:id': [
    { name: 'A’s case', path: (w) => `/api/my/applications/${w.appA}`, allow: ['applicantA'] },
    { name: 'B’s case', path: (w) => `/api/my/applications/${w.appB}`, allow: ['applicantB'] },
  ],
  'PUT /api/my/applications/:id': [
    {
      name: 'autosave A’s draft',
      path: (w) => `/api/my/applications/${w.draftA}`,
      body: () => ({ form: { shopName: '新店名' } }),
      allow: ['applicantA'],
    },
    {
      name: 'autosave B’s draft',
      path: (w) => `/api/my/applications/${w.draftB}`,
      body: () => ({ form: { shopName: '新店名' } }),
      allow: ['applicantB'],
    },
  ],
  'POST /api/my/applications/:id/actions': [
    {
      name: 'withdraw B’s case',
      path: (w) => `/api/my/applications/${w.appB}/actions`,
      body: () => ({ action: 'withdraw', version, idempotencyKey: crypto.randomUUID() }),
      allow: ['applicantB'],
    },
  ],
  'DELETE /api/my/applications/:id': [
    {
      name: 'delete A’s draft',
      path: (w) => `/api/my/applications/${w.draftA}`,
      allow: ['applicantA'],
    },
    {
      name: 'delete B’s draft',
      path: (w) => `/api/my/applications/${w.draftB}`,
      allow: ['applicantB'],
    },
  ],
  'GET /api/my/notifications': [
    { name: 'my inbox', path: () => '/api/my/notifications', allow: APPLICANTS },
  ],
  'POST /api/my/notifications/:id/read': [
    {
      name: 'mark A’s message read',
      path: (w) => `/api/my/notifications/${w.notificationA}/read`,
      body: () => ({}),
      allow: ['applicantA'],
    },
  ],
  'POST /api/my/attachments': [
    {
      name: 'upload a photo',
      path: () => '/api/my/attachments?kind=idCardFront',
      body: () => jpeg(),
      headers: { 'content-type': 'image/jpeg' },
      allow: APPLICANTS,
    },
  ],
  'GET /api/attachments/:id': [
    {
      name: 'A’s photo on A’s 潍城区 case',
      path: (w) => `/api/attachments/${w.attA}`,
      allow: ['applicantA', 'clerk', 'approver', 'admin'],
    },
    {
      name: 'B’s photo on B’s 奎文区 case',
      path: (w) => `/api/attachments/${w.attB}`,
      allow: ['applicantB', 'clerkKuiwen', 'approver', 'admin'],
    },
    {
      name: 'A’s photo on no case yet',
      path: (w) => `/api/attachments/${w.attAFree}`,
      allow: ['applicantA'],
    },
  ],
  'GET /api/my/licences': [
    { name: 'my licences', path: () => '/api/my/licences', allow: APPLICANTS },
  ],
  'GET /api/my/licences/:id/e-licence': [
    {
      name: 'the e-licence of A’s licence',
      path: (w) => `/api/my/licences/${w.licenceA}/e-licence`,
      allow: ['applicantA'],
    },
  ],
  'GET /api/my/licences/:id/e-licence.pdf': [
    {
      name: 'the printable e-licence of A’s licence',
      path: (w) => `/api/my/licences/${w.licenceA}/e-licence.pdf`,
      allow: ['applicantA'],
    },
  ],
  'GET /api/licences/:id/e-licence.pdf': [
    // Printed at the window of the licence's county (潍城区) for its holder.
    {
      name: 'A’s licence in 潍城区, printed by staff',
      path: (w) => `/api/licences/${w.licenceA}/e-licence.pdf`,
      allow: ['clerk', 'approver', 'admin'],
    },
  ],
  'GET /api/my/applications/:id/documents': [
    {
      name: 'the documents of A’s case',
      path: (w) => `/api/my/applications/${w.appA}/documents`,
      allow: ['applicantA'],
    },
    {
      name: 'the documents of B’s case',
      path: (w) => `/api/my/applications/${w.appB}/documents`,
      allow: ['applicantB'],
    },
  ],
  'GET /api/my/applications/:id/documents/:docId/pdf': [
    {
      name: 'A’s 受理通知书',
      path: (w) => `/api/my/applications/${w.appA}/documents/${w.docA}/pdf`,
      allow: ['applicantA'],
    },
    {
      name: 'B’s document under A’s case',
      path: (w) => `/api/my/applications/${w.appA}/documents/${w.docB}/pdf`,
      allow: [],
    },
  ],
  'GET /api/applications/:id/documents': caseProbes('/documents', undefined, {
    own: ['clerk', 'approver', 'admin'],
    otherCounty: ['clerkKuiwen', 'approver', 'admin'],
    // Inspectors check premises; the bureau's decisions are not theirs to read.
    assigned: ['clerk', 'approver', 'admin'],
  }),
  'GET /api/applications/:id/documents/:docId/pdf': [
    {
      name: 'the 受理通知书 of a case in 潍城区',
      path: (w) => `/api/applications/${w.appA}/documents/${w.docA}/pdf`,
      allow: ['clerk', 'approver', 'admin'],
    },
    {
      name: 'the 受理通知书 of a case in 奎文区',
      path: (w) => `/api/applications/${w.appB}/documents/${w.docB}/pdf`,
      allow: ['clerkKuiwen', 'approver', 'admin'],
    },
    {
      name: 'the 受理通知书 of a case assigned to both inspectors',
      path: (w) => `/api/applications/${w.appInspection}/documents/${w.docInspection}/pdf`,
      allow: ['clerk', 'approver', 'admin'],
    },
    {
      name: 'a 奎文区 document under a 潍城区 case',
      path: (w) => `/api/applications/${w.appA}/documents/${w.docB}/pdf`,
      allow: [],
    },
  ],
  'POST /api/applications/:id/documents/:docId/corrections': [
    // Who decides the kind (受理: clerks and approvers) in the case's county; admins read only.
    {
      name: 'correct the 受理通知书 of a case in 潍城区',
      path: (w) => `/api/applications/${w.appA}/documents/${w.docA}/corrections`,
      body: () => ({ reason: '申请人姓名录入有误', addressee: '王建华' }),
      allow: ['clerk', 'approver'],
    },
    {
      name: 'correct the 受理通知书 of a case in 奎文区',
      path: (w) => `/api/applications/${w.appB}/documents/${w.docB}/corrections`,
      body: () => ({ reason: '申请人姓名录入有误', addressee: '李四' }),
      allow: ['clerkKuiwen', 'approver'],
    },
  ],
  'GET /api/public/licences/verify': [
    // Open to anyone who scans the code; a wrong token is an answer (invalid), not a refusal.
    {
      name: 'verify a scanned code',
      path: () => '/api/public/licences/verify?t=x',
      allow: EVERYONE,
    },
  ],
  'GET /api/applications': [
    { name: 'the queue', path: () => '/api/applications', allow: STAFF },
    { name: 'a search of the queue', path: () => '/api/applications?q=王建国', allow: STAFF },
  ],
  'GET /api/applications/:id': caseProbes('', undefined, {
    own: ['clerk', 'approver', 'admin'],
    otherCounty: ['clerkKuiwen', 'approver', 'admin'],
    assigned: ['clerk', 'approver', 'inspector', 'inspector2', 'admin'],
  }),
  'GET /api/applications/:id/layout': caseProbes('/layout', undefined, {
    own: ['clerk', 'approver', 'admin'],
    otherCounty: ['clerkKuiwen', 'approver', 'admin'],
    assigned: ['clerk', 'approver', 'inspector', 'inspector2', 'admin'],
  }),
  'POST /api/applications/:id/reveal-id': caseProbes(
    '/reveal-id',
    () => ({ reason: '核对申请人身份' }),
    {
      own: ['clerk', 'approver', 'admin'],
      otherCounty: ['clerkKuiwen', 'approver', 'admin'],
      // Inspectors read the case they inspect, never the full ID number.
      assigned: ['clerk', 'approver', 'admin'],
    },
  ),
  'POST /api/applications/:id/reveal-phone': caseProbes(
    '/reveal-phone',
    () => ({ reason: '回电告知补正事项' }),
    {
      own: ['clerk', 'approver', 'admin'],
      otherCounty: ['clerkKuiwen', 'approver', 'admin'],
      // The officers of a check call the applicant to arrange the visit.
      assigned: ['clerk', 'approver', 'inspector', 'inspector2', 'admin'],
    },
  ),
  'POST /api/applications/:id/actions': [
    ...caseProbes('/actions', () => ({ action: 'accept', version }), {
      own: ['clerk', 'approver'],
      otherCounty: ['clerkKuiwen', 'approver'],
      assigned: ['clerk', 'approver'],
    }),
    {
      name: 'record the inspection: only its officers',
      path: (w) => `/api/applications/${w.appInspection}/actions`,
      body: () => ({ action: 'record_inspection', version, passed: true, notes: '现场一致' }),
      allow: ['inspector', 'inspector2'],
    },
    {
      name: 'refuse: approvers of the county',
      path: (w) => `/api/applications/${w.appA}/actions`,
      body: () => ({ action: 'refuse', version, reasons: ['不符合条件'] }),
      allow: ['approver'],
    },
    ...TERMINATE_PROBES,
  ],
  'GET /api/live/feed': [
    {
      name: 'subscribe to the live map',
      path: () => '/api/live/feed',
      headers: { upgrade: 'websocket', origin: 'http://xuke.test' },
      allow: STAFF,
    },
  ],
  'GET /api/staff/inspectors': [
    {
      name: 'inspectors of 潍城区',
      path: () => '/api/staff/inspectors?county=370702',
      allow: ['clerk', 'approver', 'admin'],
    },
    {
      name: 'inspectors of 奎文区',
      path: () => '/api/staff/inspectors?county=370705',
      allow: ['clerkKuiwen', 'approver', 'admin'],
    },
  ],
  ...LAYOUT_ROUTES,
  ...TASK_ROUTES,
  ...REMOTE_ROUTES,
  ...EVIDENCE_ROUTES,
  ...REALTIME_ROUTES,
  ...RATING_ROUTES,
  ...SUPERVISION_ROUTES,
  ...RECORD_ROUTES,
  ...SERVICE_ROUTES,
  ...ADMIN_ROUTES,
  ...INTEGRATION_ROUTES,
  ...IMPORTS_ROUTES,
  ...SETTINGS_ROUTES,
  ...WARNING_ROUTES,
};
