/** Bad input for 许可业务预警 and 办证智能分析. */
import type { World } from './authz.principals';
import type { BadInputCase as Case } from './bad-input.case';

const ack = (w: World) => `/api/warnings/${encodeURIComponent(w.warningA)}/acknowledge`;

export const WARNING_BAD_CASES: Case[] = [
  {
    name: 'warnings: an unknown severity',
    who: 'clerk',
    path: '/api/warnings?severity=blue',
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'warnings: an unknown rule',
    who: 'clerk',
    path: '/api/warnings?rule=weather',
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'warnings: page 0',
    who: 'clerk',
    path: '/api/warnings?page=0',
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'warnings: a county code of letters',
    who: 'approver',
    path: '/api/warnings?county=abc',
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'acknowledge: no note',
    who: 'clerk',
    method: 'POST',
    path: ack,
    body: {},
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'acknowledge: a blank note',
    who: 'clerk',
    method: 'POST',
    path: ack,
    body: { note: '   ' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'acknowledge: a note too long',
    who: 'clerk',
    method: 'POST',
    path: ack,
    body: { note: '长'.repeat(501) },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'acknowledge: an extra field',
    who: 'clerk',
    method: 'POST',
    path: ack,
    body: { note: '好', by: 'admin' },
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'acknowledge: an unknown warning',
    who: 'clerk',
    method: 'POST',
    path: '/api/warnings/case_deadline:nope/acknowledge',
    body: { note: '好' },
    code: 'WARNING_NOT_FOUND',
  },
  {
    name: 'analysis: month 13',
    who: 'approver',
    path: '/api/analysis?from=2026-13',
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'analysis: an unknown type',
    who: 'approver',
    path: '/api/analysis?type=lottery',
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'analysis: a period backwards',
    who: 'approver',
    path: '/api/analysis?from=2026-10&to=2026-01',
    code: 'ANALYSIS_PERIOD_INVALID',
  },
  {
    name: 'analysis: a period of ten years',
    who: 'approver',
    path: '/api/analysis?from=2016-01&to=2026-01',
    code: 'ANALYSIS_PERIOD_INVALID',
  },
];
