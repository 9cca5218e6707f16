/** Bad input for the bureau's settings: SOPs, decision-level opinions, jurisdiction settings. */
import { DEFAULT_SOP } from '../core/sop';
import type { BadInputCase as Case } from './bad-input.case';

const sop = (change: Record<string, unknown>) => ({
  ...DEFAULT_SOP,
  note: '提速承诺',
  basedOn: 0,
  ...change,
});
const steps = (decisionDays: number) =>
  DEFAULT_SOP.steps.map((s) => (s.step === 'decision' ? { ...s, promisedDays: decisionDays } : s));
const unit = (licencePattern: string) => ({ name: '潍城区', h3Res: 8, licencePattern });

export const SETTINGS_BAD_CASES: Case[] = [
  ...(
    [
      [
        'an SOP promising more days than the law',
        sop({ steps: steps(21) }),
        'SOP_PROMISE_EXCEEDS_LAW',
      ],
      ['an SOP promising no days', sop({ steps: steps(0) }), 'VALIDATION_FAILED'],
      ['an SOP promising half a day', sop({ steps: steps(2.5) }), 'VALIDATION_FAILED'],
      [
        'an SOP without its decision level',
        sop({ levels: [{ level: 'propose', role: 'clerk' }] }),
        'SOP_INVALID',
      ],
      [
        'an SOP whose levels run backwards',
        sop({
          levels: [
            { level: 'review', role: 'approver' },
            { level: 'propose', role: 'clerk' },
            { level: 'decide', role: 'approver' },
          ],
        }),
        'SOP_INVALID',
      ],
      [
        'an SOP decided by a clerk',
        sop({ levels: [{ level: 'decide', role: 'clerk' }] }),
        'SOP_INVALID',
      ],
      [
        'an SOP naming an inspector',
        sop({ levels: [{ level: 'decide', role: 'inspector' }] }),
        'VALIDATION_FAILED',
      ],
      ['an SOP with no steps', sop({ steps: [] }), 'VALIDATION_FAILED'],
      ['an SOP note with markup', sop({ note: '<b>提速</b>' }), 'VALIDATION_FAILED'],
      ['an SOP with an unknown field', sop({ extra: true }), 'VALIDATION_FAILED'],
      ['an SOP based on a negative version', sop({ basedOn: -1 }), 'VALIDATION_FAILED'],
    ] as const
  ).map(([name, body, code]): Case => ({
    name,
    who: 'admin',
    method: 'PUT',
    path: '/api/admin/sop/new',
    body,
    code,
  })),
  {
    name: 'an SOP for an unknown business type',
    who: 'admin',
    method: 'PUT',
    path: '/api/admin/sop/lottery',
    body: sop({}),
    code: 'VALIDATION_FAILED',
  },
  ...(
    [
      ['a licence pattern without a sequence', unit('{county}{year}'), 'LICENCE_PATTERN_INVALID'],
      ['a licence pattern with two sequences', unit('{seq:4}{seq:4}'), 'LICENCE_PATTERN_INVALID'],
      [
        'a licence pattern with a 2-digit sequence',
        unit('{county}{seq:2}'),
        'LICENCE_PATTERN_INVALID',
      ],
      ['a licence pattern with lower case', unit('wf{county}{seq:5}'), 'LICENCE_PATTERN_INVALID'],
      ['a licence pattern with Chinese', unit('潍{county}{seq:5}'), 'LICENCE_PATTERN_INVALID'],
      ['a licence pattern with an unknown token', unit('{city}{seq:5}'), 'LICENCE_PATTERN_INVALID'],
      ['a licence pattern too long', unit(`${'A'.repeat(40)}{seq:5}`), 'VALIDATION_FAILED'],
      [
        'a grid resolution out of range',
        { ...unit('{county}{seq:5}'), h3Res: 12 },
        'VALIDATION_FAILED',
      ],
      [
        'a unit name with markup',
        { ...unit('{county}{seq:5}'), name: '<i>潍城</i>' },
        'VALIDATION_FAILED',
      ],
    ] as const
  ).map(([name, body, code]): Case => ({
    name,
    who: 'admin',
    method: 'PUT',
    path: '/api/admin/jurisdictions/370702',
    body,
    code,
  })),
  {
    name: 'settings of a unit that does not exist',
    who: 'admin',
    method: 'PUT',
    path: '/api/admin/jurisdictions/379999',
    body: unit('{county}{seq:5}'),
    code: 'NOT_FOUND',
  },
  ...(
    [
      [
        'an opinion for the decision level',
        { level: 'decide', proposal: 'approve', opinion: '同意' },
      ],
      ['an opinion with no text', { level: 'propose', proposal: 'approve', opinion: '' }],
      [
        'an opinion proposing to withdraw',
        { level: 'propose', proposal: 'withdraw', opinion: '撤回' },
      ],
      ['an opinion with markup', { level: 'propose', proposal: 'approve', opinion: '<b>同意</b>' }],
    ] as const
  ).map(([name, body]): Case => ({
    name,
    who: 'clerk',
    path: (w) => `/api/applications/${w.appA}/opinions`,
    body,
    code: 'VALIDATION_FAILED',
  })),
];
