/** The authorization matrix: supervision plans (双随机), the conflict register, class rules, 一公开. */
import { env } from 'cloudflare:workers';
import { addCalendarDays } from '../core/dates';
import { appToday } from '../src/lib/clock';
import { EVERYONE, type Probe } from './authz.principals';

const today = () => appToday(env);

export const SUPERVISION_ROUTES: Record<string, Probe[]> = {
  'GET /api/supervision/plans': [
    {
      name: 'plans',
      path: () => '/api/supervision/plans',
      allow: ['clerk', 'clerkKuiwen', 'approver', 'admin'],
    },
  ],
  'GET /api/supervision/preview': [
    {
      name: 'preview 潍城区',
      path: () => '/api/supervision/preview?area=370702',
      allow: ['approver'],
    },
    {
      name: 'preview the whole city',
      path: () => '/api/supervision/preview?area=370700',
      allow: ['approver'],
    },
  ],
  'POST /api/supervision/plans': [
    {
      name: 'a 潍城区 plan',
      path: () => '/api/supervision/plans',
      body: () => ({
        area: '370702',
        periodFrom: addCalendarDays(today(), 1),
        periodTo: addCalendarDays(today(), 20),
        share: 100,
        weighted: false,
      }),
      allow: ['approver'],
    },
  ],
  'GET /api/supervision/plans/:id': [
    {
      name: 'a 潍城区 plan',
      path: (w) => `/api/supervision/plans/${w.plan}`,
      allow: ['clerk', 'approver', 'admin'],
    },
  ],
  'POST /api/supervision/plans/:id/verify': [
    {
      name: 're-run a 潍城区 draw',
      path: (w) => `/api/supervision/plans/${w.plan}/verify`,
      allow: ['clerk', 'approver', 'admin'],
    },
  ],
  'GET /api/supervision/conflicts': [
    {
      name: 'the conflict register',
      path: () => '/api/supervision/conflicts',
      allow: ['approver', 'admin'],
    },
  ],
  'POST /api/supervision/conflicts': [
    {
      name: 'declare a 潍城区 conflict',
      path: () => '/api/supervision/conflicts',
      body: () => ({
        inspectorId: 'stf_inspector',
        licenceNumber: '370702202400001',
        reason: '配偶经营',
      }),
      allow: ['approver', 'admin'],
    },
  ],
  'DELETE /api/supervision/conflicts/:id': [
    {
      name: 'remove a 潍城区 conflict',
      path: (w) => `/api/supervision/conflicts/${w.conflict}`,
      allow: ['approver', 'admin'],
    },
  ],
  'GET /api/supervision/rules': [
    {
      name: 'class rules',
      path: () => '/api/supervision/rules',
      allow: ['clerk', 'clerkKuiwen', 'approver', 'inspector', 'inspector2', 'admin'],
    },
  ],
  'PUT /api/supervision/rules': [
    {
      name: 'set class rules',
      path: () => '/api/supervision/rules',
      body: () => ({
        lookbackDays: 365,
        minA: 92,
        minB: 82,
        minC: 72,
        penaltyLimit: 3,
        pointsPerFailedItem: 5,
        pointsPerPenalty: { warning: 5, fine: 10, confiscation: 15, suspension: 20 },
        intervalDays: { A: 365, B: 182, C: 91, W: 30 },
        drawWeight: { A: 1, B: 2, C: 3, W: 5 },
        gridRedFactor: 1.5,
        complaintLookbackDays: 365,
        perComplaint: 0.5,
        complaintCap: 4,
        noDeliveryMonths: 3,
        noDeliveryFactor: 1.5,
      }),
      allow: ['admin'],
    },
  ],
  'GET /api/public/supervision/results': [
    { name: 'published results', path: () => '/api/public/supervision/results', allow: EVERYONE },
  ],
};
