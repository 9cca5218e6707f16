/** Bad input for a licence's supervision record: penalties (行政处罚) and complaints. */
import { env } from 'cloudflare:workers';
import { addCalendarDays } from '../core/dates';
import { appToday } from '../src/lib/clock';
import type { World } from './authz.principals';
import type { BadInputCase as Case } from './bad-input.case';

const today = () => appToday(env);
const penalties = (w: World) => `/api/supervision/licences/${w.licenceA}/penalties`;
const complaints = (w: World) => `/api/supervision/licences/${w.licenceA}/complaints`;
const fine = { kind: 'fine', reason: '违规销售' };
const hotline = { channel: 'hotline', summary: '举报售烟给未成年人' };
const lazy = (f: (w: World) => unknown) => ({ lazy: f });

export const RECORD_BAD_CASES: Case[] = [
  {
    name: 'a penalty of an unknown kind',
    who: 'approver',
    path: penalties,
    body: lazy(() => ({ ...fine, kind: 'prison', decidedOn: today() })),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a penalty decided tomorrow',
    who: 'approver',
    path: penalties,
    body: lazy(() => ({ ...fine, decidedOn: addCalendarDays(today(), 1) })),
    code: 'SUPERVISION_DATE_INVALID',
  },
  {
    name: 'a penalty decided on 2026-02-30',
    who: 'approver',
    path: penalties,
    body: { ...fine, decidedOn: '2026-02-30' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a penalty without a reason',
    who: 'approver',
    path: penalties,
    body: lazy(() => ({ kind: 'fine', decidedOn: today() })),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a penalty with a field too many',
    who: 'approver',
    path: penalties,
    body: lazy(() => ({ ...fine, decidedOn: today(), amount: 500 })),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a penalty on a cancelled licence',
    who: 'approver',
    path: (w) => `/api/supervision/licences/${w.cancelledLicenceA}/penalties`,
    body: lazy(() => ({ ...fine, decidedOn: today() })),
    code: 'SUPERVISION_LICENCE_CANCELLED',
  },
  {
    name: 'a penalty on a licence id with a quote',
    who: 'approver',
    path: "/api/supervision/licences/x'1/penalties",
    body: lazy(() => ({ ...fine, decidedOn: today() })),
    code: 'NOT_FOUND',
  },
  {
    name: 'a complaint by an unknown channel',
    who: 'clerk',
    path: complaints,
    body: lazy(() => ({ ...hotline, channel: 'pigeon', receivedOn: today() })),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a complaint received before the licence was issued',
    who: 'clerk',
    path: complaints,
    body: { ...hotline, receivedOn: '2000-01-01' },
    code: 'SUPERVISION_DATE_INVALID',
  },
  {
    name: 'a complaint summary of 501 characters',
    who: 'clerk',
    path: complaints,
    body: lazy(() => ({ ...hotline, summary: '投'.repeat(501), receivedOn: today() })),
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'a complaint summary with markup',
    who: 'clerk',
    path: complaints,
    body: lazy(() => ({ ...hotline, summary: '<script>x</script>', receivedOn: today() })),
    code: 'VALIDATION_FAILED',
  },
];
