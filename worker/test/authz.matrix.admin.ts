/** The authorization matrix: statistics, the staff licence view, 综合查询, staff accounts, the audit log. */
import { STAFF, type Probe } from './authz.principals';

export const ADMIN_ROUTES: Record<string, Probe[]> = {
  'GET /api/stats': [
    {
      name: 'statistics',
      path: () => '/api/stats',
      allow: ['clerk', 'clerkKuiwen', 'approver', 'admin'],
    },
  ],
  'GET /api/licences/:id': [
    {
      name: 'a 潍城区 licence of A',
      path: (w) => `/api/licences/${w.licenceA}`,
      allow: ['clerk', 'approver', 'inspector', 'inspector2', 'admin'],
    },
  ],
  'POST /api/auth/staff/password': [
    {
      name: 'one’s own password (a wrong current one is refused on its merits)',
      path: () => '/api/auth/staff/password',
      body: () => ({ current: 'not-the-password', next: 'Gr4nite-Harbour!' }),
      allow: STAFF,
    },
  ],
  'GET /api/admin/staff': [
    { name: 'staff accounts', path: () => '/api/admin/staff', allow: ['admin'] },
  ],
  'POST /api/admin/staff': [
    {
      name: 'create an account',
      path: () => '/api/admin/staff',
      body: () => ({
        username: 'new.clerk',
        displayName: '新窗口',
        role: 'clerk',
        jurisdictions: ['370702'],
        password: 'Gr4nite-Harbour!',
      }),
      allow: ['admin'],
    },
  ],
  'PUT /api/admin/staff/:id': [
    {
      name: 'rename a colleague',
      path: () => '/api/admin/staff/stf_inspector2',
      body: () => ({ version: 0, displayName: '改名核查员' }),
      allow: ['admin'],
    },
  ],
  'POST /api/admin/staff/:id/reset-password': [
    {
      name: 'set a colleague’s password',
      path: () => '/api/admin/staff/stf_inspector2/reset-password',
      body: () => ({ version: 0, password: 'Gr4nite-Harbour!' }),
      allow: ['admin'],
    },
  ],
  'GET /api/admin/audit': [
    { name: 'the audit log', path: () => '/api/admin/audit?event=auth_logout', allow: ['admin'] },
  ],
  'GET /api/admin/audit/export': [
    { name: 'the audit log as CSV', path: () => '/api/admin/audit/export', allow: ['admin'] },
  ],
  'GET /api/search': [
    { name: 'a name fragment', path: () => '/api/search?q=%E6%B5%8B%E8%AF%95', allow: STAFF },
    {
      name: 'an ID number: never inspectors',
      path: (w) => `/api/search?q=${w.idNumberA}`,
      allow: ['clerk', 'clerkKuiwen', 'approver', 'admin'],
    },
  ],
};
