/** The authorization matrix: 许可业务预警 (warnings) and 办证智能分析 (analysis). */
import { STAFF, type Probe } from './authz.principals';

export const WARNING_ROUTES: Record<string, Probe[]> = {
  // Every staff member reads the warnings of their scope (an inspector: their assigned cases).
  'GET /api/warnings': [{ name: 'warnings', path: () => '/api/warnings', allow: STAFF }],
  'GET /api/warnings/counts': [
    { name: 'warning counts', path: () => '/api/warnings/counts', allow: STAFF },
  ],
  // Acknowledged by clerks, approvers and admins of the warning's county; not by inspectors,
  // nor by a clerk of another county (who is told it does not exist).
  'POST /api/warnings/:id/acknowledge': [
    {
      name: 'acknowledge a 潍城区 warning',
      path: (w) => `/api/warnings/${encodeURIComponent(w.warningA)}/acknowledge`,
      body: () => ({ note: '已联系县局跟进回访。' }),
      allow: ['clerk', 'approver', 'admin'],
    },
  ],
  // Analysis over county scope: clerks, approvers, admins.
  'GET /api/analysis': [
    {
      name: 'analysis of the caller’s counties',
      path: () => '/api/analysis',
      allow: ['clerk', 'clerkKuiwen', 'approver', 'admin'],
    },
  ],
};
