/**
 * Bad input for what the cockpit added: searches for imported records (customer codes), the
 * analysis' filters, and credentials the throttle on failed token attempts reads.
 */
import { WORLD_TOKEN, WORLD_TOKEN_ID } from './world.tokens';
import type { BadInputCase as Case } from './bad-input.case';

const licence = '/api/system/licences/370702202400001';
const auth = (value: string) => ({ authorization: value });

export const COCKPIT_BAD_CASES: Case[] = [
  // A customer code of one character, or among five words, is refused like any other word.
  ...['C', 'C0001 建国 胜利 烟酒 潍城'].map((q): Case => ({
    name: `a record search for ${JSON.stringify(q)}`,
    who: 'approver',
    method: 'GET',
    path: `/api/search?q=${encodeURIComponent(q)}`,
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'a search asking for the record kind only',
    who: 'approver',
    method: 'GET',
    path: '/api/search?q=C0001&kind=record',
    code: 'VALIDATION_FAILED',
  },
  {
    name: 'the analysis for a county code that is not one',
    who: 'approver',
    method: 'GET',
    path: '/api/analysis?county=3707',
    code: 'VALIDATION_FAILED',
  },
  // Credentials the throttle reads a token prefix from, each refused and counted.
  ...(
    [
      ['a known prefix with a short secret', `Bearer xk_${WORLD_TOKEN_ID}_short`, 'TOKEN_INVALID'],
      ['two tokens in one header', `Bearer ${WORLD_TOKEN} ${WORLD_TOKEN}`, 'TOKEN_REQUIRED'],
      [
        'a token with a NUL byte',
        `Bearer xk_${WORLD_TOKEN_ID}_${'a'.repeat(42)}%00`,
        'TOKEN_INVALID',
      ],
      ['an empty bearer', 'Bearer ', 'TOKEN_REQUIRED'],
    ] as const
  ).map(([name, value, code]): Case => ({
    name: `a system read with ${name}`,
    who: 'anonymous',
    method: 'GET',
    path: licence,
    headers: auth(value),
    code,
  })),
];
