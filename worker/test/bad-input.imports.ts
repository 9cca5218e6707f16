/** Bad input for API tokens, imports from the other systems and the system API. */
import { WORLD_TOKEN, WORLD_TOKEN_ID } from './world.tokens';
import type { BadInputCase as Case } from './bad-input.case';

const TOKENS = '/api/admin/tokens';
const good = { name: '配送系统', scopes: ['imports:write'], jurisdictions: ['370702'] };
const row = { customerCode: 'C0001', number: '370702202400001', monthlyVolume: 5, status: '正常' };
const bearer = (value: string) => ({ authorization: value });
const asToken = bearer(`Bearer ${WORLD_TOKEN}`);

export const IMPORTS_BAD_CASES: Case[] = [
  ...(
    [
      ['no name', { ...good, name: '' }],
      ['a name with hidden characters', { ...good, name: '配送\u202e系统' }],
      ['an unknown scope', { ...good, scopes: ['admin:all'] }],
      ['no scope', { ...good, scopes: [] }],
      ['no county', { ...good, jurisdictions: [] }],
      ['a county code that is not one', { ...good, jurisdictions: ['37070'] }],
      ['a county that does not exist', { ...good, jurisdictions: ['370799'] }],
    ] as const
  ).map(([what, body]): Case => ({
    name: `API token with ${what}`,
    who: 'admin',
    path: TOKENS,
    body,
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'revoking a token that does not exist',
    who: 'admin',
    method: 'POST',
    path: `${TOKENS}/fedcba9876543210/revoke`,
    code: 'NOT_FOUND',
  },
  {
    name: 'revoking a token by a malformed id',
    who: 'admin',
    method: 'POST',
    path: `${TOKENS}/..%2Fstaff/revoke`,
    code: 'NOT_FOUND',
  },
  ...(
    [
      ['an unknown source', { source: 'crm', rows: [row] }],
      ['no rows', { source: 'sales', rows: [] }],
      ['rows that are not a list', { source: 'sales', rows: 'C0001,370702202400001' }],
      ['a dry-run flag that is text', { source: 'sales', dryRun: 'no', rows: [row] }],
    ] as const
  ).map(([what, body]): Case => ({
    name: `record import with ${what}`,
    who: 'admin',
    path: '/api/imports/records',
    body,
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'record import committing a malformed row',
    who: 'clerk',
    path: '/api/imports/records',
    body: { source: 'distribution', dryRun: false, rows: [{ ...row, monthlyVolume: -1 }] },
    code: 'IMPORT_REJECTED_ROWS',
  },
  {
    name: 'record import committing a licence of another county (clerk)',
    who: 'clerkKuiwen',
    path: '/api/imports/records',
    body: { source: 'distribution', dryRun: false, rows: [row] },
    code: 'IMPORT_REJECTED_ROWS',
  },
  {
    name: 'system import without a token',
    who: 'anonymous',
    path: '/api/system/records',
    body: { source: 'sales', rows: [row] },
    code: 'TOKEN_REQUIRED',
  },
  {
    name: 'system import with a token not shaped like one',
    who: 'anonymous',
    path: '/api/system/records',
    body: { source: 'sales', rows: [row] },
    headers: bearer('Bearer xk_short_x'),
    code: 'TOKEN_INVALID',
  },
  {
    name: 'system import with a wrong secret',
    who: 'anonymous',
    path: '/api/system/records',
    body: { source: 'sales', rows: [row] },
    headers: bearer(`Bearer xk_${WORLD_TOKEN_ID}_${'A'.repeat(43)}`),
    code: 'TOKEN_INVALID',
  },
  {
    name: 'system import with Basic instead of Bearer',
    who: 'anonymous',
    path: '/api/system/records',
    body: { source: 'sales', rows: [row] },
    headers: bearer(`Basic ${WORLD_TOKEN}`),
    code: 'TOKEN_REQUIRED',
  },
  {
    name: 'system import of an unknown source',
    who: 'anonymous',
    path: '/api/system/records',
    body: { source: 'crm', rows: [row] },
    headers: asToken,
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'system import committing an unknown licence',
    who: 'anonymous',
    path: '/api/system/records',
    body: { source: 'sales', dryRun: false, rows: [{ ...row, number: '370702999999999' }] },
    headers: asToken,
    code: 'IMPORT_REJECTED_ROWS',
  },
  {
    name: 'system import as form data',
    who: 'anonymous',
    path: '/api/system/records',
    body: 'source=sales',
    headers: { ...asToken, 'content-type': 'application/x-www-form-urlencoded' },
    code: 'UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'system licence read of a number that is not one',
    who: 'anonymous',
    path: '/api/system/licences/abc',
    headers: asToken,
    code: 'NOT_FOUND',
  },
];
