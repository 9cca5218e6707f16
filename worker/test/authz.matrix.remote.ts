/** The authorization matrix: the remote checklist catalogue and remote inspections (云上核查). */
import { SEED_CATALOGUE } from '../core/checklist-seed';
import { STAFF, type Probe } from './authz.principals';

export const REMOTE_ROUTES: Record<string, Probe[]> = {
  // 核查清单: every staff member reads the catalogue; admins alone write a new edition.
  'GET /api/checklists': [{ name: 'the catalogue', path: () => '/api/checklists', allow: STAFF }],
  'GET /api/checklists/versions/:id': [
    { name: 'one edition', path: () => '/api/checklists/versions/new-v1', allow: STAFF },
  ],
  'GET /api/checklists/:kind': [
    { name: 'the editions of a kind', path: () => '/api/checklists/resume', allow: STAFF },
  ],
  'POST /api/checklists/:kind': [
    {
      name: 'a new edition',
      path: () => '/api/checklists/supervision',
      body: () => ({
        basedOn: 'supervision-v1',
        items: SEED_CATALOGUE.supervision.slice(0, 3),
        note: '授权矩阵测试',
      }),
      allow: ['admin'],
    },
  ],
};
