/** Bad input for 掌上服务: push subscriptions, the case thread, phone change, the guide. */
import { seedGuide } from '../core/guide-seed';
import type { World } from './authz.principals';
import { validId } from './fixtures';
import type { BadInputCase as Case } from './bad-input.case';

const P256 =
  'BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4';
const AUTH = 'BTBZMqHH6r4Tts7J_aSIgg';
const sub = (endpoint: string, keys: Record<string, string> = { p256dh: P256, auth: AUTH }) => ({
  endpoint,
  keys,
});
const FCM = 'https://fcm.googleapis.com/fcm/send/bad';
const PUSH = '/api/my/push-subscriptions';

const pushCases: Case[] = [
  ['a foreign host', sub('https://push.evil.example/x'), 'PUSH_ENDPOINT_INVALID'],
  ['plain http', sub('http://fcm.googleapis.com/fcm/send/x'), 'PUSH_ENDPOINT_INVALID'],
  ['a look-alike host', sub('https://fcm.googleapis.com.evil.example/x'), 'PUSH_ENDPOINT_INVALID'],
  ['user info in the URL', sub('https://a:b@fcm.googleapis.com/x'), 'PUSH_ENDPOINT_INVALID'],
  ['a loopback address', sub('https://127.0.0.1/x'), 'PUSH_ENDPOINT_INVALID'],
  ['not a URL', sub('fcm.googleapis.com/x'), 'PUSH_ENDPOINT_INVALID'],
  ['a short p256dh', sub(FCM, { p256dh: 'BCVx', auth: AUTH }), 'PUSH_KEY_INVALID'],
  [
    'a p256dh off the curve',
    sub(FCM, { p256dh: `B${'A'.repeat(86)}`, auth: AUTH }),
    'PUSH_KEY_INVALID',
  ],
  [
    'a p256dh not base64url',
    sub(FCM, { p256dh: `${P256.slice(0, -1)}+`, auth: AUTH }),
    'PUSH_KEY_INVALID',
  ],
  ['an auth of 12 bytes', sub(FCM, { p256dh: P256, auth: 'AAAAAAAAAAAAAAAA' }), 'PUSH_KEY_INVALID'],
  ['no keys', { endpoint: FCM }, 'VALIDATION_FAILED'],
  ['an endpoint of 2,000 characters', sub(`${FCM}/${'x'.repeat(2000)}`), 'VALIDATION_FAILED'],
].map(([what, body, code]) => ({
  name: `push subscription with ${what as string}`,
  who: 'applicantA' as const,
  path: PUSH,
  body,
  code: code as string,
}));

const mine = (w: World) => `/api/my/applications/${w.appA}/messages`;
const say = (body: unknown, extra: Record<string, unknown> = {}) => ({
  idempotencyKey: '6f1c1c5e-3c55-4b53-9a57-0f7d1a0e3c11',
  body,
  ...extra,
});

const threadCases: Case[] = [
  {
    name: 'a message with no text',
    who: 'applicantA',
    path: mine,
    body: say('  '),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a message with markup',
    who: 'applicantA',
    path: mine,
    body: say('<img src=x>'),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a message of 1,001 characters',
    who: 'applicantA',
    path: mine,
    body: say('字'.repeat(1001)),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a message with a direction override',
    who: 'applicantA',
    path: mine,
    body: say('你好\u202e'),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a message without an idempotency key',
    who: 'applicantA',
    path: mine,
    body: { body: '你好' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a message whose photo is an ID card scan',
    who: 'applicantA',
    path: mine,
    body: say('照片', { attachmentId: 'att_a' }),
    code: 'THREAD_PHOTO_INVALID',
  },
  {
    name: 'a message whose photo is another applicant’s',
    who: 'applicantA',
    path: mine,
    body: say('照片', { attachmentId: 'att_b' }),
    code: 'THREAD_PHOTO_INVALID',
  },
  {
    name: 'a message on a draft',
    who: 'applicantA',
    path: (w) => `/api/my/applications/${w.draftA}/messages`,
    body: say('你好'),
    code: 'THREAD_NOT_OPEN',
  },
  {
    name: 'a staff answer with no text',
    who: 'clerk',
    path: (w) => `/api/applications/${w.appA}/messages`,
    body: { body: '' },
    code: 'VALIDATION_FAILED',
  },
];

const phoneCases: Case[] = [
  {
    name: 'phone change to a malformed number',
    who: 'applicantA',
    path: '/api/me/phone/codes',
    body: { newPhone: '12345' },
    code: 'PHONE_INVALID',
  },
  {
    name: 'phone change to the same number',
    who: 'applicantA',
    path: '/api/me/phone/codes',
    body: { newPhone: '13900000001' },
    code: 'PHONE_UNCHANGED',
  },
  {
    name: 'phone change to another account’s number',
    who: 'applicantA',
    path: '/api/me/phone/codes',
    body: { newPhone: '13900000002' },
    code: 'PHONE_TAKEN',
  },
  {
    name: 'phone change with 5-digit codes',
    who: 'applicantA',
    path: '/api/me/phone',
    body: { newPhone: '13700000001', oldCode: '12345', newCode: '123456' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'assisted phone change with another person’s ID number',
    who: 'clerk',
    path: '/api/staff/phone-change',
    body: {
      oldPhone: '13900000001',
      newPhone: '13700000002',
      newCode: '123456',
      name: '王建国',
      idNumber: '370702198001011230',
      reason: '原手机丢失',
    },
    code: 'ID_NUMBER_INVALID',
  },
  {
    name: 'assisted phone change under another name',
    who: 'clerk',
    path: '/api/staff/phone-change',
    body: {
      oldPhone: '13900000001',
      newPhone: '13700000002',
      newCode: '123456',
      name: '王建国',
      idNumber: validId('370702', '19900101', '456'),
      reason: '原手机丢失',
    },
    code: 'IDENTITY_MISMATCH',
  },
  {
    name: 'assisted phone change without a reason',
    who: 'clerk',
    path: '/api/staff/phone-change',
    body: {
      oldPhone: '13900000001',
      newPhone: '13700000002',
      newCode: '123456',
      name: '王建国',
      idNumber: '110101199003070035',
      reason: '',
    },
    code: 'VALIDATION_FAILED',
  },
];

const guide = seedGuide('renewal');
const guideCases: Case[] = [
  {
    name: 'a guide with a promised limit longer than the law’s',
    who: 'admin',
    method: 'PUT',
    path: '/api/guides/renewal',
    body: {
      baseVersion: 1,
      note: '',
      content: { ...guide, limits: [{ ...guide.limits[0], promisedDays: 99 }] },
    },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a guide saved on a version that does not exist yet',
    who: 'admin',
    method: 'PUT',
    path: '/api/guides/renewal',
    body: { baseVersion: 7, note: '', content: guide },
    code: 'GUIDE_VERSION_STALE',
  },
  {
    name: 'a guide of an unknown business type',
    who: 'admin',
    method: 'PUT',
    path: '/api/guides/franchise',
    body: { baseVersion: 1, note: '', content: guide },
    code: 'NOT_FOUND',
  },
  {
    name: 'a guide with markup in a condition',
    who: 'admin',
    method: 'PUT',
    path: '/api/guides/renewal',
    body: { baseVersion: 1, note: '', content: { ...guide, conditions: [{ zh: '<a>', en: 'x' }] } },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a guide version that is not a number',
    who: 'admin',
    path: '/api/guides/renewal/versions/abc',
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a guide photo that is a PDF',
    who: 'admin',
    path: '/api/guides/images',
    body: `%PDF-1.4${' '.repeat(80)}`,
    headers: { 'content-type': 'application/pdf' },
    code: 'ATTACHMENT_TYPE',
  },
];

export const SERVICE_BAD_CASES: Case[] = [
  ...pushCases,
  ...threadCases,
  ...phoneCases,
  ...guideCases,
];
