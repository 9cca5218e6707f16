/**
 * The authorization matrix: API tokens (admins), imports from the other systems (admins, and
 * clerks for their counties), a licence's records, and the system API, which no session opens
 * (tokens are tested in api-tokens.test.ts).
 */
import type { Probe } from './authz.principals';
import { WORLD_TOKEN_ID } from './world.tokens';

const record = {
  customerCode: 'C0001',
  number: '370702202400001',
  monthlyVolume: 1,
  status: '正常',
};

export const IMPORTS_ROUTES: Record<string, Probe[]> = {
  'GET /api/admin/tokens': [
    { name: 'the API tokens', path: () => '/api/admin/tokens', allow: ['admin'] },
  ],
  'POST /api/admin/tokens': [
    {
      name: 'create an API token',
      path: () => '/api/admin/tokens',
      body: () => ({ name: '营销系统', scopes: ['imports:write'], jurisdictions: ['370702'] }),
      allow: ['admin'],
    },
  ],
  'POST /api/admin/tokens/:id/revoke': [
    {
      name: 'revoke the world’s token',
      path: () => `/api/admin/tokens/${WORLD_TOKEN_ID}/revoke`,
      allow: ['admin'],
    },
  ],
  'POST /api/imports/records': [
    {
      name: 'check a distribution table (dry run)',
      path: () => '/api/imports/records',
      body: () => ({ source: 'distribution', rows: [record] }),
      allow: ['clerk', 'clerkKuiwen', 'admin'],
    },
  ],
  'GET /api/licences/:id/records': [
    {
      name: 'the records of a 潍城区 licence of A',
      path: (w) => `/api/licences/${w.licenceA}/records`,
      allow: ['clerk', 'approver', 'inspector', 'inspector2', 'admin'],
    },
  ],
  'POST /api/system/records': [
    {
      name: 'the system import, with a session instead of a token',
      path: () => '/api/system/records',
      body: () => ({ source: 'sales', rows: [record] }),
      allow: [],
    },
  ],
  'GET /api/system/licences/:number': [
    {
      name: 'the system licence read, with a session instead of a token',
      path: () => '/api/system/licences/370702202400001',
      allow: [],
    },
  ],
};
