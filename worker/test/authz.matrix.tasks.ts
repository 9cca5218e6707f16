/** The authorization matrix: inspection tasks (核查任务) and their on-site records. */
import { STAFF, jpeg, type Principal, type Probe } from './authz.principals';

/** Who may read a 潍城区 task both inspectors are on (and its record, photos, signature). */
const WEICHENG_TASK: Principal[] = ['clerk', 'approver', 'inspector', 'inspector2', 'admin'];

const REFUSED_SIGNATURE = { kind: 'refused', reason: '店主不在店内' };

export const TASK_ROUTES: Record<string, Probe[]> = {
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
        signature: REFUSED_SIGNATURE,
      }),
      allow: ['inspector', 'inspector2'],
    },
  ],
  // The second officer confirms (nothing awaits here: the allowed get RECORD_NOT_AWAITING).
  'POST /api/tasks/:id/confirm': [
    {
      name: 'confirm the record of a task one is an officer of',
      path: (w) => `/api/tasks/${w.taskInspection}/confirm`,
      body: () => ({ decision: 'confirm', version: 1 }),
      allow: ['inspector', 'inspector2'],
    },
    {
      name: 'dispute the record of a 奎文区 task',
      path: (w) => `/api/tasks/${w.taskKuiwen}/confirm`,
      body: () => ({ decision: 'dispute', version: 1, note: '与现场不符' }),
      allow: [],
    },
  ],
  'GET /api/tasks/:id/record': [
    {
      name: 'the confirmed record of a 潍城区 check',
      path: (w) => `/api/tasks/${w.taskDone}/record`,
      allow: WEICHENG_TASK,
    },
  ],
  'GET /api/tasks/:id/record/signature': [
    {
      name: 'the owner’s signature on a 潍城区 record',
      path: (w) => `/api/tasks/${w.taskDone}/record/signature`,
      allow: WEICHENG_TASK,
    },
  ],
  'POST /api/tasks/:id/photos': [
    {
      name: 'a photo for a task one is an officer of',
      path: (w) => `/api/tasks/${w.taskInspection}/photos?key=authz-photo-0001&item=fixed_premises`,
      body: () => jpeg(),
      headers: { 'content-type': 'image/jpeg' },
      allow: ['inspector', 'inspector2'],
    },
    {
      name: 'a photo for a 奎文区 task',
      path: (w) => `/api/tasks/${w.taskKuiwen}/photos?key=authz-photo-0002&item=fixed_premises`,
      body: () => jpeg(),
      headers: { 'content-type': 'image/jpeg' },
      allow: [],
    },
  ],
  'GET /api/tasks/:id/photos/:photoId': [
    {
      name: 'a photo of a 潍城区 record',
      path: (w) => `/api/tasks/${w.taskDone}/photos/${w.taskPhoto}`,
      allow: WEICHENG_TASK,
    },
  ],
  'GET /api/applications/:id/inspection-records': [
    {
      name: 'the on-site records of a 潍城区 case',
      path: (w) => `/api/applications/${w.acceptedA}/inspection-records`,
      allow: ['clerk', 'approver', 'admin'],
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
};
