/** Bad input for the remote checklist catalogue and remote inspections (云上核查). */
import { SEED_CATALOGUE } from '../core/checklist-seed';
import type { Principal, World } from './authz.principals';
import { todayMinus } from './fixtures';

export interface BadCase {
  name: string;
  who: Principal;
  method?: string;
  path: string | ((w: World) => string);
  body?: unknown;
  headers?: Record<string, string>;
  code: string;
}

const item = SEED_CATALOGUE.change[0]!;
const edition = (items: unknown, extra: Record<string, unknown> = {}) => ({
  basedOn: 'change-v1',
  items,
  note: '坏输入测试',
  ...extra,
});

export const CHECKLIST_CASES: BadCase[] = [
  {
    name: 'catalogue: an unknown kind',
    who: 'admin',
    path: '/api/checklists/onsite',
    body: edition([item]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: an edition without items',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: the same item twice',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([item, item]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: an item id with spaces',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([{ ...item, id: 'bad id' }]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: markup in the legal basis',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([{ ...item, basis: '<script>x</script>' }]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: an item without its pass standard',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([{ ...item, standard: undefined }]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: still frame as a string',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([{ ...item, still: 'yes' }]),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: thirty-one items',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition(Array.from({ length: 31 }, (_, i) => ({ ...item, id: `item_${i}` }))),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: no note',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([item], { note: '' }),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'catalogue: based on an old edition',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([item], { basedOn: 'change-v0' }),
    code: 'CONFLICT',
  },
  {
    name: 'catalogue: a field the schema does not know',
    who: 'admin',
    path: '/api/checklists/change',
    body: edition([item], { publish: true }),
    code: 'VALIDATION_FAILED',
  },
];

const registration = (w: World, extra: Record<string, unknown> = {}) => ({
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
  ...extra,
});

/** A registration wrong in one field (the world's case already has one open: checked last). */
const reg = (name: string, extra: Record<string, unknown>, code: string): BadCase => ({
  name: `remote inspection: ${name}`,
  who: 'clerk',
  path: '/api/inspections',
  body: { lazy: (w: World) => registration(w, extra) },
  code,
});

const move = (name: string, body: Record<string, unknown>, code: string): BadCase => ({
  name: `remote appointment: ${name}`,
  who: 'clerk',
  method: 'PUT',
  path: (w) => `/api/inspections/${w.remoteA}/appointment`,
  body: { version: 1, on: todayMinus(-3), at: '14:00', reason: '申请人临时外出', ...body },
  code,
});

export const REMOTE_CASES: BadCase[] = [
  reg('a phone that is not the applicant’s', { phone: '13900000002' }, 'REMOTE_PHONE_MISMATCH'),
  reg('a landline', { phone: '0536-8881234' }, 'VALIDATION_FAILED'),
  reg('a company name with markup', { companyName: '<b>店</b>' }, 'VALIDATION_FAILED'),
  reg('a contact name with digits', { contactName: '王建国1' }, 'VALIDATION_FAILED'),
  reg('no address', { address: '' }, 'VALIDATION_FAILED'),
  reg('a deadline that is not a date', { deadlineOn: '2026-02-30' }, 'VALIDATION_FAILED'),
  reg('an appointment at 25:00', { at: '25:00' }, 'VALIDATION_FAILED'),
  reg('an appointment after the deadline', { on: todayMinus(-6) }, 'REMOTE_APPOINTMENT_INVALID'),
  reg('an appointment yesterday', { on: todayMinus(1) }, 'REMOTE_APPOINTMENT_INVALID'),
  reg('no observer', { observerIds: [] }, 'VALIDATION_FAILED'),
  reg('the lead as observer too', { observerIds: ['stf_inspector2'] }, 'INVALID_INSPECTORS'),
  reg('a clerk as observer', { observerIds: ['stf_clerk'] }, 'INVALID_INSPECTORS'),
  reg('a checklist of another kind', { checklistVersion: 'renewal-v1' }, 'REMOTE_CHECKLIST'),
  reg('an unknown checklist version', { checklistVersion: 'new-v404' }, 'REMOTE_CHECKLIST'),
  reg('a field the schema does not know', { recording: false }, 'VALIDATION_FAILED'),
  reg('a case not in 核查', { applicationId: 'acc_a' }, 'REMOTE_CASE_STATUS'),
  reg('a second open one for the case', {}, 'REMOTE_ALREADY_OPEN'),
  {
    name: 'remote inspection: a case of another county',
    who: 'clerk',
    path: '/api/inspections',
    body: { lazy: (w: World) => registration(w, { applicationId: w.appB }) },
    code: 'NOT_FOUND',
  },
  {
    name: 'remote inspections: an unknown state filter',
    who: 'clerk',
    path: '/api/inspections?state=done',
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'remote inspections: an unknown query parameter',
    who: 'clerk',
    path: '/api/inspections?county=370702',
    code: 'VALIDATION_FAILED',
  },
  move('a stale version', { version: 7 }, 'CONFLICT'),
  move('after the deadline', { on: todayMinus(-9) }, 'REMOTE_APPOINTMENT_INVALID'),
  move('without a reason', { reason: '' }, 'VALIDATION_FAILED'),
  move('a time without minutes', { at: '14' }, 'VALIDATION_FAILED'),
  {
    name: 'remote appointment: an inspection that does not exist',
    who: 'clerk',
    method: 'PUT',
    path: '/api/inspections/rmt_none/appointment',
    body: { version: 1, on: todayMinus(-3), at: '14:00', reason: '申请人临时外出' },
    code: 'NOT_FOUND',
  },
  {
    name: 'my remote inspection: another applicant’s',
    who: 'applicantB',
    path: (w) => `/api/my/inspections/${w.remoteA}`,
    code: 'NOT_FOUND',
  },
  {
    name: 'remote room: a plain request, not a WebSocket',
    who: 'inspector',
    path: (w) => `/api/inspections/${w.remoteA}/room`,
    headers: { origin: 'http://xuke.test' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'remote room: a WebSocket from another site',
    who: 'applicantA',
    path: (w) => `/api/my/inspections/${w.remoteA}/room`,
    headers: { upgrade: 'websocket', origin: 'https://evil.example' },
    code: 'CROSS_ORIGIN',
  },
];
