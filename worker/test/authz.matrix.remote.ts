/** The authorization matrix: the remote checklist catalogue and remote inspections (云上核查). */
import { SEED_CATALOGUE } from '../core/checklist-seed';
import { APPLICANTS, STAFF, type Probe } from './authz.principals';
import { todayMinus } from './fixtures';

export const REMOTE_ROUTES: Record<string, Probe[]> = {
  // 核查清单: every staff member reads the catalogue; admins alone write a new edition.
  'GET /api/checklists': [{ name: 'the catalogue', path: () => '/api/checklists', allow: STAFF }],
  'GET /api/checklists/versions/:id': [
    { name: 'one edition', path: () => '/api/checklists/versions/new-v1', allow: STAFF },
  ],
  'GET /api/checklists/:kind': [
    { name: 'the editions of a kind', path: () => '/api/checklists/resume', allow: STAFF },
  ],
  'POST /api/checklists/:kind': [
    {
      name: 'a new edition',
      path: () => '/api/checklists/supervision',
      body: () => ({
        basedOn: 'supervision-v1',
        items: SEED_CATALOGUE.supervision.slice(0, 3),
        note: '授权矩阵测试',
      }),
      allow: ['admin'],
    },
  ],

  // 云上核查: clerks and approvers of the case's county register; its officers and county read.
  'GET /api/inspections': [
    { name: 'remote inspections', path: () => '/api/inspections', allow: STAFF },
    {
      name: 'the sealed ones',
      path: () => '/api/inspections?state=sealed',
      allow: STAFF,
    },
  ],
  'POST /api/inspections': [
    {
      name: 'register one for a 潍城区 case in 核查',
      path: () => '/api/inspections',
      body: (w) => ({
        applicationId: w.appInspection,
        companyName: '建国便利店',
        phone: '13900000001',
        contactName: '王建国',
        address: '潍城区胜利西街100号',
        deadlineOn: todayMinus(-5),
        on: todayMinus(-1),
        at: '09:30',
        leadId: 'stf_inspector2',
        observerIds: ['stf_inspector'],
        checklistVersion: 'new-v1',
      }),
      allow: ['clerk', 'approver'],
    },
  ],
  'GET /api/inspections/:id': [
    {
      name: 'a 潍城区 remote inspection',
      path: (w) => `/api/inspections/${w.remoteA}`,
      allow: ['clerk', 'approver', 'inspector', 'inspector2', 'admin'],
    },
  ],
  'PUT /api/inspections/:id/appointment': [
    {
      name: 'move the appointment',
      path: (w) => `/api/inspections/${w.remoteA}/appointment`,
      body: () => ({ version: 1, on: todayMinus(-3), at: '14:00', reason: '申请人临时外出' }),
      allow: ['clerk', 'approver', 'inspector'],
    },
  ],
  'GET /api/my/inspections': [
    { name: 'my remote inspections', path: () => '/api/my/inspections', allow: APPLICANTS },
  ],
  'GET /api/my/inspections/:id': [
    {
      name: "A's remote inspection",
      path: (w) => `/api/my/inspections/${w.remoteA}`,
      allow: ['applicantA'],
    },
  ],
  // The call: only its officers (lead, observer) and the applicant of its case join.
  'GET /api/inspections/:id/room': [
    {
      name: 'join the call of a 潍城区 remote inspection',
      path: (w) => `/api/inspections/${w.remoteA}/room`,
      headers: { upgrade: 'websocket', origin: 'http://xuke.test' },
      allow: ['inspector', 'inspector2'],
    },
  ],
  'GET /api/my/inspections/:id/room': [
    {
      name: "join the call of A's remote inspection",
      path: (w) => `/api/my/inspections/${w.remoteA}/room`,
      headers: { upgrade: 'websocket', origin: 'http://xuke.test' },
      allow: ['applicantA'],
    },
  ],
  'GET /api/inspections/:id/media': [
    {
      name: 'media settings of a 潍城区 remote inspection',
      path: (w) => `/api/inspections/${w.remoteA}/media`,
      allow: ['inspector', 'inspector2'],
    },
  ],
  'GET /api/my/inspections/:id/media': [
    {
      name: "media settings of A's remote inspection",
      path: (w) => `/api/my/inspections/${w.remoteA}/media`,
      allow: ['applicantA'],
    },
  ],
};
