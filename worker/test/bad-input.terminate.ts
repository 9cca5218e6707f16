/** Bad input for 终止办理 (the terminate staff action): each answered plainly, nothing changed. */
import type { World } from './authz.principals';
import type { BadInputCase as Case } from './bad-input.case';

const on = (id: (w: World) => string) => (w: World) => `/api/applications/${id(w)}/actions`;
const ok = { action: 'terminate', version: 1, ground: 'other', reason: '法院来函要求终止办理' };

export const TERMINATE_BAD_CASES: Case[] = [
  ...(
    [
      [{ action: 'terminate', version: 1 }, 'no ground, no reason'],
      [{ ...ok, ground: undefined }, 'no ground'],
      [{ ...ok, ground: 'tired_of_it' }, 'an unknown ground'],
      [{ ...ok, ground: 3 }, 'a ground that is a number'],
      [{ ...ok, reason: undefined }, 'no reason'],
      [{ ...ok, reason: '无' }, 'a one-character reason'],
      [{ ...ok, reason: '    ' }, 'a blank reason'],
      [{ ...ok, reason: '原因'.repeat(251) }, 'a 502-character reason'],
      [{ ...ok, reason: '法院来函\u0000终止' }, 'a reason with a NUL'],
      [{ ...ok, reason: ['法院来函要求终止'] }, 'a reason that is a list'],
      [{ ...ok, version: 0 }, 'version 0'],
      [{ ...ok, notify: false }, 'an unknown field'],
    ] as [unknown, string][]
  ).map(([body, name]): Case => ({
    name: `terminate: ${name}`,
    who: 'approver',
    path: on((w) => w.appA),
    body,
    code: 'VALIDATION_FAILED',
  })),
  {
    name: 'terminate: a lapsed correction on a case that was never sent back',
    who: 'approver',
    path: on((w) => w.appA),
    body: { ...ok, ground: 'correction_lapsed' },
    code: 'TERMINATION_GROUND_MISMATCH',
  },
  {
    name: 'terminate: a case already refused',
    who: 'approver',
    path: on((w) => w.doneA),
    body: ok,
    code: 'ILLEGAL_TRANSITION',
  },
  {
    name: 'terminate: a stale version',
    who: 'approver',
    path: on((w) => w.appA),
    body: { ...ok, version: 7 },
    code: 'CONFLICT',
  },
  {
    name: 'terminate: by a clerk of the county',
    who: 'clerk',
    path: on((w) => w.appA),
    body: ok,
    code: 'FORBIDDEN',
  },
];
