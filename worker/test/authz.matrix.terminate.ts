/**
 * The authorization matrix: 终止办理 on the staff actions route. Only an approver whose scope
 * holds the case's county may end it; clerks, inspectors (even assigned ones), admins and
 * applicants are refused and change nothing.
 */
import type { Probe, World } from './authz.principals';

const terminate = () => ({
  action: 'terminate',
  version: 1,
  ground: 'applicant_request',
  reason: '申请人来电表示不再经营，要求终止办理',
});

const at = (id: (w: World) => string) => (w: World) => `/api/applications/${id(w)}/actions`;

export const TERMINATE_PROBES: Probe[] = [
  {
    name: 'terminate a 潍城区 case: the city approver',
    path: at((w) => w.appA),
    body: terminate,
    allow: ['approver'],
  },
  {
    name: 'terminate a 奎文区 case: the city approver, never a clerk of the county',
    path: at((w) => w.appB),
    body: terminate,
    allow: ['approver'],
  },
  {
    name: 'terminate a case under inspection: not its officers',
    path: at((w) => w.appInspection),
    body: terminate,
    allow: ['approver'],
  },
];
