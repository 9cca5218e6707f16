/** The authorization matrix: a licence's supervision record (penalties, complaints). */
import { env } from 'cloudflare:workers';
import { appToday } from '../src/lib/clock';
import type { Probe } from './authz.principals';

export const RECORD_ROUTES: Record<string, Probe[]> = {
  'GET /api/supervision/licences/:id/record': [
    {
      name: 'a 潍城区 licence’s supervision record',
      path: (w) => `/api/supervision/licences/${w.licenceA}/record`,
      allow: ['clerk', 'approver', 'admin'],
    },
  ],
  'POST /api/supervision/licences/:id/penalties': [
    {
      name: 'a fine on a 潍城区 licence',
      path: (w) => `/api/supervision/licences/${w.licenceA}/penalties`,
      body: () => ({ kind: 'fine', decidedOn: appToday(env), reason: '违规销售' }),
      allow: ['approver', 'admin'],
    },
  ],
  'POST /api/supervision/licences/:id/complaints': [
    {
      name: 'a complaint about a 潍城区 licence',
      path: (w) => `/api/supervision/licences/${w.licenceA}/complaints`,
      body: () => ({
        channel: 'hotline',
        receivedOn: appToday(env),
        summary: '举报售烟给未成年人',
      }),
      allow: ['clerk', 'approver', 'admin'],
    },
  ],
};
