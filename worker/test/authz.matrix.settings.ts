/** The authorization matrix: SOP settings, decision-level opinions, jurisdiction settings. */
import { DEFAULT_SOP } from '../core/sop';
import type { Probe } from './authz.principals';

const opinion = () => ({ level: 'propose', proposal: 'approve', opinion: '材料齐全，拟同意' });

export const SETTINGS_ROUTES: Record<string, Probe[]> = {
  'GET /api/admin/sop': [{ name: 'the SOPs', path: () => '/api/admin/sop', allow: ['admin'] }],
  'PUT /api/admin/sop/:type': [
    {
      name: 'save a 新办 SOP',
      path: () => '/api/admin/sop/new',
      body: () => ({ ...DEFAULT_SOP, note: '提速承诺', basedOn: 0 }),
      allow: ['admin'],
    },
  ],
  'GET /api/admin/jurisdictions': [
    { name: 'the units’ settings', path: () => '/api/admin/jurisdictions', allow: ['admin'] },
  ],
  'PUT /api/admin/jurisdictions/:code': [
    {
      name: '潍城区’s licence number pattern',
      path: () => '/api/admin/jurisdictions/370702',
      body: () => ({ name: '潍城区', h3Res: 8, licencePattern: '{county}{year}{seq:6}' }),
      allow: ['admin'],
    },
  ],
  // The levels before a decision: clerks and approvers of the case's county (whether a level is
  // due, and whose role it names, is answered on its merits).
  'POST /api/applications/:id/opinions': [
    {
      name: 'a case of applicant A in 潍城区',
      path: (w) => `/api/applications/${w.appA}/opinions`,
      body: opinion,
      allow: ['clerk', 'approver'],
    },
    {
      name: 'a case of applicant B in 奎文区',
      path: (w) => `/api/applications/${w.appB}/opinions`,
      body: opinion,
      allow: ['clerkKuiwen', 'approver'],
    },
    {
      name: 'a case of A in 潍城区 assigned to both inspectors',
      path: (w) => `/api/applications/${w.appInspection}/opinions`,
      body: opinion,
      allow: ['clerk', 'approver'],
    },
  ],
};
