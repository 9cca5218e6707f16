/**
 * The authorization matrix (PRODUCT.md §9) as data: for every mounted route, the requests that
 * exercise it on the test world (own / other applicant, own / other county, assigned or not)
 * and who may pass. Everyone not listed must be refused (401 / 403 / 404) and change nothing.
 * authz.test.ts runs it and fails for any mounted route without a row here.
 */
import { CONSENT, PASSWORD, REALNAME_CONSENT, validId, type Seeded } from './fixtures';

export const PRINCIPALS = [
  'anonymous',
  'applicantA',
  'applicantB',
  'clerk',
  'clerkKuiwen',
  'approver',
  'inspector',
  'inspector2',
  'admin',
] as const;
export type Principal = (typeof PRINCIPALS)[number];

const APPLICANTS: Principal[] = ['applicantA', 'applicantB'];
const STAFF: Principal[] = ['clerk', 'clerkKuiwen', 'approver', 'inspector', 'inspector2', 'admin'];
const SIGNED_IN: Principal[] = [...APPLICANTS, ...STAFF];
const EVERYONE: Principal[] = ['anonymous', ...SIGNED_IN];

/** The test world's extra objects (authz.test.ts creates them). */
export interface World extends Seeded {
  /** Attachments: A's on app_a, B's on app_b, A's not yet on a case. */
  attA: string;
  attB: string;
  attAFree: string;
  notificationA: string;
  notificationB: string;
  /** A market grid of 潍城区 and a point inside it. */
  grid: string;
  lat: number;
  lng: number;
  /** Drafts of A and of B. */
  draftA: string;
  draftB: string;
  /** A case of A sent back for corrections (补正). */
  correctionA: string;
  /** An active licence of A in the test grid. */
  licenceA: string;
  /** A cancelled (注销) licence of A. */
  cancelledLicenceA: string;
  /** A case of A accepted by the window (潍城区). */
  acceptedA: string;
}

export interface Probe {
  /** What this request shows (own case, other county …). */
  name: string;
  path: (w: World) => string;
  body?: (w: World) => unknown;
  headers?: Record<string, string>;
  /** Who passes authorization; everybody else must be refused. */
  allow: readonly Principal[];
}

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
  'POST /api/auth/sms/request': [
    {
      name: 'ask for a code',
      path: () => '/api/auth/sms/request',
      body: () => ({ phone: '13700000099' }),
      allow: EVERYONE,
    },
  ],
  'POST /api/auth/sms/verify': [
    {
      name: 'a wrong code is refused on its merits, not for lack of a session',
      path: () => '/api/auth/sms/verify',
      body: () => ({ phone: '13700000098', code: '000000' }),
      allow: EVERYONE,
    },
  ],
  'POST /api/auth/staff/login': [
    {
      name: 'sign in as the clerk (anyone may try)',
      path: () => '/api/auth/staff/login',
      body: () => ({ username: 'clerk', password: PASSWORD }),
      allow: EVERYONE,
    },
  ],
  'POST /api/auth/logout': [
    { name: 'sign out', path: () => '/api/auth/logout', body: () => ({}), allow: EVERYONE },
  ],
  'GET /api/me': [{ name: 'who am I', path: () => '/api/me', allow: SIGNED_IN }],
  'POST /api/me/realname': [
    {
      name: 'bind a real-name identity',
      path: () => '/api/me/realname',
      body: () => ({
        name: '李四',
        idNumber: validId('110101', '19900307', '003'),
        consent: REALNAME_CONSENT,
      }),
      allow: APPLICANTS,
    },
  ],
  'GET /api/me/id-number': [
    { name: 'my own ID number', path: () => '/api/me/id-number', allow: APPLICANTS },
  ],
  'GET /api/dev/outbox': [
    // Off under production settings (DEV_OUTBOX=false): nobody, not even staff.
    { name: 'dev outbox', path: () => '/api/dev/outbox?phone=13900000001', allow: [] },
  ],
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
  'GET /api/grids/settings': [
    { name: 'layout settings', path: () => '/api/grids/settings', allow: STAFF },
  ],
  'PUT /api/grids/settings': [
    {
      name: 'change the distance rules',
      path: () => '/api/grids/settings',
      body: () => ({}),
      allow: ['admin'],
    },
  ],
  'POST /api/grids/recompute/preview': [
    {
      name: 'preview the recompute',
      path: () => '/api/grids/recompute/preview',
      body: () => ({}),
      allow: ['admin'],
    },
  ],
  'POST /api/grids/recompute/apply': [
    {
      name: 'apply the recompute',
      path: () => '/api/grids/recompute/apply',
      body: () => ({}),
      allow: ['admin'],
    },
  ],
  'PUT /api/grids/:id/override': [
    {
      name: 'override a capacity',
      path: (w) => `/api/grids/${w.grid}/override`,
      body: () => ({ capacity: 12, reason: '重点帮扶' }),
      allow: ['admin'],
    },
  ],
  'POST /api/grids/repair-counts': [
    {
      name: 'repair the counts',
      path: () => '/api/grids/repair-counts',
      body: () => ({}),
      allow: ['admin'],
    },
  ],
  'POST /api/grids/polygons': [
    {
      name: 'import polygons (dry run)',
      path: () => '/api/grids/polygons',
      body: () => ({ crs: 'WGS84', units: [{}] }),
      allow: ['admin'],
    },
  ],
  'GET /api/map/config': [{ name: 'map config', path: () => '/api/map/config', allow: SIGNED_IN }],
  'GET /api/map/outlines': [
    { name: 'county outlines', path: () => '/api/map/outlines', allow: SIGNED_IN },
  ],
  'GET /api/map/data': [{ name: 'the staff map', path: () => '/api/map/data', allow: STAFF }],
  'GET /api/map/grids/:id': [
    {
      name: 'a 潍城区 grid',
      path: (w) => `/api/map/grids/${w.grid}`,
      allow: ['clerk', 'approver', 'inspector', 'inspector2', 'admin'],
    },
  ],
  'GET /api/map/retailers/at': [
    {
      name: 'the register at a point',
      path: (w) => `/api/map/retailers/at?lat=${w.lat}&lng=${w.lng}`,
      allow: STAFF,
    },
  ],
  'GET /api/map/tiles/:z/:x/:y': [
    // No basemap configured in tests: 404 for everyone signed in, 401 before that.
    { name: 'a basemap tile', path: () => '/api/map/tiles/10/850/390', allow: [] },
  ],
  'POST /api/layout/check': [
    {
      name: 'can I open here',
      path: () => '/api/layout/check',
      body: (w) => ({ lat: w.lat, lng: w.lng, county: '370702' }),
      allow: SIGNED_IN,
    },
  ],
  'GET /api/layout/county': [
    {
      name: 'the county of a point',
      path: (w) => `/api/layout/county?lat=${w.lat}&lng=${w.lng}`,
      allow: SIGNED_IN,
    },
  ],
  'GET /api/geocode': [
    { name: 'search a place by name', path: () => '/api/geocode?q=潍城', allow: SIGNED_IN },
  ],
  'GET /api/schools': [{ name: 'schools', path: () => '/api/schools', allow: STAFF }],
  'POST /api/schools/import': [
    {
      name: 'import schools (dry run)',
      path: () => '/api/schools/import',
      body: () => ({ crs: 'WGS84', rows: [{}] }),
      allow: ['admin'],
    },
  ],
  'POST /api/imports/retailers': [
    {
      name: 'import retailers (dry run)',
      path: () => '/api/imports/retailers',
      body: () => ({ crs: 'WGS84', rows: [{}] }),
      allow: ['admin'],
    },
  ],
  'GET /api/warnings': [{ name: 'warnings', path: () => '/api/warnings', allow: STAFF }],
  'GET /api/inspections': [{ name: 'inspections', path: () => '/api/inspections', allow: STAFF }],
  // 核查任务: inspectors their own tasks; clerks and approvers their counties; admins read all.
  'GET /api/tasks': [{ name: 'tasks', path: () => '/api/tasks', allow: STAFF }],
  'GET /api/tasks/:id': [
    {
      name: 'the task of a 潍城区 case, both inspectors on it',
      path: (w) => `/api/tasks/${w.taskInspection}`,
      allow: ['clerk', 'approver', 'inspector', 'inspector2', 'admin'],
    },
    {
      name: 'a 奎文区 plan task',
      path: (w) => `/api/tasks/${w.taskKuiwen}`,
      allow: ['clerkKuiwen', 'approver', 'admin'],
    },
  ],
  'POST /api/tasks/:id/accept': [
    {
      name: 'accept a task one is an officer of',
      path: (w) => `/api/tasks/${w.taskInspection}/accept`,
      body: () => ({ version: 1 }),
      allow: ['inspector', 'inspector2'],
    },
    {
      name: 'accept a task of another county',
      path: (w) => `/api/tasks/${w.taskKuiwen}/accept`,
      body: () => ({ version: 1 }),
      allow: [],
    },
  ],
  'POST /api/tasks/:id/start': [
    {
      name: 'arrive at the shop of a task one is an officer of',
      path: (w) => `/api/tasks/${w.taskInspection}/start`,
      body: () => ({ version: 1 }),
      allow: ['inspector', 'inspector2'],
    },
  ],
  'PUT /api/tasks/:id/window': [
    {
      name: 'agree the appointment',
      path: (w) => `/api/tasks/${w.taskInspection}/window`,
      body: () => ({ version: 1, on: '2099-01-01', from: '14:00', to: '15:00' }),
      allow: ['clerk', 'approver', 'inspector', 'inspector2'],
    },
  ],
  'POST /api/tasks/:id/record': [
    {
      name: 'the on-site record of a task one is an officer of',
      path: (w) => `/api/tasks/${w.taskInspection}/record`,
      body: () => ({
        idempotencyKey: 'authz-record-0001',
        version: 1,
        checklistVersion: 'onsite-2026.1',
        items: [{ id: 'fixed_premises', result: 'pass' }],
        notes: '现场一致',
      }),
      allow: ['inspector', 'inspector2'],
    },
  ],
  'POST /api/tasks/:id/reassign': [
    {
      name: 'reassign a 潍城区 task',
      path: (w) => `/api/tasks/${w.taskInspection}/reassign`,
      body: () => ({
        version: 1,
        officerIds: ['stf_inspector2', 'stf_inspector'],
        reason: '原核查人员休假',
      }),
      allow: ['approver'],
    },
  ],
  'POST /api/tasks/:id/cancel': [
    {
      name: 'cancel a 奎文区 plan task',
      path: (w) => `/api/tasks/${w.taskKuiwen}/cancel`,
      body: () => ({ version: 1, reason: '该零售户已注销' }),
      allow: ['approver'],
    },
  ],
  'GET /api/stats': [
    {
      name: 'statistics',
      path: () => '/api/stats',
      allow: ['clerk', 'clerkKuiwen', 'approver', 'admin'],
    },
  ],
};

/** A minimal JPEG (the upload sniffs the first bytes and wants at least 64 of them). */
export function jpeg(): Uint8Array {
  const bytes = new Uint8Array(200).fill(7);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}
