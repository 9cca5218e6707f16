/**
 * The authorization matrix: 掌上服务 — push subscriptions, the case thread, phone change and
 * the service guide.
 */
import { seedGuide } from '../core/guide-seed';
import {
  APPLICANTS,
  EVERYONE,
  jpeg,
  type Principal,
  type Probe,
  type World,
} from './authz.principals';

/** The id of the guide example photo the test world holds (SHA-256 of `jpeg()`). */
export const WORLD_GUIDE_IMAGE = '9c5d0dd90afa53114b6ac93c8a5708e0c98893355785e993f93ce5bc6633acfd';

const FCM = 'https://fcm.googleapis.com/fcm/send/authz';
// A real P-256 point (RFC 8291 Appendix A's user agent) and a 16-byte auth secret.
const KEYS = {
  p256dh: 'BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4',
  auth: 'BTBZMqHH6r4Tts7J_aSIgg',
};

const threadProbes = (
  prefix: string,
  body: (() => unknown) | undefined,
  allow: { own: Principal[]; otherCounty: Principal[]; assigned: Principal[] },
): Probe[] => [
  {
    name: 'the thread of A’s case in 潍城区',
    path: (w) => `${prefix}/${w.appA}/messages`,
    body,
    allow: allow.own,
  },
  {
    name: 'the thread of B’s case in 奎文区',
    path: (w) => `${prefix}/${w.appB}/messages`,
    body,
    allow: allow.otherCounty,
  },
  {
    name: 'the thread of A’s case under inspection',
    path: (w) => `${prefix}/${w.appInspection}/messages`,
    body,
    allow: allow.assigned,
  },
];

const staffRead = {
  own: ['clerk', 'approver', 'admin'],
  otherCounty: ['clerkKuiwen', 'approver', 'admin'],
  assigned: ['clerk', 'approver', 'inspector', 'inspector2', 'admin'],
} satisfies Record<string, Principal[]>;
const staffWrite = {
  own: ['clerk', 'approver'],
  otherCounty: ['clerkKuiwen', 'approver'],
  assigned: ['clerk', 'approver'],
} satisfies Record<string, Principal[]>;

const assisted = (w: World) => ({
  oldPhone: '13900000001',
  newPhone: '13700000088',
  newCode: '000000',
  name: '王建国',
  idNumber: w.idNumberA,
  reason: '原手机丢失，本人到窗口办理',
});

export const SERVICE_ROUTES: Record<string, Probe[]> = {
  'GET /api/my/push-subscriptions': [
    { name: 'my push subscriptions', path: () => '/api/my/push-subscriptions', allow: APPLICANTS },
  ],
  'POST /api/my/push-subscriptions': [
    {
      name: 'subscribe this browser',
      path: () => '/api/my/push-subscriptions',
      body: () => ({ endpoint: FCM, expirationTime: null, keys: KEYS }),
      allow: APPLICANTS,
    },
  ],
  'DELETE /api/my/push-subscriptions': [
    {
      name: 'unsubscribe A’s browser',
      path: () => '/api/my/push-subscriptions',
      body: () => ({ endpoint: 'https://fcm.googleapis.com/fcm/send/world-a' }),
      allow: ['applicantA'],
    },
  ],
  'GET /api/my/applications/:id/messages': [
    {
      name: 'A’s thread',
      path: (w) => `/api/my/applications/${w.appA}/messages`,
      allow: ['applicantA'],
    },
    {
      name: 'B’s thread',
      path: (w) => `/api/my/applications/${w.appB}/messages`,
      allow: ['applicantB'],
    },
  ],
  'POST /api/my/applications/:id/messages': [
    {
      name: 'write on A’s case',
      path: (w) => `/api/my/applications/${w.appA}/messages`,
      body: () => ({ idempotencyKey: crypto.randomUUID(), body: '请问进度如何？' }),
      allow: ['applicantA'],
    },
    {
      name: 'write on B’s case',
      path: (w) => `/api/my/applications/${w.appB}/messages`,
      body: () => ({ idempotencyKey: crypto.randomUUID(), body: '请问进度如何？' }),
      allow: ['applicantB'],
    },
  ],
  'GET /api/my/threads': [
    { name: 'my unread answers', path: () => '/api/my/threads', allow: APPLICANTS },
  ],
  'GET /api/applications/:id/messages': threadProbes('/api/applications', undefined, staffRead),
  'POST /api/applications/:id/messages': threadProbes(
    '/api/applications',
    () => ({ body: '已收到，正在办理。' }),
    staffWrite,
  ),
  'GET /api/threads': [
    {
      name: 'messages waiting in my counties',
      path: () => '/api/threads',
      allow: ['clerk', 'clerkKuiwen', 'approver'],
    },
  ],
  'POST /api/me/phone/codes': [
    {
      name: 'codes to my phone and a new one',
      path: () => '/api/me/phone/codes',
      body: () => ({ newPhone: '13700000077' }),
      allow: APPLICANTS,
    },
  ],
  'POST /api/me/phone': [
    {
      name: 'move my account (wrong codes: refused on their merits)',
      path: () => '/api/me/phone',
      body: () => ({ newPhone: '13700000077', oldCode: '000000', newCode: '000000' }),
      allow: APPLICANTS,
    },
  ],
  'POST /api/staff/phone-change/code': [
    {
      name: 'a code to the applicant’s new phone, at the window',
      path: () => '/api/staff/phone-change/code',
      body: () => ({ newPhone: '13700000088' }),
      allow: ['clerk', 'clerkKuiwen', 'approver'],
    },
  ],
  'POST /api/staff/phone-change': [
    {
      name: 'move an account at the window (no code sent: refused on its merits)',
      path: () => '/api/staff/phone-change',
      body: assisted,
      allow: ['clerk', 'clerkKuiwen', 'approver'],
    },
  ],
  'GET /api/guides': [{ name: 'the guide index', path: () => '/api/guides', allow: EVERYONE }],
  'GET /api/guides/:type': [{ name: 'a guide', path: () => '/api/guides/new', allow: EVERYONE }],
  'GET /api/guides/:type/versions': [
    { name: 'a guide’s versions', path: () => '/api/guides/new/versions', allow: ['admin'] },
  ],
  'GET /api/guides/:type/versions/:version': [
    { name: 'an old version', path: () => '/api/guides/new/versions/1', allow: ['admin'] },
  ],
  'PUT /api/guides/:type': [
    {
      name: 'save a new version',
      path: () => '/api/guides/renewal',
      body: () => ({ baseVersion: 1, content: seedGuide('renewal'), note: '' }),
      allow: ['admin'],
    },
  ],
  'POST /api/guides/images': [
    {
      name: 'upload an example photo',
      path: () => '/api/guides/images',
      body: () => jpeg(),
      headers: { 'content-type': 'image/jpeg' },
      allow: ['admin'],
    },
  ],
  'GET /api/guides/images/:id': [
    {
      name: 'an example photo',
      path: () => `/api/guides/images/${WORLD_GUIDE_IMAGE}`,
      allow: EVERYONE,
    },
  ],
};
